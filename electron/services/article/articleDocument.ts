// The article as a Yjs document: a ProseMirror fragment (headline sapo block+ byline?) and a
// meta map. Everything services need to read from it or write into it lives here.
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT, META_MAP, metaKeys, nodeNames, articleStatuses } from '../../contract/articleSchema';
import type { ArticleStatus } from '../../contract/articleSchema';
import { countWords } from '../../contract/text/wordCount';
import { isPendingInsertion } from '../review/reviewCounts';
import { withoutAnchors } from '../review/articleAsItStands';

export interface ArticleMeta {
  id: string;
  createdAt: string;
  status: ArticleStatus;
  authors: string[];
  language: string;
}

export function articleFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(ARTICLE_FRAGMENT);
}

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(META_MAP);
}

function textElement(name: string, text = ''): Y.XmlElement {
  const element = new Y.XmlElement(name);
  if (text) element.insert(0, [new Y.XmlText(text.normalize('NFC'))]);
  return element;
}

export function createArticleDoc(options: {
  id: string;
  createdAt: string;
  author?: string;
  headline?: string;
}): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set(metaKeys.id, options.id);
    meta.set(metaKeys.createdAt, options.createdAt);
    meta.set(metaKeys.status, 'draft');
    meta.set(metaKeys.authors, options.author ? [options.author.normalize('NFC')] : []);
    meta.set(metaKeys.language, 'vi');
    articleFragment(doc).insert(0, [
      textElement(nodeNames.headline, options.headline ?? ''),
      textElement(nodeNames.sapo),
      textElement(nodeNames.paragraph),
    ]);
  });
  return doc;
}

export function readMeta(doc: Y.Doc): ArticleMeta {
  const meta = metaMap(doc);
  const authors = meta.get(metaKeys.authors);
  const status = meta.get(metaKeys.status);
  const language = meta.get(metaKeys.language);
  const createdAt = meta.get(metaKeys.createdAt);
  const id = meta.get(metaKeys.id);
  return {
    id: typeof id === 'string' ? id : '',
    createdAt: typeof createdAt === 'string' ? createdAt : '',
    status: (articleStatuses as readonly unknown[]).includes(status) ? (status as ArticleStatus) : 'draft',
    authors: Array.isArray(authors) ? authors.filter((a): a is string => typeof a === 'string') : [],
    language: typeof language === 'string' ? language : 'vi',
  };
}

/** Authors are kept in order of first edit. */
export function ensureAuthor(doc: Y.Doc, name: string): void {
  const author = name.normalize('NFC');
  const { authors } = readMeta(doc);
  if (!author || authors.includes(author)) return;
  metaMap(doc).set(metaKeys.authors, [...authors, author]);
}

// ---------------------------------------------------------------- plain text

/** The text as it stands: pending insertions are not (yet) the article's, anchors never are. */
function textOf(text: Y.XmlText): string {
  return (text.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>)
    .map((op) => (typeof op.insert === 'string' && !isPendingInsertion(op.attributes) ? withoutAnchors(op.insert) : ''))
    .join('');
}

/** A text block holds text (or nothing); a container holds only other blocks. */
function isTextBlock(element: Y.XmlElement): boolean {
  const children = element.toArray();
  return (
    children.length === 0 ||
    children.some((c) => c instanceof Y.XmlText || (c instanceof Y.XmlElement && c.nodeName === nodeNames.hardBreak))
  );
}

function blockText(element: Y.XmlElement): string {
  return element
    .toArray()
    .map((child) => {
      if (child instanceof Y.XmlText) return textOf(child);
      if (child instanceof Y.XmlElement && child.nodeName === nodeNames.hardBreak) return '\n';
      return '';
    })
    .join('');
}

function collectBlocks(parent: Y.XmlFragment | Y.XmlElement, out: Array<{ node: string; text: string }>): void {
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (isPendingInsertion(child.getAttributes() as Record<string, unknown>)) continue; // a proposed block
    if (isTextBlock(child)) out.push({ node: child.nodeName, text: blockText(child) });
    else collectBlocks(child, out);
  }
}

/** Text blocks in reading order: headline, sapo, body paragraphs, captions, byline. */
export function textBlocks(doc: Y.Doc): Array<{ node: string; text: string }> {
  const blocks: Array<{ node: string; text: string }> = [];
  collectBlocks(articleFragment(doc), blocks);
  return blocks;
}

/** The article as plain text, one block per paragraph (figure alt texts are not reading text). */
export function plainText(doc: Y.Doc): string {
  return textBlocks(doc)
    .map((b) => b.text.trim())
    .filter(Boolean)
    .join('\n\n');
}

export function wordCountOf(doc: Y.Doc): number {
  return countWords(plainText(doc));
}

function headlineElement(doc: Y.Doc): Y.XmlElement | undefined {
  return articleFragment(doc)
    .toArray()
    .find((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === nodeNames.headline);
}

export function readHeadline(doc: Y.Doc): string {
  const headline = headlineElement(doc);
  return headline ? blockText(headline).replace(/\s+/g, ' ').trim() : '';
}

/** Replace the headline's text (rename). Adds a headline first if the document lacks one. */
export function setHeadline(doc: Y.Doc, text: string): void {
  const value = text.replace(/\s+/g, ' ').trim().normalize('NFC');
  doc.transact(() => {
    let headline = headlineElement(doc);
    if (!headline) {
      headline = new Y.XmlElement(nodeNames.headline);
      articleFragment(doc).insert(0, [headline]);
    }
    if (headline.length) headline.delete(0, headline.length);
    if (value) headline.insert(0, [new Y.XmlText(value)]);
  });
}

/**
 * A new article holding everything the source holds — content, metadata, comments and
 * pending suggestions — under its own id (duplicate; an article restored from the trash
 * whose id is taken). The whole Yjs state is copied so comment anchors still find their words.
 */
export function copyArticleDoc(source: Y.Doc, options: { id: string; createdAt: string }): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(source));
  copy.transact(() => {
    const meta = metaMap(copy);
    meta.set(metaKeys.id, options.id);
    meta.set(metaKeys.createdAt, options.createdAt);
  });
  return copy;
}
