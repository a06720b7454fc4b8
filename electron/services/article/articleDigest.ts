// What the library remembers of an article beyond its summary, taken from its readable
// rendition (article.json's content and meta) on every save: the furniture the vocabulary
// offers (byline, tags, topic, section) and the text the search index reads.
import { metaKeys } from '../../contract/articleSchema';
import type { BylineAuthor } from '../../contract/articleSchema';
import type * as Y from 'yjs';
import type { SearchDocument } from '../language/searchIndex';
import { metaMap, readHeadline, readMeta } from './articleDocument';
import { contentAsItStands } from './articleRendition';
import type { PmNode } from './yjsJson';

export interface ArticleFurniture {
  topic?: string;
  section?: string;
  tags: string[];
  byline: BylineAuthor[];
}

export interface ArticleDigest {
  furniture: ArticleFurniture;
  search: SearchDocument;
}

/** The parts of article.json the digest reads (an ArticleRendition fits). */
export interface RenditionLike {
  id: string;
  headline: string;
  authors: string[];
  meta: Record<string, unknown>;
  content: PmNode;
}

const MAX_TEXT = 200;

function cleanString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
  return text || undefined;
}

function cleanStrings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.map(cleanString).filter((s): s is string => !!s))];
}

function cleanByline(value: unknown): BylineAuthor[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): BylineAuthor[] => {
    if (typeof item !== 'object' || item === null) return [];
    const name = cleanString((item as BylineAuthor).name);
    const role = cleanString((item as BylineAuthor).role);
    return name || role ? [{ ...(name ? { name } : {}), ...(role ? { role } : {}) }] : [];
  });
}

function inlineText(node: PmNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(inlineText).join('');
}

/** Text blocks under a container, each as one string (lists, quotes: their paragraphs). */
function blockTexts(node: PmNode): string[] {
  const children = node.content ?? [];
  if (children.every((c) => c.type === 'text' || c.type === 'hardBreak')) return [inlineText(node)];
  return children.flatMap(blockTexts);
}

export function digestOf(rendition: RenditionLike): ArticleDigest {
  const { meta } = rendition;
  const furniture: ArticleFurniture = {
    ...(cleanString(meta[metaKeys.topic]) ? { topic: cleanString(meta[metaKeys.topic]) } : {}),
    ...(cleanString(meta[metaKeys.section]) ? { section: cleanString(meta[metaKeys.section]) } : {}),
    tags: cleanStrings(meta[metaKeys.tags]),
    byline: cleanByline(meta[metaKeys.byline]),
  };
  let sapo = '';
  const body: string[] = [];
  const captions: string[] = [];
  const bylineText: string[] = [];
  for (const block of rendition.content.content ?? []) {
    if (block.type === 'headline') continue;
    if (block.type === 'sapo') sapo = inlineText(block);
    else if (block.type === 'figure') captions.push(...(block.content ?? []).map(inlineText), String(block.attrs?.credit ?? ''));
    else if (block.type === 'byline') bylineText.push(inlineText(block));
    else body.push(...blockTexts(block));
  }
  const people = furniture.byline.flatMap((a) => [a.name, a.role]).filter((s): s is string => !!s);
  return {
    furniture,
    search: {
      id: rendition.id,
      headline: rendition.headline,
      sapo,
      body: body.filter((t) => t.trim()).join('\n'),
      captions: captions.filter((t) => t.trim()),
      tags: [...furniture.tags, ...(furniture.topic ? [furniture.topic] : []), ...(furniture.section ? [furniture.section] : [])],
      authors: [...new Set([...rendition.authors, ...people, ...bylineText].filter((t) => t.trim()))],
    },
  };
}

/** The furniture of a document not yet saved (a new project: create, duplicate, import). */
export function furnitureOfDoc(doc: Y.Doc): ArticleFurniture {
  return digestOf({
    id: readMeta(doc).id,
    headline: readHeadline(doc),
    authors: [],
    meta: metaMap(doc).toJSON(),
    content: contentAsItStands(doc),
  }).furniture;
}
