// schema.org NewsArticle as JSON-LD: the one script element an exported page carries, a data
// block the browser never runs. Escaped so that no text in it can close the element.
import { countWords } from '../../contract/text/wordCount';
import { readArticleDoc } from '../../contract/article/articleContent';
import { bodyTextOf } from '../../contract/article/articleText';
import type { ExportArticle } from './exportModel';

export interface JsonLdContext {
  description: string;
  /** Image URLs, absolute when the package's public address is known. */
  images: string[];
  siteName: string;
  url?: string;
}

export function bodyWordCount(article: ExportArticle): number {
  return countWords(bodyTextOf(readArticleDoc(article.doc).parts));
}

export function newsArticleJsonLd(article: ExportArticle, ctx: JsonLdContext): Record<string, unknown> {
  const read = readArticleDoc(article.doc);
  const bylineText = read.byline.replace(/\s+/g, ' ').trim();
  const keywords = [article.topic, ...article.tags].filter(Boolean);
  const corrections = article.meta.corrections
    .filter((c) => c.kind !== 'update')
    .map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.at }));
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: read.headline,
    // The desk's SEO title, when it wrote one that differs from the headline.
    alternativeHeadline: article.meta.seoTitle && article.meta.seoTitle !== read.headline ? article.meta.seoTitle : undefined,
    description: ctx.description || undefined,
    inLanguage: article.language,
    dateCreated: article.createdAt,
    // The desk's scheduled publish time, when it set one.
    datePublished: article.meta.publishAt,
    dateModified: article.updatedAt,
    author: bylineText ? [{ '@type': 'Person', name: bylineText }] : undefined,
    publisher: ctx.siteName ? { '@type': 'Organization', name: ctx.siteName } : undefined,
    articleSection: article.section ?? article.topic,
    keywords: keywords.length ? keywords.join(', ') : undefined,
    image: ctx.images.length ? ctx.images : undefined,
    wordCount: bodyWordCount(article),
    url: ctx.url,
    mainEntityOfPage: ctx.url,
    // schema.org's correction notices (updates are told by dateModified).
    correction: corrections.length ? corrections : undefined,
  };
  // JSON.stringify drops undefined: keys appear in this fixed order or not at all.
  return data;
}

/** JSON for inside `<script type="application/ld+json">`: `<`, `>`, `&` and line separators escaped. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
