// The library filter: every word typed must appear in the headline or an author's name,
// diacritics folded on both sides, so "ha tinh" finds "Hà Tĩnh" and "dang" finds "Đảng".
import { foldDiacritics } from '../../electron/contract/text/slug';
import type { ArticleSummary } from '../../electron/contract/types';

const fold = (text: string) => foldDiacritics(text.normalize('NFC')).toLowerCase();

// Each listing entry is folded once, not on every keystroke of the filter.
const folded = new WeakMap<ArticleSummary, string>();

function haystackOf(article: ArticleSummary): string {
  let haystack = folded.get(article);
  if (haystack === undefined) {
    haystack = fold([article.headline, ...article.authors].join(' '));
    folded.set(article, haystack);
  }
  return haystack;
}

export function filterArticles(articles: ArticleSummary[], query: string): ArticleSummary[] {
  const words = fold(query).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return articles;
  return articles.filter((article) => {
    const haystack = haystackOf(article);
    return words.every((word) => haystack.includes(word));
  });
}

/** Newest change first, whatever order the listing came in. */
export function newestFirst<T extends { updatedAt: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
}
