// The rewrite conflicts the services listed in their own merge reports, so that a choice made
// in the window says only which side to keep: what to put back (the kept side's letters the
// merge dropped) is taken from the report the services made, never from the request — text
// sent by the window would otherwise go into the article as ordinary text. A package's report
// is kept here in memory for this run of the services (until chosen, or the article or library
// goes); a sync catch-up's report is kept on disk by MergeReportStore and looked up there too.
import type { KeptReading, MergeChoice, MergeFlag, MergeReport } from '../../contract/packages';
import { expandIds, type Id } from './passageIds';

type RewriteFlag = Extract<MergeFlag, { kind: 'overlapping-edits' }>;
type RewriteChoice = Extract<MergeChoice, { kind: 'overlapping-edits' }>;

export const rewriteFlagsOf = (reports: readonly MergeReport[]): RewriteFlag[] =>
  reports.flatMap((report) => report.flags.filter((flag): flag is RewriteFlag => flag.kind === 'overlapping-edits'));

/**
 * Every rewrite conflict of the package reports of this run, per article — no cap: a report
 * shows all its conflicts and each must stay choosable. Memory is let go instead: a conflict
 * once chosen (only which side was kept is remembered, to answer the same choice again), an
 * article's conflicts once the library no longer has it (moved to the trash), everything when
 * another library is opened.
 */
export class KnownRewrites {
  private readonly byArticle = new Map<string, RewriteFlag[]>();
  /** Conflicts chosen already: article id → conflict (conflictKey) → the ranges the choice dropped. */
  private readonly chosen = new Map<string, Map<string, string>>();
  private library: object | undefined;

  remember(report: MergeReport): void {
    const flags = rewriteFlagsOf([report]);
    if (!flags.length) return;
    this.byArticle.set(report.articleId, [...(this.byArticle.get(report.articleId) ?? []), ...flags]);
  }

  flagsOf(articleId: string): RewriteFlag[] {
    return this.byArticle.get(articleId) ?? [];
  }

  /** Forgets all of another library, and the articles `library` no longer has. */
  prune(library: { has(id: string): boolean }): void {
    if (library !== this.library) {
      this.byArticle.clear();
      this.chosen.clear();
      this.library = library;
      return;
    }
    for (const id of new Set([...this.byArticle.keys(), ...this.chosen.keys()])) {
      if (library.has(id)) continue;
      this.byArticle.delete(id);
      this.chosen.delete(id);
    }
  }

  /** The conflict was chosen: it is let go, and which side was kept remembered. */
  chose(articleId: string, choice: RewriteChoice): void {
    const flags = this.flagsOf(articleId).filter((flag) => flag.id !== choice.flagId || flag.passage !== choice.passage);
    if (flags.length) this.byArticle.set(articleId, flags);
    else this.byArticle.delete(articleId);
    const chosen = this.chosen.get(articleId) ?? new Map<string, string>();
    this.chosen.set(articleId, chosen.set(conflictKey(choice), JSON.stringify(choice.drop)));
  }

  /** Whether this conflict was chosen here already: 'same' side, 'other' side, or not (undefined). */
  chosenBefore(articleId: string, choice: RewriteChoice): 'same' | 'other' | undefined {
    const drop = this.chosen.get(articleId)?.get(conflictKey(choice));
    return drop === undefined ? undefined : drop === JSON.stringify(choice.drop) ? 'same' : 'other';
  }
}

/**
 * A chosen conflict is remembered by its id and passage together — what a choice is matched
 * to a report's conflict by (listedSide) — never by its id alone: older stored sync reports
 * number their conflicts overlap-1, overlap-2… each, so another report's overlap-1 is another
 * conflict.
 */
const conflictKey = (choice: RewriteChoice) => JSON.stringify([choice.flagId, choice.passage]);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
type Anchor = { client: number; clock: number };
// A stored report is read from disk: only a well-formed reading is trusted.
const isReading = (kept: unknown): kept is KeptReading => {
  const { before, runs, after } = (typeof kept === 'object' && kept !== null ? kept : {}) as Partial<KeptReading>;
  return (
    typeof before === 'string' &&
    typeof after === 'string' &&
    Array.isArray(runs) &&
    runs.every((run) => Array.isArray(run) && typeof run[0] === 'string' && typeof run[1] === 'object' && run[1] !== null && !Array.isArray(run[1]))
  );
};
const isAnchor = (at: unknown): at is Anchor =>
  typeof at === 'object' && at !== null && Number.isInteger((at as Anchor).client) && Number.isInteger((at as Anchor).clock) && (at as Anchor).client >= 0 && (at as Anchor).clock >= 0;

const isRestore = (restore: unknown): restore is Array<[number, string]> =>
  Array.isArray(restore) && restore.every((one) => Array.isArray(one) && one.length === 2 && Number.isSafeInteger(one[0]) && typeof one[1] === 'string');

/** A listed side to keep: what keeping it puts back, and the words around it once kept. */
export interface ListedSide {
  restore: Array<[number, string]>;
  /**
   * The report's words before the passage (none: the block's start), the passage once the side
   * is kept (letters with their marks), the words after (none: its end); null when the report
   * does not know it exactly (an older report).
   */
  reads: KeptReading | null;
  /** Where the passage begins (absent in older reports): the choice is made there only. */
  at?: Anchor;
  /** The passage's own characters by Yjs id, one per letter (absent in older reports): the choice drops only these. */
  ids?: Id[];
}

/** Which side of `flag` the choice keeps (by the ranges it drops), or null when it fits neither. */
const sideOf = (flag: RewriteFlag, choice: RewriteChoice) =>
  flag.passage !== choice.passage ? null : same(flag.dropIncoming, choice.drop) ? 'local' : same(flag.dropLocal, choice.drop) ? 'incoming' : null;

/**
 * The side `choice` keeps, from the conflict its `flagId` names: 'unknown' when no report
 * lists that conflict with this passage and side; 'ambiguous' when only an older report does
 * (its ids are not unique and it has no anchor) and another conflict reads the same — two
 * conflicts may read alike (the same word rewritten alike in two paragraphs), and letters of
 * one must never go into the other.
 */
export function listedSide(flags: readonly RewriteFlag[], choice: RewriteChoice): ListedSide | 'unknown' | 'ambiguous' | 'damaged' {
  const named = flags.filter((flag) => flag.id === choice.flagId && sideOf(flag, choice) !== null);
  if (!named.length) return 'unknown';
  const flag = named[0];
  if (named.some((one) => one.damaged)) return 'damaged';
  const at = isAnchor(flag.at) ? flag.at : undefined;
  if (named.length > 1 || (!at && flags.some((other) => other !== flag && sideOf(other, choice) !== null))) return 'ambiguous';
  const side = sideOf(flag, choice)!;
  const kept = side === 'local' ? flag.keptLocal : flag.keptIncoming;
  const reads = isReading(kept) ? kept : null;
  // Recorded characters that do not read as a record of this passage: the conflict cannot be
  // chosen safely (a damaged stored report), never chosen by its letters instead.
  const ids = flag.passageIds === undefined ? undefined : expandIds(flag.passageIds, flag.passage.length);
  const restore = (side === 'local' ? flag.restoreLocal : flag.restoreIncoming) ?? [];
  if (ids === null || !isRestore(restore)) return 'damaged';
  return { restore, reads, ...(at ? { at } : {}), ...(ids ? { ids } : {}) };
}
