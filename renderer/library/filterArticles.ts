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

/**
 * Folds the listing's headlines and authors a few hundred at a time while the app is idle, so
 * the first filter keystroke does not fold thousands at once. Returns a function that stops.
 */
export function prepareFilter(articles: readonly ArticleSummary[]): () => void {
  let next = 0;
  let handle: number | undefined;
  const step = () => {
    const end = Math.min(articles.length, next + 500);
    for (; next < end; next++) haystackOf(articles[next]!);
    if (next < articles.length) handle = schedule(step);
  };
  handle = schedule(step);
  return () => cancel(handle);
}

const schedule = (run: () => void): number =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : window.setTimeout(run, 50);
const cancel = (handle: number | undefined) => {
  if (handle === undefined) return;
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else clearTimeout(handle);
};

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
