// The figures of the article as the Captions panel lists them (from the article reader), and
// the edits it makes on them. Every edit is a ProseMirror transaction on the figure or its figcaption, so the
// editor, Yjs and the saved file all see the same change.
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { NodeSelection } from '@tiptap/pm/state';
import { nodeNames } from '../../electron/contract/article/articleNames';
import { blockContentStart, editorArticle } from '../editor/editorArticle';

export interface ArticleFigure {
  /** Position of the figure node in the document. */
  pos: number;
  src: string | null;
  alt: string;
  credit: string;
  /** The caption as the editor shows it (proposed text included), for editing in the panel. */
  caption: string;
}

const figuresOf = new WeakMap<PMNode, ArticleFigure[]>();

/** The article reader's figures, with where each sits in the editor and its editable caption (once per document version). */
export function articleFigures(doc: PMNode): ArticleFigure[] {
  const known = figuresOf.get(doc);
  if (known) return known;
  const figures = editorArticle(doc).figures.map((figure) => {
    const pos = blockContentStart(doc, [figure.block]) - 1;
    const node = doc.child(figure.block);
    return { pos, src: figure.src, alt: figure.alt, credit: figure.credit, caption: node.firstChild ? captionText(node.firstChild) : '' };
  });
  figuresOf.set(doc, figures);
  return figures;
}

/**
 * Where the `index`th figure (0 first) sits in the editor now, or null when there is no such
 * figure: the panel looks it up when it acts, as typing moves every figure after the caret.
 */
export function figurePosition(editor: Editor, index: number): number | null {
  return articleFigures(editor.state.doc)[index]?.pos ?? null;
}

/**
 * The caption as the panel shows it: a line break (Shift+Enter, or an imported <br>) is a
 * newline, so words on either side of it are not glued together and positions stay exact.
 */
export function captionText(caption: PMNode): string {
  let text = '';
  caption.forEach((child) => {
    text += child.isText ? (child.text ?? '') : '\n';
  });
  return text;
}

export function setFigureAttr(editor: Editor, pos: number, name: 'alt' | 'credit', value: string): void {
  const node = editor.state.doc.nodeAt(pos);
  if (!node || node.type.name !== nodeNames.figure || node.attrs[name] === value) return;
  editor.view.dispatch(editor.state.tr.setNodeAttribute(pos, name, value));
}

/** Position in `parent` (content starting at `start`) where text offset `offset` falls. */
function positionAt(parent: PMNode, start: number, offset: number): number {
  let seen = 0;
  let pos = start;
  for (let i = 0; i < parent.childCount; i++) {
    const child = parent.child(i);
    // A line break (or any other leaf) counts as the one newline captionText shows for it.
    const length = child.isText ? (child.text ?? '').length : 1;
    if (seen + length >= offset && child.isText) return pos + (offset - seen);
    if (!child.isText && seen + length > offset) return pos;
    seen += length;
    pos += child.nodeSize;
  }
  return pos;
}

/**
 * Replaces the caption's text with `text`, touching only the part that differs, so bold,
 * links and the cursor elsewhere in the caption survive typing in the panel.
 */
export function setFigureCaption(editor: Editor, pos: number, text: string): void {
  const figure = editor.state.doc.nodeAt(pos);
  const caption = figure?.firstChild;
  if (!figure || figure.type.name !== nodeNames.figure || !caption) return;
  const old = captionText(caption);
  if (old === text) return;
  let prefix = 0;
  while (prefix < old.length && prefix < text.length && old[prefix] === text[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < old.length - prefix &&
    suffix < text.length - prefix &&
    old[old.length - 1 - suffix] === text[text.length - 1 - suffix]
  ) {
    suffix++;
  }
  const start = pos + 2; // inside the figure, inside the figcaption
  const from = positionAt(caption, start, prefix);
  const to = positionAt(caption, start, old.length - suffix);
  // A caption is one paragraph: Enter typed in the panel becomes a space, not a raw newline.
  const inserted = text.slice(prefix, text.length - suffix).replace(/\n/g, ' ');
  const tr = editor.state.tr;
  if (inserted) tr.insertText(inserted, from, to);
  else tr.delete(from, to);
  editor.view.dispatch(tr);
}

/** Selects the figure and brings it to the middle of the editor's view. */
export function revealFigure(editor: Editor, pos: number): void {
  const node = editor.state.doc.nodeAt(pos);
  if (!node || node.type.name !== nodeNames.figure) return;
  editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, pos)));
  const dom = editor.view.nodeDOM(pos);
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'center', behavior: 'smooth' });
  editor.view.focus();
}

/** Puts an imported photo into a figure that was waiting for one (an imported placeholder). */
export function fillFigureImage(
  editor: Editor,
  pos: number,
  image: { file: string; width: number; height: number },
): void {
  const node = editor.state.doc.nodeAt(pos);
  if (!node || node.type.name !== nodeNames.figure) return;
  const tr = editor.state.tr.setNodeMarkup(pos, undefined, {
    ...node.attrs,
    src: image.file,
    width: image.width,
    height: image.height,
  });
  editor.view.dispatch(tr);
}
