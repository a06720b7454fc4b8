// What the exporter reads: the article as the article store writes it to article.json
// ({ id, slug, status, authors, createdAt, updatedAt, meta, content }, extra fields ignored),
// checked with zod at the boundary and narrowed to what a published package needs.
// Meta keys read (all optional): language, topic, section, tags, related, description.
import { z } from 'zod';
import { ArticleDocSchema } from '../../contract/article/articleContent';
import type { ArticleDoc } from '../../contract/article/articleContent';
import { ExportError } from './exportError';
import type { ReviewCounts } from '../../contract/review';
import { parseArticleMeta, type ArticleMeta } from '../../contract/article/articleMeta';

export interface RelatedLink {
  title: string;
  url?: string;
}

export interface ExportArticle {
  id: string;
  slug: string;
  status: string;
  authors: string[];
  createdAt: string;
  updatedAt: string;
  language: string;
  topic?: string;
  section?: string;
  tags: string[];
  related: RelatedLink[];
  /** Meta description for search and sharing; the sapo when not set. */
  description?: string;
  doc: ArticleDoc;
  /** Open comments and pending suggestions (article.json's review; none when it has none). */
  review: ReviewCounts;
  /** The whole typed meta as the contract reads it: the desk's embargo, corrections, headlines… */
  meta: ArticleMeta;
}

const isoDateTime = z.iso.datetime({ offset: true });
const optionalText = z
  .string()
  .optional()
  .catch(undefined)
  .transform((v) => (v?.trim() ? v.trim().normalize('NFC') : undefined));

const MetaSchema = z
  .object({
    language: z.string().regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/).catch('vi').default('vi'),
    topic: optionalText,
    section: optionalText,
    description: optionalText,
    tags: z
      .array(z.string())
      .catch([])
      .default([])
      .transform((tags) => [...new Set(tags.map((t) => t.trim().normalize('NFC')).filter(Boolean))]),
    related: z
      .array(z.unknown())
      .catch([])
      .default([])
      .transform((items) =>
        items.flatMap((item): RelatedLink[] => {
          const parsed = z.object({ title: z.string().min(1), url: z.url({ protocol: /^https?$/ }).optional() }).safeParse(item);
          return parsed.success ? [{ title: parsed.data.title.normalize('NFC'), ...(parsed.data.url ? { url: parsed.data.url } : {}) }] : [];
        }),
      ),
  })
  .loose();

export const ExportArticleSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an article id'),
  // The slug names the package folder: it must stay a plain file name.
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a slug').max(120),
  status: z.string().default('draft'),
  authors: z.array(z.string()).default([]),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  meta: z.record(z.string(), z.unknown()).default({}),
  content: ArticleDocSchema,
  review: z
    .object({
      openComments: z.number().int().nonnegative().catch(0),
      pendingSuggestions: z.number().int().nonnegative().catch(0),
    })
    .loose()
    .optional()
    .catch(undefined),
});

/** article.json (already parsed) → ExportArticle, or ExportError('export-article-invalid'). */
export function toExportArticle(input: unknown): ExportArticle {
  const parsed = ExportArticleSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ExportError('export-article-invalid', { detail: `${issue.path.join('.')}: ${issue.message}` });
  }
  const a = parsed.data;
  const meta = MetaSchema.parse(a.meta);
  return {
    id: a.id,
    slug: a.slug,
    status: a.status,
    authors: a.authors,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    language: meta.language,
    ...(meta.topic ? { topic: meta.topic } : {}),
    ...(meta.section ? { section: meta.section } : {}),
    ...(meta.description ? { description: meta.description } : {}),
    tags: meta.tags,
    related: meta.related,
    doc: a.content,
    review: { openComments: a.review?.openComments ?? 0, pendingSuggestions: a.review?.pendingSuggestions ?? 0 },
    meta: parseArticleMeta(a.meta),
  };
}
