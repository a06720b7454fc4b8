// How deep a change nests the document's types. The article reader and every JSON of the article
// walk the tree recursively, so a change nesting thousands of elements (a few hundred KB) would
// leave the article unreadable on every copy that takes it: each read overflows the stack.
// The limit is the workstation's own (electron/contract/article/articleNesting.ts,
// MAX_ARTICLE_NESTING = 100 elements, a top-level block being 1), so the server never takes an
// article a workstation would refuse, nor refuses one it takes; the text inside the deepest
// element sits one deeper. Other types (maps, arrays in the metadata) get the same room.
// Only what the change added is looked at, each walk upward stopping past the limit, so a
// keystroke costs a few steps whatever the article's size.
import * as Y from 'yjs';
import { MAX_ARTICLE_NESTING } from '../../electron/contract/article/articleNesting';
import { addedItems } from './trial';

/** The workstation's own limit. */
export const MAX_ELEMENT_DEPTH = MAX_ARTICLE_NESTING;

/** How many types hold `type`, itself included (a top-level block is 1), counting at most to `limit + 1`. */
function depthOf(type: Y.AbstractType<unknown>, limit: number): number {
  let depth = 0;
  let item: Y.Item | null = type._item;
  while (item && depth <= limit) {
    depth++;
    item = (item.parent as Y.AbstractType<unknown>)._item;
  }
  return depth;
}

/** Whether an element the transaction added lies deeper than `limit`, or any other type deeper than the text inside such an element. */
export function nestsTooDeep(transaction: Y.Transaction, limit = MAX_ELEMENT_DEPTH): boolean {
  for (const item of addedItems(transaction)) {
    if (!(item.content instanceof Y.ContentType)) continue;
    const type = item.content.type as Y.AbstractType<unknown>;
    const allowed = type instanceof Y.XmlElement ? limit : limit + 1;
    if (depthOf(type, allowed) > allowed) return true;
  }
  return false;
}
