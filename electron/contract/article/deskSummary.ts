// What the library shows of an article's desk information without opening it: read from
// the article by the contract's one reader on every save, kept in the library index, and
// checked again (leniently) when the index is read back.
import { z } from 'zod';
import type { Article } from './readArticle';

export const DeskSummarySchema = z.object({
  embargoUntil: z.string().optional().catch(undefined),
  publishAt: z.string().optional().catch(undefined),
  /** How many correction, clarification and update notices it carries. */
  corrections: z.number().int().positive().optional().catch(undefined),
});
export type DeskSummary = z.infer<typeof DeskSummarySchema>;

/** The desk summary of an article as it stands; keys without a value are left out. */
export function deskSummaryOf(article: Pick<Article, 'meta'>): DeskSummary {
  const { meta } = article;
  return {
    ...(meta.embargoUntil ? { embargoUntil: meta.embargoUntil } : {}),
    ...(meta.publishAt ? { publishAt: meta.publishAt } : {}),
    ...(meta.corrections.length ? { corrections: meta.corrections.length } : {}),
  };
}
