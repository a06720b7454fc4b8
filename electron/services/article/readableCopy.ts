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
import { ReadableReviewSchema, contentWithInsertions, restoreComments, readableReview } from '../review/readableReview';
import { writeJsonToFragment } from './writeContentToFragment';
import { reanchorComments } from './reanchorComments';

export const READABLE_COPY_FORMAT = 'soan-article';

const ReadableCopySchema = z.object({
  format: z.literal(READABLE_COPY_FORMAT),
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
  review: ReadableReviewSchema.optional().catch(undefined),
});
export type ReadableCopy = z.infer<typeof ReadableCopySchema>;

export function readableCopyOf(doc: Y.Doc, context: { slug: string; updatedAt: string }): ReadableCopy {
  const article = readArticle(doc);
  const { meta, stored } = article;
  return {
    format: READABLE_COPY_FORMAT,
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
    review: readableReview(doc, stored) as unknown as ReadableCopy['review'],
  };
}

/** Parser for article.json that also insists it belongs to this article. */
export function parseReadableCopyOf(id: string): (bytes: Buffer) => ReadableCopy {
  const parse = parseJsonWith(ReadableCopySchema);
  return (bytes) => {
    const readable = parse(bytes);
    if (readable.id !== id) throw new Error(`article.json belongs to ${readable.id}, not ${id}`);
    return readable;
  };
}

/** A fresh Yjs document with the readable's content and metadata (new edit history). */
export function docFromReadableCopy(readable: ReadableCopy): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const meta = metaMap(doc);
    for (const [key, value] of Object.entries(readable.meta)) writeMetaValue(doc, key, value);
    meta.set(metaKeys.id, readable.id);
    if (typeof readable.meta[metaKeys.createdAt] !== 'string') meta.set(metaKeys.createdAt, readable.createdAt);
    if (!Array.isArray(readable.meta[metaKeys.authors])) writeMetaValue(doc, metaKeys.authors, readable.authors);
    writeJsonToFragment(contentWithInsertions(readable.content as PmNode, readable.review), articleFragment(doc));
    restoreComments(doc, readable.review);
    reanchorComments(doc);
  });
  return doc;
}
