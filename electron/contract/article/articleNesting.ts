// How deep an article's elements nest, and whether a change would take them deeper than Soạn
// reads. Every reader of an article (readArticle, y-prosemirror's conversion in the editor,
// the export) walks the element tree recursively: a change nesting thousands of quotes inside
// each other (400 KB is enough for 20,000) overflows the stack, and the article can then be
// neither read, saved nor closed. The schema allows nesting (lists in quotes in lists), so the
// limit is far above anything a person writes or pastes, and far below what overflows.
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from './articleNames';

/** Deepest nesting an article may reach (a ten-level list in a quote is about 25). */
export const MAX_ARTICLE_NESTING = 100;

/** How deep the article's elements nest (1 = top-level blocks), counted without recursion; stops once past `stopAbove`. */
export function articleNesting(doc: Y.Doc, stopAbove = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const stack: Array<[Y.XmlFragment | Y.XmlElement, number]> = [[doc.getXmlFragment(ARTICLE_FRAGMENT), 0]];
  while (stack.length > 0) {
    const [parent, depth] = stack.pop()!;
    for (let item = parent._start; item !== null; item = item.right) {
      if (item.deleted || !(item.content instanceof Y.ContentType) || !(item.content.type instanceof Y.XmlElement)) continue;
      deepest = Math.max(deepest, depth + 1);
      if (deepest > stopAbove) return deepest;
      stack.push([item.content.type, depth + 1]);
    }
  }
  return deepest;
}

/**
 * Whether applying `update` to `doc` would nest the article deeper than MAX_ARTICLE_NESTING.
 * A change can deepen the article by at most the number of elements it adds, so typing (no
 * new element) and ordinary paragraphs are answered without a trial; only a change adding
 * many elements to a deep article is tried on a copy.
 */
export function wouldNestTooDeep(doc: Y.Doc, update: Uint8Array): boolean {
  const added = Y.decodeUpdate(update).structs.filter((struct) => struct instanceof Y.Item && struct.content instanceof Y.ContentType).length;
  if (added === 0 || articleNesting(doc, MAX_ARTICLE_NESTING) + added <= MAX_ARTICLE_NESTING) return false;
  const trial = new Y.Doc();
  try {
    Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(trial, update);
    return articleNesting(trial, MAX_ARTICLE_NESTING) > MAX_ARTICLE_NESTING;
  } finally {
    trial.destroy();
  }
}
