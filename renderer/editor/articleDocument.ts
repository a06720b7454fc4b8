// The article is one document: headline, sapo (lead), the body, and an optional byline
// last. Keeping it one schema lets every later tool (comments, spelling, house style) work
// the same on every piece of furniture.
import { Node } from '@tiptap/core';
import { nodeNames } from '../../electron/contract/article/articleNames';

const { headline, sapo, byline } = nodeNames;

export const ArticleDocument = Node.create({
  name: nodeNames.doc,
  topNode: true,
  // Means `headline sapo block+ byline?`, written so that after a body block ProseMirror
  // offers body blocks before the byline: Enter, typing at a gap cursor and paste pick the
  // first type offered, and with the plain form that was the byline (ProseMirror orders
  // the alternatives by the states of its automaton, last-compiled first).
  content: `${headline} ${sapo} (block+ ${byline} | block+)`,
  // Whole pasted or deleted paragraphs in suggest mode: the suggestion engine marks the
  // paragraph node for a moment, and suggestMode moves that mark onto its text before the
  // edit lands (y-tiptap keeps marks on text only).
  marks: 'insertion deletion modification',
});
