// Live figures for the status bar and the side panel, with the newsroom's word count
// (space-separated syllables, see contract text/wordCount.ts). Cached per document
// version, since the toolbar and panel ask on every transaction.
import type { Node as PMNode } from '@tiptap/pm/model';
import { nodeNames } from '../../electron/contract/articleSchema';
import { countCharacters, countWords } from '../../electron/contract/text/wordCount';
import { standingText } from './standingText';

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
  let characters = 0;
  let figures = 0;
  doc.descendants((node) => {
    if (node.type.name === nodeNames.figure) figures++;
    if (node.isTextblock) {
      characters += countCharacters(standingText(node));
      return false;
    }
    return true;
  });
  const stats: ArticleStats = {
    words: countWords(standingText(doc)),
    characters,
    figures,
    headline: doc.firstChild?.type.name === nodeNames.headline ? standingText(doc.firstChild) : '',
  };
  cache.set(doc, stats);
  return stats;
}
