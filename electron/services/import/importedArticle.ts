// What an import hands to the article store: the ProseMirror document (article.json's
// `content`), metadata for the meta map, the photos found (content addressed, for media/)
// and warnings to show once. Validated with zod at the boundary so the store can trust it.
import { z } from 'zod';
import type { Params } from '../../contract/errors';
import { ArticleDocSchema } from '../../contract/article/articleContent';
import type { ArticleDoc } from '../../contract/article/articleContent';
import { htmlWarningCodes } from './htmlWarningCodes';

export interface RelatedLink {
  title: string;
  url?: string;
}

/** One author of the byline: a name, a role, or both (`Trưởng ban Tuyên giáo …` alone is valid). */
export interface BylineAuthor {
  name?: string;
  role?: string;
}

export interface ImportedMeta {
  headline: string;
  slug: string;
  language: string;
  /** House-style source prefix found at the start of the sapo, e.g. `(Baohatinh.vn) - `. */
  sourcePrefix?: string;
  /** The source named in that prefix, e.g. `Baohatinh.vn`. */
  sourceName?: string;
  topic?: string;
  section?: string;
  tags?: string[];
  related?: RelatedLink[];
  byline?: BylineAuthor[];
}

export type MediaExt = 'png' | 'jpg' | 'gif' | 'webp';

/** A photo found in the imported file; the caller stores it as media/<fileName>. */
export interface ImportedMedia {
  sha256: string;
  ext: MediaExt;
  mime: string;
  /** `<sha256>.<ext>`, the figure's `src`. */
  fileName: string;
  bytes: Uint8Array;
}

export const importWarningCodes = [
  ...htmlWarningCodes, // the HTML conversion's own (htmlWarningCodes.ts)
  'import-site-chrome-removed', // params.text: a navigation line that was not article text
  'import-related-found', // params.count: "read more" links moved to the related list
  'import-figure-placeholder', // params.index: a figure without its photo (to be filled in)
  'import-link-dropped', // params.href: a link that was not http, https or mailto
  'import-image-dropped', // params.reason: an image that could not be kept
  'import-content-dropped', // params.element: scripts, frames, forms… removed
  'import-docx-note', // params.message: what Word conversion reported
  'import-table-flattened', // params.rows, params.columns: a table became one paragraph per row
  'import-notes-at-end', // params.count: footnotes/endnotes now close the article, each opening "[n]"
  'import-comment-left-out', // params.text: a Word comment, not article text, left out
  'import-image-local-file', // params.name: Word gave only a path on its own computer: placeholder
  'import-image-not-fetched', // params.url: an image on the web, not downloaded: placeholder
  // .docx/.txt review fixes:
  'import-legacy-converted', // params.encoding: text in a legacy Vietnamese encoding converted to Unicode
  'import-drawing-placeholder', // params.kind (SmartArt|chart): a diagram or chart: a photo frame holds its place, its words as the description
  'import-image-placeholder', // params.type: a picture in a format the article cannot show (EMF, WMF…): a photo frame holds its place
  'import-equation-as-text', // params.count: Word equations, which articles cannot show, kept as plain letters
  'import-docx-part-left-out', // params.part: a part of the Word file that could not be read, left out
  'import-image-linked', // params.name: a picture only linked from the .docx, not in it: placeholder
] as const;
export type ImportWarningCode = (typeof importWarningCodes)[number];

export interface ImportWarning {
  code: ImportWarningCode;
  params: Params;
}

export interface ImportedArticle {
  doc: ArticleDoc;
  meta: ImportedMeta;
  media: ImportedMedia[];
  warnings: ImportWarning[];
}

const nonEmpty = z.string().min(1);

export const ImportedArticleSchema = z.object({
  doc: ArticleDocSchema,
  meta: z.object({
    headline: z.string(),
    slug: z.string(),
    language: nonEmpty,
    sourcePrefix: nonEmpty.optional(),
    sourceName: nonEmpty.optional(),
    topic: nonEmpty.optional(),
    section: nonEmpty.optional(),
    tags: z.array(nonEmpty).optional(),
    related: z.array(z.object({ title: nonEmpty, url: z.url({ protocol: /^https?$/ }).optional() })).optional(),
    byline: z
      .array(z.object({ name: nonEmpty.optional(), role: nonEmpty.optional() }))
      .optional(),
  }),
  media: z.array(
    z.object({
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      ext: z.enum(['png', 'jpg', 'gif', 'webp']),
      mime: z.string(),
      fileName: z.string().regex(/^[0-9a-f]{64}\.(?:png|jpg|gif|webp)$/),
      bytes: z.instanceof(Uint8Array),
    }),
  ),
  warnings: z.array(
    z.object({ code: z.enum(importWarningCodes), params: z.record(z.string(), z.union([z.string(), z.number()])) }),
  ),
});

/** Checks an import result before it leaves this folder (a bug here must not reach the disk). */
export function validateImportedArticle(article: ImportedArticle): ImportedArticle {
  const parsed = ImportedArticleSchema.safeParse(article);
  if (!parsed.success) throw new Error(`import produced an invalid article: ${parsed.error.message}`);
  return article;
}
