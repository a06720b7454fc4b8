// How deep a change nests the document's types. The article reader and every JSON of the article
// walk the tree recursively, so a change nesting thousands of elements (a few hundred KB) would
// leave the article unreadable on every copy that takes it: each read overflows the stack. The
// schema's deepest legitimate article is about 16 types deep (a list in a quote, lists six deep —
// articleContent.ts MAX_LIST_DEPTH — a paragraph, its text); 64 leaves room for any later shape.
// Only what the change added is looked at, each walk upward stopping past the limit, so a
// keystroke costs a few steps whatever the article's size.
import * as Y from 'yjs';
import { addedItems } from './trial';

export const MAX_TYPE_DEPTH = 64;

/** How many types hold `type`, itself included, counting at most to `limit + 1`. */
function depthOf(type: Y.AbstractType<unknown>, limit: number): number {
  let depth = 0;
  let item: Y.Item | null = type._item;
  while (item && depth <= limit) {
    depth++;
    item = (item.parent as Y.AbstractType<unknown>)._item;
  }
  return depth;
}

/** Whether a type the transaction added lies deeper than `limit`. */
export function nestsTooDeep(transaction: Y.Transaction, limit = MAX_TYPE_DEPTH): boolean {
  for (const item of addedItems(transaction)) {
    if (item.content instanceof Y.ContentType && depthOf(item.content.type as Y.AbstractType<unknown>, limit) > limit) return true;
  }
  return false;
}
