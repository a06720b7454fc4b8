// Merge reports of sync catch-ups that wait for someone to look at them: a sync can merge
// while nobody watches (at start, in a background round), so the report is kept until it is
// dismissed — `<library>/.soan/merge-reports/<article id>.json`, the MergeReport objects a
// package merge shows, newest last. The article itself already holds everything either side
// wrote; a damaged report file is moved aside (never overwritten) and said so, losing nothing
// but the list.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Problem } from '../../contract/errors';
import type { MergeReport } from '../../contract/packages';
import { writeFileAtomic } from '../fs/atomicWrite';
import { errnoOf } from '../fs/diskErrors';
import { formatJson, parseJsonWith } from '../fs/durableJsonAdapter';
import { readOrQuarantine } from '../fs/recoveringRead';
import { ARTICLE_ID } from '../library/projectFolder';
import type { Clock } from '../serviceContext';

export const MERGE_REPORTS_FOLDER = 'merge-reports';
/** Reports kept per article: older ones say nothing the newest cannot be checked against. */
const KEPT_PER_ARTICLE = 20;

// The shape is checked where it matters for showing and choosing; the rest is the report as written.
const StoredReport = z
  .object({
    articleId: z.string().regex(ARTICLE_ID),
    headline: z.string(),
    sender: z.object({ name: z.string(), role: z.string() }).passthrough(),
    sentAt: z.string(),
    outcome: z.enum(['new-article', 'merged', 'nothing-new']),
    cameIn: z.object({ pieces: z.array(z.unknown()), comments: z.array(z.unknown()), suggestions: z.array(z.unknown()), meta: z.array(z.string()), workflow: z.array(z.unknown()), media: z.number() }).passthrough(),
    flags: z.array(z.object({ kind: z.string(), id: z.string() }).passthrough()),
  })
  .passthrough();
// What a rewrite choice acts on is checked when read: a damaged value marks the conflict as
// not choosable (knownRewrites.ts refuses it in plain words), never inserted or guessed.
const Id = z.number().int().nonnegative();
const Restore = z.array(z.tuple([z.number().int().nonnegative(), z.string().min(1)]));
const Kept = z.object({ before: z.string(), after: z.string(), runs: z.array(z.tuple([z.string(), z.record(z.string(), z.unknown())])) }).passthrough();
const RewriteRecord = z
  .object({
    passage: z.string(),
    dropLocal: z.array(z.tuple([Id, Id])),
    dropIncoming: z.array(z.tuple([Id, Id])),
    at: z.object({ client: Id, clock: Id }).optional(),
    passageIds: z.array(z.tuple([Id, Id, z.number().int().positive()])).optional(),
    restoreLocal: Restore.optional(),
    restoreIncoming: Restore.optional(),
    keptLocal: Kept.optional(),
    keptIncoming: Kept.optional(),
  })
  .passthrough();
const checkedFlag = (flag: { kind: string }) => (flag.kind !== 'overlapping-edits' || RewriteRecord.safeParse(flag).success ? flag : { ...flag, damaged: true });
// Two rewrite choices made apart: shown only when every part a person reads is there (the
// choice itself is made from the article's own records, never from the report).
const Side = z.object({ record: z.string(), by: z.string(), at: z.string(), before: z.string(), text: z.string(), after: z.string() }).passthrough();
const ChoicesDiffer = z.object({ piece: z.string(), now: z.string(), sides: z.tuple([Side, Side]) }).passthrough();
const shownFlag = (flag: { kind: string }) => flag.kind !== 'rewrite-choices-differ' || ChoicesDiffer.safeParse(flag).success;

const StoredFile = z.object({ reports: z.array(StoredReport).max(KEPT_PER_ARTICLE) });

export class MergeReportStore {
  private readonly folder: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    soanFolder: string,
    private readonly clock: Clock,
    private readonly onProblem: (problem: Problem) => void,
  ) {
    this.folder = path.join(soanFolder, MERGE_REPORTS_FOLDER);
  }

  /** Keeps a report until it is dismissed. */
  add(report: MergeReport): Promise<void> {
    return this.serial(async () => {
      const held = await this.read(report.articleId);
      await this.write(report.articleId, [...held, report].slice(-KEPT_PER_ARTICLE));
    });
  }

  /** The reports waiting for one article, or for every article of the library. */
  list(articleId?: string): Promise<MergeReport[]> {
    return this.serial(async () => {
      if (articleId !== undefined) return this.read(articleId);
      let names: string[];
      try {
        names = await fs.readdir(this.folder);
      } catch (error) {
        if (errnoOf(error) === 'ENOENT') return [];
        throw error;
      }
      const ids = names.flatMap((name) => (name.endsWith('.json') && ARTICLE_ID.test(name.slice(0, -5)) ? [name.slice(0, -5)] : []));
      return (await Promise.all(ids.map((id) => this.read(id)))).flat().sort((a, b) => a.sentAt.localeCompare(b.sentAt));
    });
  }

  /** Someone looked: the article's reports are let go. */
  dismiss(articleId: string): Promise<void> {
    return this.serial(async () => {
      await fs.rm(this.fileOf(articleId), { force: true });
    });
  }

  private fileOf(articleId: string): string {
    // The id names the file: only an article id, never a path, may do that.
    if (!ARTICLE_ID.test(articleId)) throw new Error(`not an article id: ${articleId.slice(0, 40)}`);
    return path.join(this.folder, `${articleId}.json`);
  }

  private async read(articleId: string): Promise<MergeReport[]> {
    const file = this.fileOf(articleId);
    const { value, movedTo } = await readOrQuarantine(file, parseJsonWith(StoredFile), this.clock);
    if (movedTo) {
      this.onProblem({ code: 'file-damaged-moved', params: { file: path.join('.soan', MERGE_REPORTS_FOLDER, path.basename(file)), movedTo: path.join('.soan', MERGE_REPORTS_FOLDER, path.basename(movedTo)) } });
    }
    // Only the article's own reports: a file renamed by hand says nothing of another article.
    const own = (value?.reports ?? []).filter((report) => report.articleId === articleId);
    return own.map((report) => ({ ...report, flags: report.flags.filter(shownFlag).map(checkedFlag) })) as unknown as MergeReport[];
  }

  private async write(articleId: string, reports: MergeReport[]): Promise<void> {
    await fs.mkdir(this.folder, { recursive: true });
    await writeFileAtomic(this.fileOf(articleId), formatJson({ reports }));
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => {});
    return next;
  }
}
