// article.json: the article readable without Soạn, rewritten on every save. It is also the
// last resort when article.ydoc (and its backup) are damaged.
import * as Y from 'yjs';
import { z } from 'zod';
import { articleStatuses, metaKeys } from '../../contract/articleSchema';
import { parseJsonWith } from '../fs/durableJsonAdapter';
import { articleFragment, metaMap } from './articleYDoc';
import { readArticle } from '../../contract/article/readArticle';
import { writeMetaValue } from '../../contract/article/metaStore';
import { PmNodeSchema, type PmNode } from '../../contract/article/pmJson';
import { ReviewRenditionSchema, contentWithInsertions, restoreComments, reviewRendition } from '../review/reviewRendition';
import { writeJsonToFragment } from './writeContentToFragment';
import { reanchorComments } from './reanchorComments';

export const RENDITION_FORMAT = 'soan-article';

const RenditionSchema = z.object({
  format: z.literal(RENDITION_FORMAT),
  version: z.literal(1),
  id: z.string(),
  slug: z.string(),
  headline: z.string(),
  status: z.enum(articleStatuses).catch('draft'),
  authors: z.array(z.string()),
  wordCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  meta: z.record(z.string(), z.unknown()),
  content: PmNodeSchema.refine((node) => node.type === 'doc', 'content is not a document'),
  text: z.string(),
  /** Comments and pending suggestions; absent in article.json written before review existed. */
  review: ReviewRenditionSchema.optional().catch(undefined),
});
export type ArticleRendition = z.infer<typeof RenditionSchema>;

export function renditionOf(doc: Y.Doc, context: { slug: string; updatedAt: string }): ArticleRendition {
  const article = readArticle(doc);
  const { meta, stored } = article;
  return {
    format: RENDITION_FORMAT,
    version: 1,
    id: meta.id,
    slug: context.slug,
    headline: article.headline,
    status: meta.status,
    authors: meta.authors,
    wordCount: article.counts.words,
    createdAt: meta.createdAt,
    updatedAt: context.updatedAt,
    meta: article.metaRecord,
    content: article.content,
    text: article.text,
    // Written in full; read back leniently (the schema keeps whatever shape is on disk).
    review: reviewRendition(doc, stored) as unknown as ArticleRendition['review'],
  };
}

/** Parser for article.json that also insists it belongs to this article. */
export function parseRenditionOf(id: string): (bytes: Buffer) => ArticleRendition {
  const parse = parseJsonWith(RenditionSchema);
  return (bytes) => {
    const rendition = parse(bytes);
    if (rendition.id !== id) throw new Error(`article.json belongs to ${rendition.id}, not ${id}`);
    return rendition;
  };
}

/** A fresh Yjs document with the rendition's content and metadata (new edit history). */
export function docFromRendition(rendition: ArticleRendition): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const meta = metaMap(doc);
    for (const [key, value] of Object.entries(rendition.meta)) writeMetaValue(doc, key, value);
    meta.set(metaKeys.id, rendition.id);
    if (typeof rendition.meta[metaKeys.createdAt] !== 'string') meta.set(metaKeys.createdAt, rendition.createdAt);
    if (!Array.isArray(rendition.meta[metaKeys.authors])) writeMetaValue(doc, metaKeys.authors, rendition.authors);
    writeJsonToFragment(contentWithInsertions(rendition.content as PmNode, rendition.review), articleFragment(doc));
    restoreComments(doc, rendition.review);
    reanchorComments(doc);
  });
  return doc;
}
