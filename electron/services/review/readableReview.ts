// The review part of article.json: every comment thread with its messages, and the pending
// suggestions with the text they propose to insert or delete, so that an article read
// without Soạn still shows what is under discussion. It also puts the comments and the
// pending insertions back into a document rebuilt from article.json (the last resort when
// article.ydoc is damaged), so nothing under review is lost.
import * as Y from 'yjs';
import { z } from 'zod';
import { COMMENTS_MAP, COMMENT_MESSAGES_MAP, isOpenThread, pieceOfBlock, withoutAnchors } from '../../contract/review';
import type { ArticlePiece, CommentMessage, CommentThread, SuggestionAttrs } from '../../contract/review';
import { parseCommentMessage, parseCommentThread } from '../../contract/reviewParse';
import type { PmNode } from '../../contract/article/pmJson';
import { suggestionOfMark, type PendingSuggestion } from '../../contract/article/pendingSuggestions';
import { InsertionRunSchema, pendingInsertionRuns, withInsertions } from './pendingInsertions';
import type { InsertionRun } from './pendingInsertions';
import { commentThreads, pendingSuggestionIds } from './reviewCounts';

export interface ReadableComment extends CommentThread {
  open: boolean;
  messages: CommentMessage[];
}

export interface ReadableSuggestion extends SuggestionAttrs {
  piece: ArticlePiece;
  /** Text proposed, per kind: inserted (not yet in the article), deleted (still in it). */
  insertion?: string;
  deletion?: string;
}

export interface ReadableReview {
  openComments: number;
  pendingSuggestions: number;
  comments: ReadableComment[];
  suggestions: ReadableSuggestion[];
  /** Where the pending insertions go: content leaves them out, a rebuild puts them back. */
  insertions: InsertionRun[];
}

/** Lenient on read: an article.json from before review, or edited by hand, still loads. */
export const ReadableReviewSchema = z
  .object({
    openComments: z.number().int().nonnegative().catch(0),
    pendingSuggestions: z.number().int().nonnegative().catch(0),
    comments: z.array(z.record(z.string(), z.unknown())).catch([]),
    suggestions: z.array(z.record(z.string(), z.unknown())).catch([]),
    insertions: z.array(z.unknown()).catch([]),
  })
  .loose();

function collectSuggestions(node: PmNode, piece: ArticlePiece, found: Map<string, ReadableSuggestion>): void {
  const note = ({ kind, ...attrs }: PendingSuggestion, text: string) => {
    const entry = found.get(attrs.id) ?? { ...attrs, piece };
    entry[kind] = (entry[kind] ?? '') + text;
    found.set(attrs.id, entry);
  };
  for (const mark of node.marks ?? []) {
    const suggestion = suggestionOfMark(mark);
    if (suggestion) note(suggestion, withoutAnchors(node.text ?? ''));
  }
  for (const child of node.content ?? []) collectSuggestions(child, piece, found);
}

/** From the document as stored (pending insertions included) and its comment maps. */
export function readableReview(doc: Y.Doc, content: PmNode): ReadableReview {
  // Threads come with their messages grouped once: no pass over all messages per thread.
  const comments = commentThreads(doc).map(({ thread, messages }) => ({ ...thread, open: isOpenThread(thread, messages), messages }));
  const found = new Map<string, ReadableSuggestion>();
  for (const block of content.content ?? []) collectSuggestions(block, pieceOfBlock(block.type), found);
  return {
    openComments: comments.filter((comment) => comment.open).length,
    pendingSuggestions: pendingSuggestionIds(doc).length,
    comments,
    suggestions: [...found.values()],
    insertions: pendingInsertionRuns(content),
  };
}

/** The readable's content with its pending insertions back in place (entries that do not parse are skipped). */
export function contentWithInsertions(content: PmNode, review: z.infer<typeof ReadableReviewSchema> | undefined): PmNode {
  const runs = (review?.insertions ?? []).flatMap((run) => {
    const parsed = InsertionRunSchema.safeParse(run);
    return parsed.success && parsed.data.text ? [parsed.data] : [];
  });
  return runs.length ? withInsertions(content, runs) : content;
}

/**
 * Puts the comment threads and messages of a readable back into a (rebuilt) document.
 * article.json can be edited by anyone: only values the contract's parser accepts go back
 * into Yjs, so the restored document never holds a thread the renderer would drop.
 */
export function restoreComments(doc: Y.Doc, review: z.infer<typeof ReadableReviewSchema> | undefined): void {
  if (!review) return;
  const threads = doc.getMap<unknown>(COMMENTS_MAP);
  const messages = doc.getMap<unknown>(COMMENT_MESSAGES_MAP);
  for (const comment of review.comments) {
    const { open: _open, messages: written, ...stored } = comment as Record<string, unknown> & { messages?: unknown };
    if (typeof stored.id !== 'string') continue;
    const thread = parseCommentThread(stored.id, stored);
    if (!thread) continue;
    threads.set(thread.id, thread);
    for (const value of Array.isArray(written) ? written : []) {
      const id = (value as { id?: unknown } | null)?.id;
      const message = typeof id === 'string' ? parseCommentMessage(id, value) : null;
      // A message of another thread listed here would be a forgery: only this thread's own.
      if (message && message.threadId === thread.id) messages.set(message.id, message);
    }
  }
}
