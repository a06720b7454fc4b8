// The article's metadata as one typed value, read leniently from whatever a copy holds (an
// older version's shapes, a damaged or hostile value): text is NFC and trimmed, lists lose
// what is not of their kind, and nothing is thrown.
import { z } from 'zod';
import { articleStatuses, metaKeys } from './articleNames';
import { correctionKinds, lengthUnits } from './articleNames';
import { MEDIA_FILE_NAME } from './mediaFileName';
import type {
  ArticleStatus,
  BylineAuthor,
  CommentAssignment,
  CommentMention,
  Correction,
  ExportLogEntry,
  LegalFlag,
  LegalLogEntry,
  PlannedLength,
  RelatedLink,
} from './articleNames';
import { roles } from '../ipc/limits';
import { workflowStates, type WorkflowLogEntry } from '../workflow';
import { SPELL_IGNORE_KEY } from './metaStore';

const MAX_TEXT = 200;
/** A correction notice: a few sentences at most. */
export const MAX_NOTICE = 2000;

const cleanText = (max: number) =>
  z
    .unknown()
    .transform((value) => (typeof value === 'string' ? value.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, max) : ''));

const optionalText = cleanText(MAX_TEXT).transform((text) => text || undefined);

/** Keeps the items that parse, drops the rest, never fails. */
const listOf = <T>(item: z.ZodType<T>) =>
  z.unknown().transform((value) =>
    Array.isArray(value)
      ? value.flatMap((entry) => {
          const parsed = item.safeParse(entry);
          return parsed.success ? [parsed.data] : [];
        })
      : [],
  );

/** A moment in time as an ISO 8601 string in UTC; anything that is not one reads as nothing. */
export const isoInstant = z.unknown().transform((value) => {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
});

const distinctTexts = listOf(z.string()).transform((items) => [
  ...new Set(items.map((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT)).filter(Boolean)),
]);

export const BylineAuthorSchema: z.ZodType<BylineAuthor> = z
  .object({ name: z.unknown().optional(), role: z.unknown().optional() })
  .transform((a) => ({ name: optionalText.parse(a.name), role: optionalText.parse(a.role) }))
  .refine((a) => a.name || a.role, 'an author needs a name or a role')
  .transform((a) => ({ ...(a.name ? { name: a.name } : {}), ...(a.role ? { role: a.role } : {}) }));

export const RelatedLinkSchema: z.ZodType<RelatedLink> = z
  .object({ title: z.string().min(1), url: z.string().optional().catch(undefined), articleId: z.string().optional().catch(undefined) })
  .transform((l) => ({
    title: l.title.normalize('NFC'),
    ...(l.url ? { url: l.url } : {}),
    ...(l.articleId ? { articleId: l.articleId } : {}),
  }));

export const WorkflowLogEntrySchema: z.ZodType<WorkflowLogEntry> = z.object({
  from: z.enum(workflowStates),
  to: z.enum(workflowStates),
  by: z.object({ name: z.string(), role: z.enum(roles) }),
  at: z.string(),
  note: z.string().optional(),
});

export const ExportLogEntrySchema: z.ZodType<ExportLogEntry> = z.object({
  at: z.string(),
  by: z.string(),
  folder: z.string(),
  overrideReason: z.string().optional(),
});

export const CorrectionSchema: z.ZodType<Correction> = z
  .object({
    id: z.string().min(1).max(100),
    kind: z.enum(correctionKinds),
    at: z.string(),
    text: z.string(),
    by: z.string().max(200).catch(''),
  })
  .transform((c) => ({ ...c, at: isoInstant.parse(c.at) ?? '', text: c.text.normalize('NFC').trim().slice(0, MAX_NOTICE) }))
  .refine((c) => c.at && c.text, 'a notice needs its date and its text');

/** A planned length: a whole number of words or characters, at most a book's worth. */
export const PlannedLengthSchema: z.ZodType<PlannedLength | undefined> = z
  .object({ amount: z.coerce.number().int().min(1).max(1_000_000), unit: z.enum(lengthUnits) })
  .transform((p) => ({ amount: p.amount, unit: p.unit }))
  .optional()
  .catch(undefined);

const DeskActorSchema = z.object({ name: z.string().max(200), role: z.enum(roles) });

export const LegalFlagSchema: z.ZodType<LegalFlag | undefined> = z
  .object({ hold: z.boolean(), note: z.string().catch(''), by: DeskActorSchema, at: z.string() })
  .transform((f) => ({ hold: f.hold, note: f.note.normalize('NFC').trim().slice(0, MAX_NOTICE), by: f.by, at: isoInstant.parse(f.at) ?? '' }))
  .optional()
  .catch(undefined);

