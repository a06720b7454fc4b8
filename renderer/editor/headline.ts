// The headline: plain text only (no marks, no line breaks), rendered as the page's <h1>.
import { Node, mergeAttributes } from '@tiptap/core';
import { nodeNames } from '../../electron/contract/articleSchema';

export const Headline = Node.create({
  name: nodeNames.headline,
  content: 'text*',
  marks: '',
  defining: true,
  // Only our own <h1> becomes the headline; a pasted <h1> is turned into a body heading.
  parseHTML: () => [{ tag: 'h1.soan-headline', priority: 60 }],
  renderHTML: ({ HTMLAttributes }) => [
    'h1',
    mergeAttributes(HTMLAttributes, { class: 'headline soan-headline' }),
    0,
  ],
});
