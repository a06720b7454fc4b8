// The caption of a figure, edited in place right under the image.
import { Node, mergeAttributes } from '@tiptap/core';
import { nodeNames } from '../../electron/contract/article/articleNames';

export const Figcaption = Node.create({
  name: nodeNames.figcaption,
  content: 'inline*',
  // The caption belongs to its image: Backspace at its start must not merge it elsewhere.
  isolating: true,
  defining: true,
  // Only inside one of our figures: a caption pasted from a web page without its image
  // stays plain text rather than inventing a figure with no picture.
  parseHTML: () => [{ tag: 'figcaption', context: `${nodeNames.figure}/` }],
  renderHTML: ({ HTMLAttributes }) => [
    'figcaption',
    mergeAttributes(HTMLAttributes, { class: 'soan-figcaption' }),
    0,
  ],
});