export const LegalLogEntrySchema: z.ZodType<LegalLogEntry> = z.object({
  action: z.enum(['flag', 'clear']),
  note: z.string().catch(''),
  by: DeskActorSchema,
  at: z.string(),
});

const personName = z.string().transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT));

export const CommentMentionSchema: z.ZodType<CommentMention> = z
  .object({ thread: z.string().min(1).max(100), name: personName, by: z.string().max(200).catch(''), at: z.string() })
  .refine((m) => m.name, 'a mention names someone');

export const CommentAssignmentSchema: z.ZodType<CommentAssignment> = z.object({
  thread: z.string().min(1).max(100),
  to: personName,
  by: z.string().max(200).catch(''),
  at: z.string(),
});

export const ArticleMetaSchema = z.object({
  id: z.unknown().transform((v) => (typeof v === 'string' ? v : '')),
  createdAt: z.unknown().transform((v) => (typeof v === 'string' ? v : '')),
  status: z.enum(articleStatuses).catch('draft').default('draft') as z.ZodType<ArticleStatus>,
  authors: listOf(z.string()).transform((names) => [...new Set(names.map((n) => n.normalize('NFC')).filter(Boolean))]),
  language: z.unknown().transform((v) => (typeof v === 'string' && v ? v : 'vi')),
  topic: optionalText,
  section: optionalText,
  tags: distinctTexts,
  related: listOf(RelatedLinkSchema),
  byline: listOf(BylineAuthorSchema),
  dateline: optionalText,
  slug: optionalText,
  description: cleanText(2000).transform((text) => text || undefined),
  workflowLog: listOf(WorkflowLogEntrySchema),
  exports: listOf(ExportLogEntrySchema),
  spellIgnore: listOf(z.string()),
  embargoUntil: isoInstant,
  publishAt: isoInstant,
  /** Oldest first, as they were published. */
  corrections: listOf(CorrectionSchema).transform((list) => [...list].sort((a, b) => a.at.localeCompare(b.at))),
  plannedLength: PlannedLengthSchema,
  legal: LegalFlagSchema,
  legalLog: listOf(LegalLogEntrySchema).transform((log) => [...log].sort((a, b) => a.at.localeCompare(b.at))),
  assignee: optionalText,
  budgetLine: cleanText(300).transform((text) => text || undefined),
  deadline: isoInstant,
  mentions: listOf(CommentMentionSchema),
  commentAssignments: listOf(CommentAssignmentSchema),
  seoTitle: cleanText(300).transform((text) => text || undefined),
  socialHeadline: cleanText(300).transform((text) => text || undefined),
  socialImage: z.unknown().transform((v) => (typeof v === 'string' && MEDIA_FILE_NAME.test(v) ? v : undefined)),
  printHeadline: cleanText(300).transform((text) => text || undefined),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

/** Typed metadata from the plain record (readMetaRecord, or article.json's `meta`). */
export function parseArticleMeta(record: Record<string, unknown>): ArticleMeta {
  return ArticleMetaSchema.parse({
    id: record[metaKeys.id],
    createdAt: record[metaKeys.createdAt],
    status: record[metaKeys.status],
    authors: record[metaKeys.authors],
    language: record[metaKeys.language],
    topic: record[metaKeys.topic],
    section: record[metaKeys.section],
    tags: record[metaKeys.tags],
    related: record[metaKeys.related],
    byline: record[metaKeys.byline],
    dateline: record[metaKeys.dateline],
    slug: record[metaKeys.slug],
    description: record[metaKeys.description],
    workflowLog: record[metaKeys.workflowLog],
    exports: record[metaKeys.exports],
    spellIgnore: record[SPELL_IGNORE_KEY],
    embargoUntil: record[metaKeys.embargoUntil],
    publishAt: record[metaKeys.publishAt],
    corrections: record[metaKeys.corrections],
    plannedLength: record[metaKeys.plannedLength],
    legal: record[metaKeys.legal],
    legalLog: record[metaKeys.legalLog],
    assignee: record[metaKeys.assignee],
    budgetLine: record[metaKeys.budgetLine],
    deadline: record[metaKeys.deadline],
    mentions: record[metaKeys.mentions],
    commentAssignments: record[metaKeys.commentAssignments],
    seoTitle: record[metaKeys.seoTitle],
    socialHeadline: record[metaKeys.socialHeadline],
    socialImage: record[metaKeys.socialImage],
    printHeadline: record[metaKeys.printHeadline],
  });
}
