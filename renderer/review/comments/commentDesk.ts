// The desk's part of comments, stored in the article's meta sets so offline copies merge
// (contract/article/metaStore.ts): the people a comment @mentions, and who a thread is
// assigned to as a task. Written as comment changes (COMMENT_ORIGIN): commenting never makes
// anyone an author.
import type * as Y from 'yjs';
import { metaKeys, type CommentAssignment, type CommentMention } from '../../../electron/contract/article/articleNames';
import { mentionsIn } from '../../../electron/contract/article/commentTasks';
import { addToMetaSet } from '../../../electron/contract/article/metaStore';
import type { ReviewActor } from '../../../electron/contract/review';
import { COMMENT_ORIGIN } from '../../editor/authorship';

const systemClock = () => new Date().toISOString();

/** Records everyone `text` mentions among `people` in the thread; returns their names. */
export function recordMentions(doc: Y.Doc, threadId: string, text: string, people: readonly string[], actor: ReviewActor, now = systemClock): string[] {
  const names = mentionsIn(text, people);
  if (names.length === 0) return names;
  const at = now();
  doc.transact(() => {
    for (const name of names) addToMetaSet(doc, metaKeys.mentions, { thread: threadId, name, by: actor.name, at } satisfies CommentMention);
  }, COMMENT_ORIGIN);
  return names;
}

/** Gives the thread to `to` as a task ('' takes it back); the latest assignment counts. */
export function assignThread(doc: Y.Doc, threadId: string, to: string, actor: ReviewActor, now = systemClock): void {
  const entry: CommentAssignment = { thread: threadId, to: to.normalize('NFC').trim(), by: actor.name, at: now() };
  doc.transact(() => addToMetaSet(doc, metaKeys.commentAssignments, entry), COMMENT_ORIGIN);
}
