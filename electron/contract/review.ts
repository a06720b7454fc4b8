// Comments and suggestions live in the article's Yjs document, so they travel and merge
// with it. These names and shapes are shared by the renderer (which writes them) and the
// services (which count them for the library and block export on them).
import type { Role } from './types';

/** Y.Map<threadId, CommentThread>: one entry per comment thread, replaced whole on resolve/reopen. */
export const COMMENTS_MAP = 'comments';
/**
 * Y.Map<messageId, CommentMessage>: every message of every thread, one key each, so two
 * people replying offline to the same thread both keep their reply after a merge.
 */
export const COMMENT_MESSAGES_MAP = 'commentMessages';

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
