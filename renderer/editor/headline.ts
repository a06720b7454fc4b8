// The headline: plain text (no formatting, no line breaks; only suggestion marks), rendered as the page's <h1>.
import { Node, mergeAttributes } from '@tiptap/core';
import { nodeNames } from '../../electron/contract/article/articleNames';
import { SuggestionMarks } from '../review/suggestions/suggestionMarks';

export const Headline = Node.create({
  name: nodeNames.headline,
  content: 'text*',
  marks: 'insertion deletion modification', // suggestions only: no bold or links here
  defining: true,
  // The suggestion marks (insertion, deletion, modification) come with the headline, which
  // every article schema has: the headline and byline name them, so no schema can lack them.
  addExtensions: () => SuggestionMarks,
  // Only our own <h1> becomes the headline; a pasted <h1> is turned into a body heading.
  parseHTML: () => [{ tag: 'h1.soan-headline', priority: 60 }],
  renderHTML: ({ HTMLAttributes }) => [
    'h1',
    mergeAttributes(HTMLAttributes, { class: 'headline soan-headline' }),
    0,
  ],
});
