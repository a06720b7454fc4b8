// Keys that move between the pieces of the article instead of breaking its shape:
// Enter in the headline goes to the sapo, Enter in the sapo starts the body, Enter in a
// caption continues below the figure, and Backspace/Delete never merge away the headline
// or the sapo (the schema requires both).
import { Extension, type Editor } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { nodeNames } from '../../electron/contract/article/articleNames';

/**
 * The caret the user sees. Chrome reports caret moves (Home, clicks) a moment later than
 * the next keydown can arrive; deciding on the stale selection would let the browser's
 * own Backspace merge the sapo into the headline. So read the DOM caret first.
 */
function syncCaretFromDom(editor: Editor): void {
  const { view } = editor;
  const dom = (view.root as Document).getSelection?.();
  if (!dom || !dom.isCollapsed || !dom.anchorNode || !view.dom.contains(dom.anchorNode)) return;
  let pos: number;
  try {
    pos = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
  } catch {
    return;
  }
  const { selection, doc } = view.state;
  if ((selection.empty && selection.from === pos) || pos < 0 || pos > doc.content.size) return;
  if (!doc.resolve(pos).parent.inlineContent) return;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(doc, pos)));
}

function cursor(editor: Editor) {
  syncCaretFromDom(editor);
  const { selection } = editor.state;
  return selection.empty && selection instanceof TextSelection ? selection.$from : null;
}

function enter(editor: Editor): boolean {
  const $pos = cursor(editor);
  if (!$pos) return false;
  const name = $pos.parent.type.name;
  const { state, view } = editor;

  if (name === nodeNames.headline) {
    // Start of the sapo: headline (pos 0) + its size, + 1 to step inside the sapo.
    const sapoStart = state.doc.child(0).nodeSize + 1;
    view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, sapoStart)).scrollIntoView());
    return true;
  }
  if (name === nodeNames.sapo) {
    const sapoEnd = state.doc.child(0).nodeSize + state.doc.child(1).nodeSize;
    const first = state.doc.child(2);
    if ($pos.parentOffset === $pos.parent.content.size && first.type.name === nodeNames.paragraph && first.content.size === 0) {
      view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, sapoEnd + 1)).scrollIntoView());
      return true;
    }
    // Whatever follows the cursor becomes the first body paragraph.
    const tr = state.tr.split($pos.pos, 1, [{ type: state.schema.nodes[nodeNames.paragraph] }]);
    view.dispatch(tr.scrollIntoView());
    return true;
  }
  if (name === nodeNames.byline) return true;
  if (name === nodeNames.figcaption) {
    const figureEnd = $pos.after($pos.depth - 1);
    const paragraph = state.schema.nodes[nodeNames.paragraph].create();
    const tr = state.tr.insert(figureEnd, paragraph);
    tr.setSelection(TextSelection.create(tr.doc, figureEnd + 1));
    view.dispatch(tr.scrollIntoView());
    return true;
  }
  return false;
}

function backspace(editor: Editor): boolean {
  const $pos = cursor(editor);
  if (!$pos || $pos.parentOffset > 0) return false;
  const { state, view } = editor;
  const name = $pos.parent.type.name;

  if (name === nodeNames.headline) return true;
  if (name === nodeNames.sapo) {
    const headlineEnd = state.doc.child(0).nodeSize - 1;
    view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, headlineEnd)));
    return true;
  }
  if (name === nodeNames.figcaption && $pos.parent.content.size === 0) {
    // An empty caption: select the figure, so a second Backspace removes the image.
    view.dispatch(state.tr.setSelection(NodeSelection.create(state.doc, $pos.before($pos.depth - 1))));
    return true;
  }
  // The first body block, at top level, when it is the only one: it cannot merge into
  // the sapo without leaving the body empty, so step back into the sapo instead.
  if ($pos.depth === 1 && $pos.index(0) === 2) {
    const bodyCount = state.doc.childCount - 2 - (state.doc.lastChild?.type.name === nodeNames.byline ? 1 : 0);
    if (bodyCount > 1 && $pos.parent.type.name === nodeNames.paragraph) return false;
    if ($pos.parent.type.name !== nodeNames.paragraph) return editor.commands.setParagraph();
    const sapoEnd = state.doc.child(0).nodeSize + state.doc.child(1).nodeSize - 1;
    view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, sapoEnd)));
    return true;
  }
  return false;
}

function deleteForward(editor: Editor): boolean {
  const $pos = cursor(editor);
  if (!$pos || $pos.parentOffset < $pos.parent.content.size) return false;
  const { state, view } = editor;
  if ($pos.parent.type.name === nodeNames.headline) {
    const sapoStart = state.doc.child(0).nodeSize + 1;
    view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, sapoStart)));
    return true;
  }
  if ($pos.parent.type.name === nodeNames.byline) return true;
  return false;
}

export const ArticleKeymap = Extension.create({
  name: 'articleKeymap',
  // Before lists and the base keymap, so these rules win where they apply.
  priority: 1000,
  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => enter(editor),
      Backspace: ({ editor }) => backspace(editor),
      Delete: ({ editor }) => deleteForward(editor),
    };
  },
});
