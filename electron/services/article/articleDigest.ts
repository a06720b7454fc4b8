// What the library remembers of an article beyond its summary, taken from its readable
// readable (article.json's content and meta) on every save: the furniture the vocabulary
// offers (byline, tags, topic, section) and the text the search index reads.
import type { BylineAuthor } from '../../contract/articleSchema';
import type * as Y from 'yjs';
import type { SearchDocument } from '../language/searchIndex';
import { parseArticleMeta } from '../../contract/article/articleMeta';
import { readArticle, readContent } from '../../contract/article/readArticle';
import type { PmNode } from '../../contract/article/pmJson';

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

/** The parts of article.json the digest reads (an ReadableCopy fits). */
export interface ReadableCopyLike {
  id: string;
  headline: string;
  authors: string[];
  meta: Record<string, unknown>;
  content: PmNode;
}

export function digestOf(readable: ReadableCopyLike): ArticleDigest {
  const meta = parseArticleMeta(readable.meta);
  const furniture: ArticleFurniture = {
    ...(meta.topic ? { topic: meta.topic } : {}),
    ...(meta.section ? { section: meta.section } : {}),
    tags: meta.tags,
    byline: meta.byline,
  };
  const { parts, figures } = readContent(readable.content);
  const texts = (kind: string) => parts.filter((p) => p.kind === kind).map((p) => p.text);
  const body = parts.filter((p) => p.kind === 'body' || p.kind === 'heading').map((p) => p.text);
  const captions = [...texts('caption'), ...figures.map((f) => f.credit)];
  const people = furniture.byline.flatMap((a) => [a.name, a.role]).filter((s): s is string => !!s);
  return {
    furniture,
    search: {
      id: readable.id,
      headline: readable.headline,
      sapo: texts('sapo')[0] ?? '',
      body: body.filter((t) => t.trim()).join('\n'),
      captions: captions.filter((t) => t.trim()),
      tags: [...furniture.tags, ...(furniture.topic ? [furniture.topic] : []), ...(furniture.section ? [furniture.section] : [])],
      authors: [...new Set([...readable.authors, ...people, ...texts('byline')].filter((t) => t.trim()))],
    },
  };
}

/** The furniture of a document not yet saved (a new project: create, duplicate, import). */
export function furnitureOfDoc(doc: Y.Doc): ArticleFurniture {
  const article = readArticle(doc);
  return digestOf({ id: article.meta.id, headline: article.headline, authors: [], meta: article.metaRecord, content: article.content }).furniture;
}
