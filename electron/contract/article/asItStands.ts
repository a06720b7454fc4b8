// "As it stands": the one reading of an article while suggestions are pending. Text with an
// `insertion` mark is only proposed (left out), text with a `deletion` mark is still the
// article's (kept, mark and all), and the suggestion engine's anchor character is never
// text. article.json, word counts, search, export, version compare and the editor's counts
// all read the article this way. The language checks read the other way round, "as
// proposed": the article as it would be with every suggestion taken.
import { suggestionMarks, withoutAnchors } from '../review';
import { markNameOfAttribute } from './pmJson';
import type { PmMark, PmNode } from './pmJson';

/** Which text a reading keeps: 'standing' (readers) or 'proposed' (checks of the draft in progress). */
export type ArticleView = 'standing' | 'proposed';

export function hasInsertionMark(marks: readonly PmMark[] | undefined): boolean {
  return !!marks?.some((mark) => markNameOfAttribute(mark.type) === suggestionMarks.insertion);
}

export function hasDeletionMark(marks: readonly PmMark[] | undefined): boolean {
  return !!marks?.some((mark) => markNameOfAttribute(mark.type) === suggestionMarks.deletion);
}

/** A whole node proposed for insertion (a node mark stored as an element attribute). */
export function isProposedNode(node: PmNode): boolean {
  if (hasInsertionMark(node.marks)) return true;
  return Object.entries(node.attrs ?? {}).some(
    ([name, value]) => markNameOfAttribute(name) === suggestionMarks.insertion && typeof value === 'object' && value !== null,
  );
}

/** Whether a text run is part of the article in this view. */
export function runCounts(marks: readonly PmMark[] | undefined, view: ArticleView): boolean {
  return view === 'standing' ? !hasInsertionMark(marks) : !hasDeletionMark(marks);
}

/** Whether a whole node is part of the article in this view. */
export function nodeCounts(node: PmNode, view: ArticleView): boolean {
  return view === 'proposed' || !isProposedNode(node);
}

// Nodes are immutable JSON; the same node always stands the same way, so an unchanged block
// keeps its identity and everything cached on it (the article reader's per-block readings).
const standing = new WeakMap<PmNode, PmNode>();

/** PM JSON (as stored) → the same document as it stands: pending insertions and anchors out. */
export function asItStands(node: PmNode): PmNode {
  if (!node.content) return node;
  const known = standing.get(node);
  if (known) return known;
  const result = standingOf(node);
  standing.set(node, result);
  return result;
}

function standingOf(node: PmNode): PmNode {
  if (!node.content) return node;
  const content: PmNode[] = [];
  for (const child of node.content) {
    if (child.type === 'text') {
      if (!runCounts(child.marks, 'standing')) continue;
      const text = withoutAnchors(child.text ?? '');
      if (text) content.push(text === child.text ? child : { ...child, text });
    } else if (nodeCounts(child, 'standing')) {
      content.push(asItStands(child));
    }
  }
  // Nothing left out: the node itself stands (and keeps its identity).
  if (content.length === node.content.length && content.every((child, i) => child === node.content![i])) return node;
  const { content: _dropped, ...rest } = node;
  // An element left empty has no content key, as y-tiptap writes empty elements.
  return content.length || node.type === 'doc' ? { ...rest, content } : rest;
}

export { withoutAnchors };
