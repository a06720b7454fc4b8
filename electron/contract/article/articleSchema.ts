// The article as every consumer sees it, as zod schemas with the types inferred from them:
// its text parts, its figures and its metadata (articleMeta.ts). readArticle() produces these;
// anything that receives them across a boundary (IPC, a package, a worker) can check them.
import { z } from 'zod';
import { partKinds } from '../ipc/limits';

export const TextPartSchema = z.object({
  kind: z.enum(partKinds),
  /** The block's text in the view asked for (a line break reads as "\n"), untrimmed. */
  text: z.string(),
  /** Child indices from the document down to the text block. */
  path: z.array(z.number().int().nonnegative()),
  /**
   * For each character of `text`, its offset in the block's inline content as ProseMirror
   * counts it (a character per UTF-16 unit, one per line break): document position =
   * block start + 1 + offset.
   */
  offsets: z.array(z.number().int().nonnegative()),
});
export type TextPart = z.infer<typeof TextPartSchema>;

/** A figure as the panels, checks and export see it. */
export const ArticleFigureSchema = z.object({
  /** Index of the figure among the document's top-level blocks. */
  block: z.number().int().nonnegative(),
  /** `<sha256>.<ext>` in the project's media/ folder; null while a placeholder waits for a photo. */
  src: z.string().nullable(),
  alt: z.string(),
  credit: z.string(),
  /** The caption as it stands, line breaks as "\n". */
  caption: z.string(),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  /** The spot that must stay in view when the photo is cropped (contract/article/focalCrop.ts). */
  focal: z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) }).optional(),
});
export type ArticleFigure = z.infer<typeof ArticleFigureSchema>;

export { ArticleMetaSchema, type ArticleMeta } from './articleMeta';
