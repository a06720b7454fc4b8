// Live figures for the status bar and the side panel, with the newsroom's word count
// (space-separated syllables, see contract text/wordCount.ts), read from the article as it
// stands by the one article reader. Cached per document version, since the toolbar and
// panel ask on every transaction.
import type { Node as PMNode } from '@tiptap/pm/model';
import { editorArticle } from './editorArticle';

export interface ArticleStats {
  words: number;
  characters: number;
  figures: number;
  headline: string;
}

const cache = new WeakMap<PMNode, ArticleStats>();

export function articleStats(doc: PMNode): ArticleStats {
  const known = cache.get(doc);
  if (known) return known;
  const article = editorArticle(doc);
  const stats: ArticleStats = {
    words: article.counts.words,
    characters: article.counts.characters,
    figures: article.figures.length,
    headline: article.headline,
  };
  cache.set(doc, stats);
  return stats;
}
