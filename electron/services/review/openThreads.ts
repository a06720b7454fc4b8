// The ids of an article's comment threads still open, by the contract's rule (the library's
// comment tasks count only those).
import type * as Y from 'yjs';
import { isOpenThread } from '../../contract/review';
import { commentThreads } from './reviewCounts';

export function openThreadIds(doc: Y.Doc): Set<string> {
  return new Set(commentThreads(doc).filter((view) => isOpenThread(view.thread, view.messages)).map((view) => view.thread.id));
}
