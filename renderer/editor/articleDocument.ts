// The article is one document: headline, sapo (lead), the body, and an optional byline
// last. Keeping it one schema lets every later tool (comments, spelling, house style) work
// the same on every piece of furniture.
import { Node } from '@tiptap/core';
import { nodeNames } from '../../electron/contract/articleSchema';

export const ArticleDocument = Node.create({
  name: nodeNames.doc,
  topNode: true,
  content: `${nodeNames.headline} ${nodeNames.sapo} block+ ${nodeNames.byline}?`,
});
