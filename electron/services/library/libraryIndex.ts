// <library>/.soan/library.json: what the library list shows, without opening every article.
// It is only a cache of the project folders: damaged or missing, it is rebuilt by a rescan.
import path from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { articleStatuses } from '../../contract/article/articleNames';
import type { Problem } from '../../contract/errors';
import type { ArticleSummary } from '../../contract/types';
import { DeskSummarySchema } from '../../contract/article/deskSummary';
import type { ArticleFurniture } from '../article/articleDigest';
import { DurableJsonAdapter } from '../fs/durableJsonAdapter';
import type { ServiceContext } from '../serviceContext';
import { ARTICLE_ID, parseProjectFolder } from './projectFolder';

export const INDEX_FILE = 'library.json';

const IndexEntry = z.object({
  folder: z.string(),
  headline: z.string(),
  slug: z.string(),
  status: z.enum(articleStatuses),
  authors: z.array(z.string()),
  wordCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Review counts; absent in indexes written before review existed (a rescan fills them in). */
  openComments: z.number().int().nonnegative().optional().catch(undefined),
  pendingSuggestions: z.number().int().nonnegative().optional().catch(undefined),
  /** Embargo, schedule, length, assignment (issue 16); absent in indexes written before it. */
  desk: DeskSummarySchema.optional().catch(undefined),
  /** Byline, tags, topic, section (for the vocabulary). Absent in indexes written before it existed. */
  furniture: z
    .object({
      topic: z.string().optional(),
      section: z.string().optional(),
      tags: z.array(z.string()),
      byline: z.array(z.object({ name: z.string().optional(), role: z.string().optional() })),
    })
    .optional()
    .catch(undefined),
  /**
   * article.ydoc's time (ms) when article.json, though older, was found to say the same (a copy
   * that wrote article.ydoc last): the start does not read the article again until article.ydoc
   * changes. Gone with the next save, which writes article.json after article.ydoc.
   */
  sameAsYdocAt: z.number().optional().catch(undefined),
});
export type IndexEntry = z.infer<typeof IndexEntry>;

const IndexFile = z.object({
  version: z.literal(1),
  articles: z.record(z.string().regex(ARTICLE_ID), IndexEntry),
});
type IndexFileData = z.infer<typeof IndexFile>;

export class LibraryIndex {
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly db: Low<IndexFileData>,
    /** False when the file was missing or damaged: the caller rescans the folders. */
    readonly trustworthy: boolean,
    private readonly beforeWrite?: () => Promise<void>,
  ) {}

  static async open(options: {
    soanFolder: string;
    libraryPath: string;
    onProblem: (problem: Problem) => void;
    /** Runs before each write (to put back a `.soan` folder that vanished with its drive). */
    beforeWrite?: () => Promise<void>;
    context: ServiceContext;
  }): Promise<LibraryIndex> {
    let damaged = false;
    const adapter = new DurableJsonAdapter({
      file: path.join(options.soanFolder, INDEX_FILE),
      schema: IndexFile,
      describe: (file) => path.relative(options.libraryPath, file),
      clock: options.context.clock,
      onProblem: (problem) => {
        damaged = true;
        options.onProblem(problem);
      },
    });
    const db = new Low<IndexFileData>(adapter, { version: 1, articles: {} });
    const found = await adapter.read();
    db.data = found ?? { version: 1, articles: {} };
    // Entries whose folder name is not this article's own plain folder name are dropped (and found again by a rescan).
    for (const [id, entry] of Object.entries(db.data.articles)) {
      if (parseProjectFolder(entry.folder)?.id !== id) delete db.data.articles[id];
    }
    return new LibraryIndex(db, found !== null && !damaged, options.beforeWrite);
  }

  /** Some entries predate the furniture fields: a rescan fills them in. */
  get lacksFurniture(): boolean {
    return Object.values(this.db.data.articles).some((e) => !e.furniture);
  }

  /** Some entries predate the review counts: a rescan fills them in. */
  get lacksReviewCounts(): boolean {
    return Object.values(this.db.data.articles).some((e) => e.openComments === undefined || e.pendingSuggestions === undefined);
  }

  furniture(): Array<{ id: string; furniture: ArticleFurniture }> {
    return Object.entries(this.db.data.articles).flatMap(([id, e]) => (e.furniture ? [{ id, furniture: e.furniture }] : []));
  }

  ids(): string[] {
    return Object.keys(this.db.data.articles);
  }

  get(id: string): IndexEntry | undefined {
    return this.db.data.articles[id];
  }

  summaries(): ArticleSummary[] {
    return Object.entries(this.db.data.articles).map(([id, e]) => ({
      id,
      slug: e.slug,
      headline: e.headline,
      status: e.status,
      authors: [...e.authors],
      wordCount: e.wordCount,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      openComments: e.openComments ?? 0,
      pendingSuggestions: e.pendingSuggestions ?? 0,
      ...(e.desk ? { desk: e.desk } : {}),
    }));
  }

  async put(summary: ArticleSummary, folder: string, furniture?: ArticleFurniture): Promise<void> {
    this.remember(summary, folder, furniture);
    await this.write();
  }

  /** Change in memory only; the next write() saves it. Furniture left out keeps what was known. */
  remember(summary: ArticleSummary, folder: string, furniture?: ArticleFurniture): void {
    const { id, ...rest } = summary;
    const known = furniture ?? this.db.data.articles[id]?.furniture;
    this.db.data.articles[id] = { ...rest, authors: [...rest.authors], folder, ...(known ? { furniture: known } : {}) };
  }

  /** In memory only; the next write() saves it (see IndexEntry.sameAsYdocAt). */
  noteSameAsYdoc(id: string, ydocModifiedMs: number): void {
    const entry = this.db.data.articles[id];
    if (entry) entry.sameAsYdocAt = ydocModifiedMs;
  }

  forget(id: string): void {
    delete this.db.data.articles[id];
  }

  clear(): void {
    this.db.data.articles = {};
  }

  /** Update the summary of an article the index already knows (after a save). */
  async updateSummary(summary: ArticleSummary, furniture?: ArticleFurniture): Promise<void> {
    const entry = this.get(summary.id);
    if (entry) await this.put(summary, entry.folder, furniture);
  }

  async remove(id: string): Promise<void> {
    this.forget(id);
    await this.write();
  }

  /** Writes are chained so two saves never write the file at once; each writes the latest data. */
  write(): Promise<void> {
    const next = this.writing.then(async () => {
      await this.beforeWrite?.();
      await this.db.write();
    });
    this.writing = next.catch(() => {});
    return next;
  }
}
