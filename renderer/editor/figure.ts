// A figure: an image from the article's media folder (src = its file name there) with alt
// text, credit, natural size and a caption under it. Shown by FigureView.
import { Node, mergeAttributes } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { nodeNames } from '../../electron/contract/article/articleNames';
import { focalPointOf } from '../../electron/contract/article/focalCrop';
import { FigureView } from './FigureView';
import { bodyInsertPosition } from './bodyInsertPosition';

export interface FigureOptions {
  /** URL to show a media file of the open article (the platform layer knows how). */
  mediaUrl: (file: string) => string;
}

export interface FigureAttrs {
  src: string;
  alt?: string;
  credit?: string;
  width?: number | null;
  height?: number | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts a figure after the current body block and puts the cursor in its caption. */
      insertFigure: (attrs: FigureAttrs) => ReturnType;
    };
  }
}

const numberOrNull = (value: string | null) => {
  const n = value === null ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : null;
};

/** The focal point copied with a figure (data-focal-x/y), checked by the contract's one rule. */
const focalAttrs = (img: Element) => {
  const focal = focalPointOf({ focalX: img.getAttribute('data-focal-x'), focalY: img.getAttribute('data-focal-y') });
  return focal ? { focalX: focal.x, focalY: focal.y } : {};
};

export const Figure = Node.create<FigureOptions>({
  name: nodeNames.figure,
  group: 'block',
  content: nodeNames.figcaption,
  draggable: true,
  isolating: true,

  addOptions() {
    return { mediaUrl: (file: string) => file };
  },

  addAttributes() {
    return {
      src: { default: null },
      alt: { default: '' },
      credit: { default: '' },
      width: { default: null },
      height: { default: null },
      // The spot that must stay in view when the photo is cropped (contract/article/focalCrop.ts).
      focalX: { default: null },
      focalY: { default: null },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure[data-soan-figure]',
        getAttrs: (element) => {
          const img = (element as HTMLElement).querySelector('img');
          const src = img?.getAttribute('data-file');
          if (!img || !src) return false;
          return {
            src,
            alt: img.getAttribute('alt') ?? '',
            credit: (element as HTMLElement).getAttribute('data-credit') ?? '',
            width: numberOrNull(img.getAttribute('width')),
            height: numberOrNull(img.getAttribute('height')),
            ...focalAttrs(img),
          };
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { src, alt, credit, width, height, focalX, focalY } = node.attrs;
    // Copy/paste keeps the media file name, never a URL: the file only exists in this article.
    return [
      'figure',
      mergeAttributes({ 'data-soan-figure': '', 'data-credit': credit || null }, { class: HTMLAttributes.class }),
      ['img', { 'data-file': src, alt, width, height, 'data-focal-x': focalX, 'data-focal-y': focalY }],
      ['div', { class: 'soan-figure-caption' }, 0],
    ];
  },

  addNodeView() {
    return (props) => new FigureView(props);
  },

  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ state, tr, dispatch }) => {
          const caption = state.schema.nodes[nodeNames.figcaption].create();
          const figure = this.type.create(
            { src: attrs.src, alt: attrs.alt ?? '', credit: attrs.credit ?? '', width: attrs.width ?? null, height: attrs.height ?? null },
            caption,
          );
          const target = bodyInsertPosition(state);
          if (!dispatch) return true;
          if (target.replaceEmpty) {
            tr.replaceWith(target.pos, target.pos + target.replaceEmpty, figure);
          } else {
            tr.insert(target.pos, figure);
          }
          // Cursor into the caption: figure start + 1 (figure) + 1 (figcaption).
          tr.setSelection(TextSelection.create(tr.doc, target.pos + 2)).scrollIntoView();
          return true;
        },
    };
  },
});
