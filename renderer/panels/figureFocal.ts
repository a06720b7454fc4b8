// The focal point of a figure as the Captions panel sets it: one transaction on the figure's
// focalX/focalY attrs, so the editor, Yjs and the saved file see the same change.
import type { Editor } from '@tiptap/core';
import { nodeNames } from '../../electron/contract/article/articleNames';
import { focalPointOf, type FocalPoint } from '../../electron/contract/article/focalCrop';

/** The figure's focal point at `pos`, read by the contract's rule; null when none is set. */
export function figureFocalAt(editor: Editor, pos: number): FocalPoint | null {
  const node = editor.state.doc.nodeAt(pos);
  return node && node.type.name === nodeNames.figure ? focalPointOf(node.attrs) : null;
}

/** Sets (or with null, removes) the focal point; values are kept to the contract's precision. */
export function setFigureFocal(editor: Editor, pos: number, focal: FocalPoint | null): void {
  const node = editor.state.doc.nodeAt(pos);
  if (!node || node.type.name !== nodeNames.figure) return;
  const checked = focal ? focalPointOf({ focalX: focal.x, focalY: focal.y }) : null;
  const tr = editor.state.tr
    .setNodeAttribute(pos, 'focalX', checked?.x ?? null)
    .setNodeAttribute(pos, 'focalY', checked?.y ?? null);
  editor.view.dispatch(tr);
}
