// The comments side of a merge: threads and replies that came in, and open threads whose
// words the merge took away (detached: they stay, with their quote, and are listed).
import type * as Y from 'yjs';
import { COMMENTS_MAP, COMMENT_ANCHORS_MAP, COMMENT_MESSAGES_MAP, isOpenThread } from '../../contract/review';
import { readCommentMaps, type ThreadWithMessages } from '../../contract/reviewParse';
import type { MergeFlag, MergeReport } from '../../contract/packages';
import { anchorHolds } from '../article/reanchorComments';

export function commentsOf(doc: Y.Doc): ThreadWithMessages[] {
  return readCommentMaps(
    doc.getMap<unknown>(COMMENTS_MAP).entries(),
    doc.getMap<unknown>(COMMENT_MESSAGES_MAP).entries(),
    doc.getMap<unknown>(COMMENT_ANCHORS_MAP).entries(),
  );
}

/** Threads and messages in `after` that `before` did not have, per author. */
export function commentsCameIn(before: readonly ThreadWithMessages[], after: readonly ThreadWithMessages[]): MergeReport['cameIn']['comments'] {
  const oldThreads = new Set(before.map((t) => t.thread.id));
  const oldMessages = new Set(before.flatMap((t) => t.messages.map((m) => m.id)));
  const byAuthor = new Map<string, { by: string; threads: number; replies: number }>();
  const tally = (by: string) => byAuthor.get(by) ?? (byAuthor.set(by, { by, threads: 0, replies: 0 }), byAuthor.get(by)!);
  for (const { thread, messages } of after) {
    const isNew = !oldThreads.has(thread.id);
    if (isNew) tally(thread.by.name).threads++;
    messages.forEach((message, index) => {
      if (oldMessages.has(message.id) || (isNew && index === 0)) return;
      tally(message.by.name).replies++;
    });
  }
  return [...byAuthor.values()];
}

/**
 * Open threads detached by the merge: their words are gone now, but were there on a copy
 * before it (`copies`: the local copy, and the sender's when known). A thread new from a
 * sender whose copy is unknown counts as having held.
 */
export function detachedByMerge(merged: Y.Doc, copies: ReadonlyArray<Y.Doc | null>, before: readonly ThreadWithMessages[]): MergeFlag[] {
  const known = new Set(before.map((t) => t.thread.id));
  const senderUnknown = copies.some((copy) => copy === null);
  return commentsOf(merged)
    .filter(({ thread, messages }) => isOpenThread(thread, messages) && !anchorHolds(merged, thread.anchor))
    .filter(({ thread }) => (senderUnknown && !known.has(thread.id)) || copies.some((copy) => copy !== null && heldIn(copy, thread.id)))
    .map(({ thread }) => ({ kind: 'detached-comment' as const, id: `detached-${thread.id}`, threadId: thread.id, quote: thread.quote, by: thread.by.name }));
}

function heldIn(doc: Y.Doc, threadId: string): boolean {
  const view = commentsOf(doc).find((t) => t.thread.id === threadId);
  return !!view && anchorHolds(doc, view.thread.anchor);
}
