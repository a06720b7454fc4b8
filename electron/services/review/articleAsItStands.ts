// The article as it stands while suggestions are pending: text with an `insertion` mark is
// only proposed (left out), text with a `deletion` mark is still the article's (kept, mark
// and all), and the suggestion engine's anchor character is never text. Every reading of
// the article outside the editor (article.json, word counts, search, export, version
// compare) goes through here or through the plain-text reader in articleDocument.ts.
import { suggestionMarks, withoutAnchors } from '../../contract/review';
import { markNameOfAttribute } from '../article/yjsJson';
import type { PmMark, PmNode } from '../article/yjsJson';

/** Text without the suggestion engine's anchors (the contract's helper, re-exported for older imports). */
export { withoutAnchors };

export function hasInsertionMark(marks: PmMark[] | undefined): boolean {
  return !!marks?.some((mark) => mark.type === suggestionMarks.insertion);
}

/** A whole node proposed for insertion (a node mark stored as an element attribute). */
export function isProposedNode(node: PmNode): boolean {
  if (hasInsertionMark(node.marks)) return true;
  return Object.entries(node.attrs ?? {}).some(
    ([name, value]) => markNameOfAttribute(name) === suggestionMarks.insertion && typeof value === 'object' && value !== null,
  );
}

/** PM JSON (as fragmentToJson gives it) → the same document without pending insertions. */
export function asItStands(node: PmNode): PmNode {
  if (!node.content) return node;
  const content: PmNode[] = [];
  for (const child of node.content) {
    if (child.type === 'text') {
      if (hasInsertionMark(child.marks)) continue;
      const text = withoutAnchors(child.text ?? '');
      if (text) content.push(text === child.text ? child : { ...child, text });
    } else if (!isProposedNode(child)) {
      content.push(asItStands(child));
    }
  }
  const { content: _dropped, ...rest } = node;
  // An element left empty has no content key, as fragmentToJson writes empty elements.
  return content.length || node.type === 'doc' ? { ...rest, content } : rest;
}
