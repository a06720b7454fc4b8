// The byline: the article's last line, a name or a role ("Trưởng ban Tuyên giáo Thành ủy
// Hà Tĩnh"). Plain text; optional, so deleting it keeps the document valid.
import { Node, mergeAttributes } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { nodeNames } from '../../electron/contract/article/articleNames';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    byline: {
      /** Puts the cursor in the byline, adding an empty one at the end if there is none. */
      focusByline: () => ReturnType;
    };
  }
}

export const Byline = Node.create({
  name: nodeNames.byline,
  content: 'text*',
  marks: 'insertion deletion modification', // suggestions only: no bold or links here
  defining: true,
  parseHTML: () => [{ tag: 'p.soan-byline', priority: 60 }],
  renderHTML: ({ HTMLAttributes }) => [
    'p',
    mergeAttributes(HTMLAttributes, { class: 'byline soan-byline' }),
    0,
  ],

  addCommands() {
    return {
      focusByline:
        () =>
        ({ state, tr, dispatch }) => {
          const { doc } = state;
          const last = doc.lastChild;
          if (last && last.type.name === this.name) {
            if (dispatch) tr.setSelection(TextSelection.create(tr.doc, doc.content.size - 1)).scrollIntoView();
            return true;
          }
          if (dispatch) {
            tr.insert(doc.content.size, this.type.create());
            tr.setSelection(TextSelection.create(tr.doc, tr.doc.content.size - 1)).scrollIntoView();
          }
          return true;
        },
    };
  },
});
