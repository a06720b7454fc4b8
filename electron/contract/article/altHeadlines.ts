// Alternative headlines and their length rules: the SEO title (the page's <title>) and
// description, the headline and photo shown when the article is shared, and the print
// headline. Each falls back to the article's own (headline, sapo, lead photo) when not
// written. The Publish panel, export pre-flight and the exporter all ask here.
import type { ArticleMeta } from './articleMeta';
import { lengthAgainst } from './lengths';

/** Where search results and share cards cut text off, in characters as a reader counts them. */
export const altHeadlineLimits = {
  seoTitle: 60,
  description: 160,
  socialHeadline: 70,
  printHeadline: 50,
} as const;
export type AltHeadlineKey = keyof typeof altHeadlineLimits;
export const altHeadlineKeys = Object.keys(altHeadlineLimits) as AltHeadlineKey[];

export interface AltHeadlineLength {
  key: AltHeadlineKey;
  length: number;
  limit: number;
}

/** Each alternative the desk wrote that is longer than its rule allows. */
export function altHeadlinesOverLimit(meta: Pick<ArticleMeta, AltHeadlineKey>): AltHeadlineLength[] {
  return altHeadlineKeys.flatMap((key) => {
    const text = meta[key];
    if (!text) return [];
    const { length, over } = lengthAgainst(text, altHeadlineLimits[key]);
    return over ? [{ key, length, limit: altHeadlineLimits[key] }] : [];
  });
}

export interface ChosenHeadlines {
  /** The page's <title>. */
  title: string;
  /** og:title. */
  social: string;
  /** ninjs headlines beyond the main one, by role. */
  alternatives: Array<{ role: 'seo' | 'social' | 'print'; value: string }>;
}

export function chosenHeadlines(headline: string, meta: Pick<ArticleMeta, 'seoTitle' | 'socialHeadline' | 'printHeadline'>): ChosenHeadlines {
  return {
    title: meta.seoTitle || headline,
    social: meta.socialHeadline || headline,
    alternatives: [
      ...(meta.seoTitle ? [{ role: 'seo' as const, value: meta.seoTitle }] : []),
      ...(meta.socialHeadline ? [{ role: 'social' as const, value: meta.socialHeadline }] : []),
      ...(meta.printHeadline ? [{ role: 'print' as const, value: meta.printHeadline }] : []),
    ],
  };
}
