// The exported page's <head>: charset, CSP, viewport, title, description, Open Graph and
// article tags, the JSON-LD data block and the inlined stylesheet.
import { createHash } from 'node:crypto';
import { h, rawText } from './htmlTree';
import type { HtmlElement } from './htmlTree';
import type { PageStyle } from './exportResources';

export interface PageHeadInput {
  language: string;
  title: string;
  description: string;
  /** og:title when it differs from the page title (the desk's social headline). */
  socialTitle?: string;
  byline: string;
  siteName: string;
  section?: string;
  tags: string[];
  modifiedAt: string;
  /** The desk's scheduled publish time (ISO 8601), when set. */
  publishedAt?: string;
  /** Absolute URL of the page, when the desk gave the package's public address. */
  url?: string;
  /** Absolute URL of the lead photo (same condition). */
  image?: { url: string; width: number; height: number; alt: string };
  jsonLd: string;
  style: PageStyle;
}

/** Only the page's own images and its one inline stylesheet (by hash); nothing else loads. */
export function contentSecurityPolicy(css: string, hasFonts: boolean): string {
  const styleHash = createHash('sha256').update(css, 'utf8').digest('base64');
  return [
    "default-src 'none'",
    "img-src 'self'",
    `style-src 'sha256-${styleHash}'`,
    hasFonts ? 'font-src data:' : null,
    "base-uri 'none'",
    "form-action 'none'",
  ]
    .filter(Boolean)
    .join('; ');
}

/** Open Graph wants `vi_VN`, not `vi`. */
export function ogLocale(language: string): string {
  const [lang, region] = language.split('-');
  if (region) return `${lang.toLowerCase()}_${region.toUpperCase()}`;
  return lang.toLowerCase() === 'vi' ? 'vi_VN' : lang.toLowerCase();
}

export function pageHead(input: PageHeadInput): HtmlElement {
  const meta = (name: string, content: string) => content && h('meta', { name, content });
  const property = (prop: string, content: string | number | undefined) =>
    content !== undefined && content !== '' && h('meta', { property: prop, content });
  return h(
    'head',
    {},
    h('meta', { charset: 'utf-8' }),
    h('meta', { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(input.style.css, input.style.hasFonts) }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { name: 'referrer', content: 'no-referrer' }),
    h('title', {}, input.title),
    meta('description', input.description),
    meta('author', input.byline),
    input.url && h('link', { rel: 'canonical', href: input.url }),
    property('og:type', 'article'),
    property('og:title', input.socialTitle || input.title),
    property('og:description', input.description),
    property('og:locale', ogLocale(input.language)),
    property('og:site_name', input.siteName),
    property('og:url', input.url),
    input.image && [
      property('og:image', input.image.url),
      property('og:image:width', input.image.width),
      property('og:image:height', input.image.height),
      property('og:image:alt', input.image.alt),
    ],
    property('article:published_time', input.publishedAt),
    property('article:modified_time', input.modifiedAt),
    property('article:section', input.section),
    input.tags.map((tag) => property('article:tag', tag)),
    h('script', { type: 'application/ld+json' }, rawText(input.jsonLd)),
    h('style', {}, rawText(input.style.css)),
  );
}
