// Articles travel between libraries as one `.soan` file (a package). What the package
// channels answer, and the merge report: what came in from whom, and each case a person
// must look at because a merge, which never fails, could otherwise have lost or garbled work.
import type { ArticlePiece } from './review';
import type { RegisterKey } from './article/metaStore';
import type { ArticleSummary, Role } from './types';
import type { VersionEntry } from './history';
import type { WorkflowLogEntry, WorkflowState } from './workflow';

/** The file name extension of a package. */
export const PACKAGE_EXTENSION = '.soan';

/** Why a package was refused (params.reason of the `package-refused` error). */
export const packageRefusals = [
  'not-a-package', // not a zip, or no manifest: not something Soạn wrote
  'damaged', // a zip that cannot be read to its end (cut short, corrupted)
  'unsafe-path', // a name with `..`, an absolute path, a backslash, or a name twice
  'link', // a symbolic link or anything else that is not a plain file
  'too-large', // the file, or what it unpacks to (a zip bomb), is over the limit
  'checksum', // a part differs from the checksum the manifest gives, or is missing or extra
  'bad-id', // the article id is not an id, or the document is of another article
  'media-too-large', // a photo over the size limit
  'media-not-image', // a "photo" that is not a complete PNG, JPEG, GIF or WebP, or not named by its content
  'bad-update', // the article's Yjs state does not decode, or holds no article
  'newer-format', // made by a newer Soạn
  'needs-full-package', // only changes, but this library lacks what they build on
  'bad-history', // a version of the history that does not decode
] as const;
export type PackageRefusal = (typeof packageRefusals)[number];

export interface PackageSender {
  name: string;
  role: Role;
}

/** What package:send answers: where the file was written. */
export interface PackageSent {
  path: string;
  fileName: string;
  size: number;
  /** Only what the receiver lacked (a delta), not the whole article. */
  delta: boolean;
}

/** Words that came in, per piece of the article. */
export interface PieceChange {
  piece: ArticlePiece;
  added: number;
  removed: number;
}

/**
 * A passage as it reads once one side of a rewrite is kept: its letters in runs with their
 * marks (bold, link…), and the block's exact words before and after it up to the neighbouring
 * rewrite conflicts ('' before: the block's start; '' after: its end).
 */
export interface KeptReading {
  before: string;
  runs: Array<[string, Record<string, unknown>]>;
  after: string;
}

/** One case of a merge that a person should look at. */
export type MergeFlag =
  /**
   * Text written inside a block the other side deleted: Yjs drops it with the block. Soạn
   * put the block back as a pending suggestion in the name of whoever wrote the text.
   */
  | {
      kind: 'kept-deleted-text';
      id: string;
      piece: ArticlePiece;
      /** Who wrote the text that would have been lost. */
      author: string;
      /** Whose copy deleted the block: 'local' (this library) or 'incoming' (the sender). */
      deletedOn: 'local' | 'incoming';
      text: string;
      suggestionId: string;
    }
  /** Both sides wrote at the same place: Yjs keeps both, one after the other. */
  | {
      kind: 'overlapping-edits';
      /** Unique to this conflict of this report (older reports: `overlap-<n>`, unique only in its report): a choice names it. */
      id: string;
      piece: ArticlePiece;
      /**
       * The Yjs id of the passage's first character (or hard break): a choice is made only where
       * that passage still stands, never on the same words elsewhere. Absent in older reports.
       */
      at?: { client: number; clock: number };
      /**
       * The Yjs ids of every character (or hard break) of the passage, as runs [client, clock,
       * count]: a choice drops exactly the other side's recorded characters (by the drop ranges),
       * never letters that stand there later. Absent in older reports.
       */
      passageIds?: Array<[number, number, number]>;
      /** The words as they stand now, both sides' text in them. */
      passage: string;
      /** How the passage reads keeping this library's text, and keeping the sender's. */
      local: string;
      incoming: string;
      /** A few words before and after the passage, to show where it is. */
      before: string;
      after: string;
      /** Character ranges of `passage` each side wrote: dropped to keep the other's. */
      dropLocal: Array<[number, number]>;
      dropIncoming: Array<[number, number]>;
      /**
       * Text of each side the merge dropped (the other side deleted letters this side kept),
       * as [offset in `passage`, text]: put back when that side is kept. Absent in reports
       * made before it was known.
       */
      restoreLocal?: Array<[number, string]>;
      restoreIncoming?: Array<[number, string]>;
      /**
       * How the block reads exactly once each side is kept. A choice is "made already" only when
       * the article reads exactly so. Absent in older reports (then it never is).
       */
      keptLocal?: KeptReading;
      keptIncoming?: KeptReading;
      /**
       * The sender's side (the sync server's) also kept letters this copy had deleted: they
       * are in neither copy here, so its text is shown, and kept, without them.
       */
      incomingUnread?: boolean;
      /**
       * A stored report read back with this conflict's recorded letters or characters damaged:
       * it is shown, but a choice of it is refused in plain words (never guessed).
       */
      damaged?: true;
    }
  /** A single value set differently on both sides: both are kept until someone chooses. */
  | {
      kind: 'meta-conflict';
      id: string;
      key: RegisterKey;
      /** Each value as JSON (what a choice sends back) and as words to show. */
      choices: Array<{ json: string; label: string }>;
    }
  /** Both sides moved the workflow: the state the workflow table leads to was kept; both moves are in the log. */
  | { kind: 'workflow-moved-on-both'; id: string; states: WorkflowState[]; kept: WorkflowState }
  /** A comment whose words are gone after the merge: it stays, detached, with its quote. */
  | { kind: 'detached-comment'; id: string; threadId: string; quote: string; by: string }
  /**
   * Text written in a block the other side deleted that a sync merge could not put back (the
   * workstation's token may only comment and suggest, and the server refuses a new paragraph
   * from it): shown in full so someone can write it again.
   */
  | { kind: 'lost-text'; id: string; piece: ArticlePiece; author: string; text: string }
  /**
   * One rewrite conflict chosen differently on two copies before they met (each choice dropped
   * the other's letters, so the passage now holds neither whole): each side as its choice left
   * the passage, from the record the choice wrote into the article (REWRITE_CHOICES_MAP).
   */
  | { kind: 'rewrite-choices-differ'; id: string; piece: ArticlePiece; now: string; sides: [ChosenSide, ChosenSide] }
  /** Records of rewrite choices, from another copy, that do not read as such: left aside, they changed nothing. */
  | { kind: 'choice-record-refused'; id: string; count: number };

