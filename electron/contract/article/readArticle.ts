// THE reader of an article. readArticle(doc) turns a Y.Doc into one typed Article, once per
// change of the document; readContent(json) does the same for content that is already JSON
// (article.json, the editor's document). Services, renderer, checks, export, search and
// merge all ask here instead of walking the document themselves.
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { ARTICLE_FRAGMENT, nodeNames } from './articleNames';
import { asItStands } from './asItStands';
import { countsOfParts, oneLine, plainTextOf, textParts, type ArticleCounts, type TextPart } from './articleText';
import { parseArticleMeta, type ArticleMeta } from './articleMeta';
import { readMetaRecord } from './metaStore';
import { pendingSuggestions, type PendingSuggestion } from './pendingSuggestions';
import type { PmNode } from './pmJson';
import type { ArticleFigure } from './articleSchema';
import { focalPointOf } from './focalCrop';

export type { ArticleFigure };

/** What the content says, as it stands. */
export interface ArticleContent {
  /** The document as it stands (PM JSON): pending insertions and anchors out. */
  content: PmNode;
  /** Every text block, as it stands, in reading order. */
  parts: TextPart[];
  headline: string;
  sapo: string;
  byline: string;
  figures: ArticleFigure[];
  /** Plain text: blocks trimmed, blank lines between (made when first asked for). */
  readonly text: string;
  /** Words over every block; characters of every block's text (no separators). */
  counts: ArticleCounts;
}

export interface Article extends ArticleContent {
  meta: ArticleMeta;
  /** Every meta key as plain data (article.json's `meta`). */
  metaRecord: Record<string, unknown>;
  /** The document as stored: pending suggestions and review marks included. */
  stored: PmNode;
  /** Suggestions not yet accepted or rejected, one per id, in document order. */
  suggestions: PendingSuggestion[];
}

function sizeOf(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n > 0 ? n : null;
}

function figuresOf(content: PmNode, parts: readonly TextPart[]): ArticleFigure[] {
  const captions = new Map(parts.filter((p) => p.kind === 'caption').map((p) => [p.path[0], p.text]));
  const figures: ArticleFigure[] = [];
  (content.content ?? []).forEach((block, index) => {
    if (block.type !== nodeNames.figure) return;
    const attrs = block.attrs ?? {};
    const focal = focalPointOf(attrs);
    figures.push({
      block: index,
      src: typeof attrs.src === 'string' && attrs.src ? attrs.src : null,
      alt: typeof attrs.alt === 'string' ? attrs.alt : '',
      credit: typeof attrs.credit === 'string' ? attrs.credit : '',
      caption: captions.get(index) ?? '',
      width: sizeOf(attrs.width),
      height: sizeOf(attrs.height),
      ...(focal ? { focal } : {}),
    });
  });
  return figures;
}

const firstOf = (parts: readonly TextPart[], kind: TextPart['kind']) => parts.find((p) => p.kind === kind)?.text ?? '';

const readContents = new WeakMap<PmNode, ArticleContent>();

/** The article's content from PM JSON (as stored or already as it stands). */
export function readContent(json: PmNode): ArticleContent {
  const known = readContents.get(json);
  if (known) return known;
  const content = asItStands(json);
  const parts = textParts(content, 'standing');
  let text: string | undefined;
  const result: ArticleContent = {
    content,
    parts,
    headline: oneLine(firstOf(parts, 'headline')),
    sapo: firstOf(parts, 'sapo').trim(),
    byline: firstOf(parts, 'byline').trim(),
    figures: figuresOf(content, parts),
    get text() {
      return (text ??= plainTextOf(parts));
    },
    counts: countsOfParts(parts),
  };
  readContents.set(json, result);
  return result;
}

/** The stored document of a Y.Doc as PM JSON, exactly as the editor's binding reads it. */
export function storedContent(doc: Y.Doc): PmNode {
  return yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(ARTICLE_FRAGMENT)) as PmNode;
}

// Held weakly: the same change is read once by everyone who asks for it now, but a long
// article's reading is not kept alive after they are done with it.
interface Reading {
  article?: WeakRef<Article>;
}
const readings = new WeakMap<Y.Doc, Reading>();

/**
 * The reading of `doc`, forgotten on every change. Made apart from readArticle: a listener
 * created inside it would share its scope and keep the first reading (a whole copy of the
 * article) alive for as long as the document lives.
 */
function readingOf(doc: Y.Doc): Reading {
  const known = readings.get(doc);
  if (known) return known;
  const fresh: Reading = {};
  readings.set(doc, fresh);
  doc.on('update', () => {
    fresh.article = undefined;
  });
  return fresh;
}

/** The typed article of a Y.Doc; read again only after the document changed. */
export function readArticle(doc: Y.Doc): Article {
  const reading = readingOf(doc);
  const known = reading.article?.deref();
  if (known) return known;
  // Inside a transaction the document may still change before 'update' fires: no caching.
  const inTransaction = (doc as unknown as { _transaction: unknown })._transaction !== null;
  const stored = storedContent(doc);
  const metaRecord = readMetaRecord(doc);
  const read = readContent(stored);
  const article: Article = {
    content: read.content,
    parts: read.parts,
    headline: read.headline,
    sapo: read.sapo,
    byline: read.byline,
    figures: read.figures,
    get text() {
      return read.text;
    },
    counts: read.counts,
    stored,
    suggestions: pendingSuggestions(stored),
    metaRecord,
    meta: parseArticleMeta(metaRecord),
  };
  if (!inTransaction) reading.article = new WeakRef(article);
  return article;
}

/**
 * Every figure of the stored document, proposed ones included, captions as proposed: what a
 * check of the project's files must cover (a figure still under review needs its photo too).
 */
export function proposedFigures(article: Article): ArticleFigure[] {
  return figuresOf(article.stored, textParts(article.stored, 'proposed'));
}
