// All text is NFC from the moment it enters: typed, pasted as text or HTML, or committed by
// an input method (some Vietnamese IMEs send decomposed letters: "a" + U+0301).
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { toNfc } from '../../electron/contract/text/normalize';

const key = new PluginKey('nfcText');

/** Rewrites any non-NFC text in [from, to) of the current document; true if it did. */
function normaliseRange(view: EditorView, from: number, to: number): boolean {
  const { state } = view;
  const tr = state.tr;
  state.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText || !node.text) return true;
    const nfc = toNfc(node.text);
    if (nfc !== node.text) {
      const start = tr.mapping.map(pos);
      tr.replaceWith(start, tr.mapping.map(pos + node.nodeSize), state.schema.text(nfc, node.marks));
    }
    return false;
  });
  if (!tr.docChanged) return false;
  view.dispatch(tr.setMeta(key, true));
  return true;
}

export const NfcText = Extension.create({
  name: 'nfcText',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key,
        props: {
          handleTextInput(view, from, to, text) {
            // ProseMirror also calls this for each step of a composition; rewriting the text
            // under the input method breaks it off and its commit lands twice ("tỉnhtỉnh").
            // The view's update below normalises once the composition has ended.
            if (view.composing) return false;
            const nfc = toNfc(text);
            if (nfc === text) return false;
            view.dispatch(view.state.tr.insertText(nfc, from, to));
            return true;
          },
          transformPastedText: (text) => toNfc(text),
          transformPastedHTML: (html) => toNfc(html),
        },
        // Input that bypasses handleTextInput (composition, drops, spell-check fixes) is
        // checked once the change lands, only in the changed stretch, and never mid-composition.
        view: () => {
          // Text changed by a composition is normalised once it has ended: ProseMirror then
          // redraws the composed stretch (an update with the same document).
          let composedChange = false;
          return {
            update(view, prevState) {
              if (view.composing) {
                composedChange ||= view.state.doc !== prevState.doc;
                return;
              }
              if (composedChange) {
                composedChange = false;
                const { $from } = view.state.selection;
                if (normaliseRange(view, $from.start(), $from.end())) return;
              }
              if (view.state.doc === prevState.doc) return;
              const start = view.state.doc.content.findDiffStart(prevState.doc.content);
              const end = view.state.doc.content.findDiffEnd(prevState.doc.content);
              if (start == null || end == null) return;
              const to = Math.max(start, end.a);
              normaliseRange(view, Math.max(0, start - 1), Math.min(view.state.doc.content.size, to + 1));
            },
          };
        },
      }),
    ];
  },
});