/** One of two choices made apart (rewrite-choices-differ): who chose, and how the passage read once chosen. */
export interface ChosenSide {
  /** The record's key in REWRITE_CHOICES_MAP: what a choice of this side names. */
  record: string;
  by: string;
  at: string;
  before: string;
  text: string;
  after: string;
}

/**
 * The article's own memory of rewrite choices made in merge reports (a Y.Map in its Yjs
 * document, travelling with it): record key → what the choice kept, dropped and left.
 */
export const REWRITE_CHOICES_MAP = 'rewriteChoices';

export interface MergeReport {
  articleId: string;
  headline: string;
  sender: PackageSender;
  sentAt: string;
  /** new-article: the library did not have it; merged: two copies met; nothing-new: the library already had all of it. */
  outcome: 'new-article' | 'merged' | 'nothing-new';
  /** How the other copy came: a package (the default) or the sync server after time apart (then `sender` names whose work came in, maybe none). */
  via?: 'package' | 'sync';
  cameIn: {
    pieces: PieceChange[];
    comments: Array<{ by: string; threads: number; replies: number }>;
    suggestions: Array<{ by: string; count: number }>;
    /** Meta keys whose value changed (tags, byline, section…). */
    meta: string[];
    workflow: WorkflowLogEntry[];
    media: number;
  };
  flags: MergeFlag[];
}

/** What package:open answers. */
export interface PackageOpened {
  summary: ArticleSummary;
  report: MergeReport;
  /** Y.encodeStateAsUpdate of the article after the merge, for an editor that has it open (merging is idempotent). */
  update: Uint8Array;
  /** The version the merge was recorded as (none when nothing was new). */
  version?: VersionEntry;
}

/** What package:resolve answers: the article's whole Yjs state after the choice, for the open editor. */
export interface PackageChoiceMade {
  update: Uint8Array;
}

/** A choice made in the merge report (package:resolve). */
export type MergeChoice =
  /**
   * Keep one side: remove these ranges of `passage` (the other side's text) where the passage
   * stands. The kept side's letters the merge dropped are put back from the services' own
   * report; `restore` need not be sent, and one that differs from the report's is refused.
   * `flagId` is the conflict's id in the report: the choice is matched to that conflict only.
   */
  | { kind: 'overlapping-edits'; flagId: string; passage: string; drop: Array<[number, number]>; restore?: Array<[number, string]> }
  | { kind: 'meta-conflict'; key: RegisterKey; json: string }
  /** Of two choices made apart (rewrite-choices-differ), keep the one `keep` names; `other` is the one it clashed with. */
  | { kind: 'rewrite-choices-differ'; keep: string; other: string };
