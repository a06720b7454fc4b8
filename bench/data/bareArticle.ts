// The same article in StarterKit's schema, for the bare editor: the headline becomes an h1,
// the sapo, captions and byline plain paragraphs. The text is the same, character for
// character; the photos are left out (StarterKit has no figure).
import type { JSONContent } from '@tiptap/core';
import type { ArticleDoc, ArticleDocNode } from '../../electron/contract/article/articleContent';

function bareNode(node: ArticleDocNode): JSONContent {
  switch (node.type) {
    case 'headline':
      return { type: 'heading', attrs: { level: 1 }, content: node.content };
    case 'sapo':
    case 'byline':
      return { type: 'paragraph', content: node.content };
    case 'figure':
      return { type: 'paragraph', content: node.content[0].content };
    default:
      return node as JSONContent;
  }
}

export function bareArticle(article: ArticleDoc): JSONContent {
  return { type: 'doc', content: article.content.map(bareNode) };
}
