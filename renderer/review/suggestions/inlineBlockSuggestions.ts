// The engine marks a wholly inserted (or wholly deleted) paragraph with a node mark, but
// y-tiptap keeps marks on text only: a node mark would vanish on save, silently accepting
// a pasted paragraph or dropping a deletion. So node marks are moved onto the paragraph's
// text (an anchor character stands in for an empty paragraph), which the engine reads the
// same way: its accept/reject follow a suggestion across paragraphs by its id.
import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { nodeNames } from '../../../electron/contract/article/articleNames';
import { SUGGESTION_ANCHOR_CHAR, suggestionMarks } from '../../../electron/contract/review';
import { isSuggestionMark } from './suggestionMarkTypes';

interface Marked {
  pos: number;
  node: PMNode;
  mark: Mark;
}

/** Textblocks inside (or equal to) a node, with their positions, last first. */
function textblocks(node: PMNode, pos: number): Array<{ pos: number; node: PMNode }> {
  if (node.isTextblock) return [{ pos, node }];
  const found: Array<{ pos: number; node: PMNode }> = [];
  node.descendants((child, childPos) => {
    if (child.isTextblock) {
      found.push({ pos: pos + 1 + childPos, node: child });
      return false;
    }
    return true;
  });
  return found.reverse();
}

/**
 * Rewrites every suggestion node mark in tr.doc as marks on text. False when that cannot
 * be done (a figure, whose picture has no text to carry the mark; a formatting change).
 */
export function moveNodeMarksToText(tr: Transaction): boolean {
  const marked: Marked[] = [];
  tr.doc.descendants((node, pos) => {
    if (node.isInline) return false;
    const mark = node.marks.find(isSuggestionMark);
    if (mark) marked.push({ pos, node, mark });
    return true;
  });
  if (marked.length === 0) return true;
  for (const { node, mark } of marked) {
    if (mark.type.name === suggestionMarks.modification) return false;
    // A figure's picture has no text to carry the mark, nor has any other leaf block.
    let hasLeafBlock = node.isAtom || node.type.name === nodeNames.figure;
    node.descendants((child) => {
      if (child.type.name === nodeNames.figure || (child.isBlock && child.isAtom)) hasLeafBlock = true;
      return !child.isTextblock;
    });
    if (hasLeafBlock) return false;
  }
  // Last first, so inserting an anchor does not move the positions still to do.
  for (const { pos, node, mark } of marked.reverse()) {
    tr.removeNodeMark(pos, mark);
    for (const block of textblocks(node, pos)) {
      const from = block.pos + 1;
      if (block.node.content.size > 0) tr.addMark(from, from + block.node.content.size, mark);
      else tr.insert(from, tr.doc.type.schema.text(SUGGESTION_ANCHOR_CHAR, [mark]));
    }
  }
  return true;
}
