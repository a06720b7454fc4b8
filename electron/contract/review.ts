// Comments and suggestions live in the article's Yjs document, so they travel and merge
// with it. These names and shapes are shared by the renderer (which writes them) and the
// services (which count them for the library and block export on them).
import { nodeNames } from './article/articleNames';
import type { Role } from './types';

/** Y.Map<threadId, CommentThread>: one entry per comment thread, replaced whole on resolve/reopen. */
export const COMMENTS_MAP = 'comments';
/**
 * Y.Map<messageId, CommentMessage>: every message of every thread, one key each, so two
 * people replying offline to the same thread both keep their reply after a merge.
 */
export const COMMENT_MESSAGES_MAP = 'commentMessages';
/**
 * Y.Map<threadId, anchor>: where a thread's words are now, when the editor (a split or
 * join) or a restore had to anchor it again. Kept apart from the thread's own value so that
 * re-anchoring on one copy and resolving on another both survive a merge.
 */
export const COMMENT_ANCHORS_MAP = 'commentAnchors';

/** Who did something in review, from the local profile. */
export interface ReviewActor {
  name: string;
  role: Role;
}

/** The piece of the article a comment or suggestion sits in. */
export const articlePieces = ['headline', 'sapo', 'body', 'caption', 'byline'] as const;
export type ArticlePiece = (typeof articlePieces)[number];

export interface CommentThread {
  id: string;
  /**
   * Y.RelativePosition JSON (Y.relativePositionToJSON) of the start and end of the
   * commented text in the article fragment; they follow the text through edits.
   */
  anchor: { from: unknown; to: unknown };
  /** The commented text when the comment was made: shown when the text itself is gone. */
  quote: string;
  piece: ArticlePiece;
  by: ReviewActor;
  at: string; // ISO 8601
  resolved: { by: ReviewActor; at: string } | null;
}

export interface CommentMessage {
  id: string;
  threadId: string;
  by: ReviewActor;
  at: string; // ISO 8601
  text: string;
  editedAt?: string;
  /** Deleted by its author: kept as a tombstone so replies still make sense. */
  deleted?: boolean;
}

/**
 * The suggestion (track changes) marks, as named in the ProseMirror schema and stored by
 * y-prosemirror as formatting attributes of the Y.XmlText (attribute name = mark name,
 * value = the attrs below). Text with `insertion` is proposed, not yet part of the
 * article; text with `deletion` is still part of it until the deletion is accepted.
 */
export const suggestionMarks = {
  insertion: 'insertion',
  deletion: 'deletion',
  modification: 'modification',
} as const;

export interface SuggestionAttrs {
  id: string;
  author: string | null; // profile name
  role: Role | null;
  at: string | null; // ISO 8601
}

/** Zero-width space the suggestion engine uses as an anchor at block boundaries; never article text. */
export const SUGGESTION_ANCHOR_CHAR = '\u200B';

/** What the library shows and export pre-flight checks for an article's review. */
export interface ReviewCounts {
  openComments: number;
  pendingSuggestions: number;
}

/**
 * The suggestion marks that count as pending: the ones the editor makes, lists, accepts and
 * rejects. (`modification` is in the schema but the editor never makes it: formatting in
 * suggest mode is a deletion and an insertion, so a stray one would be a count nobody can clear.)
 */
export const countedSuggestionMarks: readonly string[] = [suggestionMarks.insertion, suggestionMarks.deletion];

const ANCHORS = new RegExp(SUGGESTION_ANCHOR_CHAR, 'g');

/** Text without the suggestion engine's anchors. */
export function withoutAnchors(text: string): string {
  return text.includes(SUGGESTION_ANCHOR_CHAR) ? text.replace(ANCHORS, '') : text;
}

/**
 * The piece of the article a block (or a node inside one) belongs to: a figure and its
 * caption are 'caption', anything that is not furniture is 'body'.
 */
export function pieceOfBlock(nodeName: string): ArticlePiece {
  switch (nodeName) {
    case nodeNames.headline:
      return 'headline';
    case nodeNames.sapo:
      return 'sapo';
    case nodeNames.byline:
      return 'byline';
    case nodeNames.figure:
    case nodeNames.figcaption:
      return 'caption';
    default:
      return 'body';
  }
}

/** A thread whose every message its authors deleted is gone for the reader: not shown, not counted. */
export function hasMessageLeft(messagesOfThread: readonly CommentMessage[]): boolean {
  return messagesOfThread.some((message) => !message.deleted);
}

/**
 * Open: not resolved and still has a message left. A detached thread (its text deleted)
 * still needs an answer, so it counts. The Review tab, the library and export pre-flight
 * all count by this rule, on threads and messages read by reviewParse.ts.
 */
export function isOpenThread(thread: CommentThread, messagesOfThread: readonly CommentMessage[]): boolean {
  return !thread.resolved && hasMessageLeft(messagesOfThread);
}
