// Grey hints in empty pieces of the article (Tiêu đề…, Sapo…, Nội dung…, Chú thích ảnh…,
// Tác giả…). Our own small plugin rather than TipTap's Placeholder because the hint depends
// on where a node sits: the body hint shows only in the first body paragraph when the body is
// empty, or in the empty paragraph being typed in, not in every blank line.
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { nodeNames } from '../../electron/contract/article/articleNames';

export type PlaceholderPiece = 'headline' | 'sapo' | 'body' | 'caption' | 'byline';

export interface ArticlePlaceholderOptions {
  /** Read on every render so a language switch shows at once. */
  label: (piece: PlaceholderPiece) => string;
}

function hint(node: PMNode, pos: number, text: string): Decoration {
  return Decoration.node(pos, pos + node.nodeSize, { class: 'is-empty', 'data-placeholder': text });
}

function decorations(state: EditorState, label: ArticlePlaceholderOptions['label']): DecorationSet {
  const { doc, selection } = state;
  const found: Decoration[] = [];
  const bodyCount = doc.childCount - 2 - (doc.lastChild?.type.name === nodeNames.byline ? 1 : 0);
  const cursorBlock = selection.empty ? selection.$from.parent : null;

  doc.descendants((node, pos, parent, index) => {
    if (!node.isTextblock) return true;
    if (node.content.size > 0) return false;
    const name = node.type.name;
    if (name === nodeNames.headline) found.push(hint(node, pos, label('headline')));
    else if (name === nodeNames.sapo) found.push(hint(node, pos, label('sapo')));
    else if (name === nodeNames.byline) found.push(hint(node, pos, label('byline')));
    else if (name === nodeNames.figcaption) found.push(hint(node, pos, label('caption')));
    else if (name === nodeNames.paragraph && parent === doc && ((index === 2 && bodyCount === 1) || node === cursorBlock)) {
      found.push(hint(node, pos, label('body')));
    }
    return false;
  });
  return DecorationSet.create(doc, found);
}

// Asked on every view update: the hints change only with the document, the block the caret
// is in, or the language, so the last answer is kept until one of those changes.
function cachedDecorations(label: ArticlePlaceholderOptions['label']): (state: EditorState) => DecorationSet {
  let last: { doc: PMNode; cursorBlock: PMNode | null; language: string; set: DecorationSet } | null = null;
  return (state) => {
    const cursorBlock = state.selection.empty ? state.selection.$from.parent : null;
    const language = label('headline');
    if (last && last.doc === state.doc && last.cursorBlock === cursorBlock && last.language === language) return last.set;
    const set = decorations(state, label);
    last = { doc: state.doc, cursorBlock, language, set };
    return set;
  };
}

export const ArticlePlaceholders = Extension.create<ArticlePlaceholderOptions>({
  name: 'articlePlaceholders',
  addOptions() {
    return { label: (piece) => piece };
  },
  addProseMirrorPlugins() {
    const { label } = this.options;
    const hints = cachedDecorations(label);
    return [
      new Plugin({
        key: new PluginKey('articlePlaceholders'),
        props: {
          decorations: (state) => (this.editor.isEditable ? hints(state) : DecorationSet.empty),
        },
      }),
    ];
  },
});
