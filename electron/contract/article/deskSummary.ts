// What the library shows of an article's desk information without opening it: read from
// the article by the contract's one reader on every save, kept in the library index, and
// checked again (leniently) when the index is read back.
import { z } from 'zod';
import type { Article } from './readArticle';
import { lengthFit } from './lengthFit';
import { lengthUnits } from './articleNames';
import { legalHold } from './legalHold';
import { commentTasks } from './commentTasks';

export const DeskSummarySchema = z.object({
  embargoUntil: z.string().optional().catch(undefined),
  publishAt: z.string().optional().catch(undefined),
  /** How many correction, clarification and update notices it carries. */
  corrections: z.number().int().positive().optional().catch(undefined),
  /** The planned length against the article as it stands (contract/article/lengthFit.ts). */
  length: z
    .object({
      unit: z.enum(lengthUnits),
      target: z.number(),
      actual: z.number(),
      difference: z.number(),
      status: z.enum(['under', 'fit', 'over']),
    })
    .optional()
    .catch(undefined),
  /** Flagged for a legal check and not yet cleared by the desk. */
  legalHold: z.literal(true).optional().catch(undefined),
  /** Who it is assigned to, its budget line and deadline (contract/article/deskAssignment.ts). */
  assignee: z.string().optional().catch(undefined),
  budgetLine: z.string().optional().catch(undefined),
  deadline: z.string().optional().catch(undefined),
  /** People with an open comment assigned to them, and people mentioned in open comments. */
  tasks: z.array(z.string()).optional().catch(undefined),
  mentions: z.array(z.string()).optional().catch(undefined),
});
export type DeskSummary = z.infer<typeof DeskSummarySchema>;

/**
 * The desk summary of an article as it stands; keys without a value are left out.
 * `openThreadIds`: the comment threads still open (they decide which comment tasks count).
 */
export function deskSummaryOf(article: Pick<Article, 'meta' | 'counts'>, openThreadIds: ReadonlySet<string> = new Set()): DeskSummary {
  const { meta } = article;
  const { tasks, mentions } = commentTasks(meta, openThreadIds);
  return {
    ...(meta.embargoUntil ? { embargoUntil: meta.embargoUntil } : {}),
    ...(meta.publishAt ? { publishAt: meta.publishAt } : {}),
    ...(meta.corrections.length ? { corrections: meta.corrections.length } : {}),
    ...(meta.plannedLength ? { length: lengthFit(article.counts, meta.plannedLength) } : {}),
    ...(legalHold(meta.legal).held ? { legalHold: true as const } : {}),
    ...(meta.assignee ? { assignee: meta.assignee } : {}),
    ...(meta.budgetLine ? { budgetLine: meta.budgetLine } : {}),
    ...(meta.deadline ? { deadline: meta.deadline } : {}),
    ...(tasks.length ? { tasks } : {}),
    ...(mentions.length ? { mentions } : {}),
  };
}
