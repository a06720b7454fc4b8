// Where a new body block (a figure) goes: after the top-level block holding the cursor,
// never inside the headline, sapo or byline. An empty paragraph under the cursor is
// replaced, as a writer who opens a new line for an image expects.
import type { EditorState } from '@tiptap/pm/state';
import { nodeNames } from '../../electron/contract/article/articleNames';

export interface InsertTarget {
  pos: number;
  /** Size of an empty paragraph at `pos` to replace, or 0. */
  replaceEmpty: number;
}

export function bodyInsertPosition(state: EditorState): InsertTarget {
  const { doc, selection } = state;
  const $from = selection.$from;
  const index = $from.depth > 0 ? $from.index(0) : Math.min($from.index(0), doc.childCount - 1);
  const block = doc.child(index);
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;

  const name = block.type.name;
  if (name === nodeNames.headline || name === nodeNames.sapo) {
    // Straight after the sapo: the start of the body.
    const sapoEnd = doc.child(0).nodeSize + doc.child(1).nodeSize;
    return { pos: sapoEnd, replaceEmpty: 0 };
  }
  if (name === nodeNames.byline) return { pos, replaceEmpty: 0 };
  if (name === nodeNames.paragraph && block.content.size === 0) {
    return { pos, replaceEmpty: block.nodeSize };
  }
  return { pos: pos + block.nodeSize, replaceEmpty: 0 };
}
