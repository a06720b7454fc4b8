// Open articles live in memory as Yjs documents. Updates from the editor are applied at once
// and saved within a few hundred milliseconds (coalesced); the answer to an update arrives
// when its content is durably on disk. A failed save keeps the document in memory and is
// retried, so nothing typed is lost while a drive is unplugged or full.
import { keepReplacedCopy } from './replacedCopy';
import { MAX_ARTICLE_NESTING, wouldNestTooDeep } from '../../contract/article/articleNesting';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import type { Problem } from '../../contract/errors';
import { SoanError } from '../../contract/errors';
import type { ArticleSummary, SaveReport } from '../../contract/types';
import { backupPathOf, writeFileAtomic } from '../fs/atomicWrite';
import { folderExists, libraryWriteError } from '../fs/diskErrors';
import { formatJson } from '../fs/durableJsonAdapter';
import type { KeyedSerialQueue } from '../concurrency/keyedSerialQueue';
import { ARTICLE_JSON, ARTICLE_YDOC, slugForHeadline } from '../library/projectFolder';
import { readArticle } from '../../contract/article/readArticle';
import { deskSummaryOf } from '../../contract/article/deskSummary';
import { creditAuthors, mayCreditSomeone } from '../../contract/article/authorship';
import { loadArticle, readWholeArticle } from './articleLoader';
import { readableCopyOf } from './readableCopy';
import type { ReadableCopy } from './readableCopy';
import { writeRescueCopy } from './rescueCopy';
import { reviewCounts } from '../review/reviewCounts';
import { openThreadIds } from '../review/openThreads';
import type { ServiceContext } from '../serviceContext';

export interface ArticleStoreOptions {
  libraryPath: string;
  /** The project folder of an article (absolute), or throws article-not-found. */
  locate: (id: string) => { folder: string; headline: string };
  /** Per-article queue shared with the library, so saves never race folder moves. */
  queue: KeyedSerialQueue;
  /** Called after each durable save, to update the library index and search. */
  onSaved: (summary: ArticleSummary, readable: ReadableCopy) => Promise<void>;
  onProblem: (problem: Problem) => void;
  /** Told when an article was read from disk to open it or for its readable copy: what loading found (damage, a copy a save behind) is dealt with. */
  onLoaded?: (id: string) => void;
  /** The clock saves are dated by, the log, and the actor added to the authors of an article it edits. */
  context: ServiceContext;
  /** Where to drop a last copy of unsaved documents when the app quits and the library is gone. */
  rescueFolder?: string;
  saveDelayMs?: number;
  retryDelayMs?: number;
  /** Told when an article's document comes into memory and just before it leaves (the sync service attaches to it). */
  watcher?: ArticleWatcher;
}

export interface ArticleWatcher {
  opened(id: string, doc: Y.Doc): void;
  closing(id: string, doc: Y.Doc): void;
  /** Whether a change with this transaction origin came from the sync server. */
  isArrival?(origin: unknown): boolean;
}

/**
 * Changes from the sync server are saved within a second rather than 50 ms: the server keeps
 * them meanwhile (and sends them again after a crash), and someone else's typing is then one
 * save a second here, not one per keystroke — a 20,000-word article takes longer than that.
 */
export const ARRIVAL_SAVE_DELAY_MS = 1000;

/** Transaction origin of the editor's own changes (article:update). */
export const EDITOR_ORIGIN = 'editor';

/** Transaction origin of changes that are bookkeeping (workflow moves): they are saved but
 * leave the article's updatedAt alone, so an export after them gives the same bytes. */
export const BOOKKEEPING_ORIGIN = 'soan-bookkeeping';

interface Waiter {
  resolve: (report: SaveReport) => void;
  reject: (error: unknown) => void;
}

interface OpenArticle {
  id: string;
  doc: Y.Doc;
  dirty: boolean;
  changedAt: string;
  waiters: Waiter[];
  saveTimer?: NodeJS.Timeout;
  /** When the scheduled save runs (Date.now() time). */
  saveDue?: number;
  retryTimer?: NodeJS.Timeout;
  lastSaved?: SaveReport;
  saving: boolean;
  /** `.bak` copies left by earlier Soạn versions have been removed (after the first save). */
  staleBackupsRemoved?: boolean;
}

/** What the library's start did with an article whose files say a save was cut short. */
export type CatchUp =
  | { outcome: 'skipped' }
  /** `keptAs`: the replaced article.json's name beside it (none when there was none). */
  | { outcome: 'written'; keptAs?: string }
  | { outcome: 'same'; summary: ArticleSummary; readable: ReadableCopy };

/** Only articles with desk information carry it: an empty summary says nothing. */
const withDesk = (desk: ReturnType<typeof deskSummaryOf>) => (Object.keys(desk).length ? { desk } : {});

export class ArticleStore {
  private readonly open = new Map<string, OpenArticle>();
  private closed = false;

  constructor(private readonly options: ArticleStoreOptions) {}

  isOpen(id: string): boolean {
    return this.open.has(id);
  }

  openIds(): string[] {
    return [...this.open.keys()];
  }

  /** Opens (or returns the already open) article. Problems are those found while loading now. */
  async openArticle(id: string): Promise<{ doc: Y.Doc; summary: ArticleSummary; problems: Problem[] }> {
    return this.options.queue.run(id, async () => {
      const existing = this.open.get(id);
      if (existing) return { doc: existing.doc, summary: this.summaryOf(existing), problems: [] };
      const { entry, problems } = await this.load(id);
      return { doc: entry.doc, summary: this.summaryOf(entry), problems };
    });
  }

  /** The summary of an article, from memory if open, else from disk (recovering, not keeping it open). */
  async readSummary(id: string, folder: string): Promise<ArticleSummary> {
    return (await this.readReadableCopy(id, folder)).summary;
  }

  /** Summary and readable readable (from memory if open), for rescans and the search index. */
  async readReadableCopy(id: string, folder: string): Promise<{ summary: ArticleSummary; readable: ReadableCopy }> {
    return this.options.queue.run(id, async () => {
      const withReadableCopy = (entry: OpenArticle) => {
        const summary = this.summaryOf(entry);
        return { summary, readable: readableCopyOf(entry.doc, { slug: summary.slug, updatedAt: summary.updatedAt }) };
      };
      const existing = this.open.get(id);
      if (existing) return withReadableCopy(existing);
      const loaded = await loadArticle({ id, folder, libraryPath: this.options.libraryPath, context: this.options.context });
      loaded.problems.forEach(this.options.onProblem);
      const entry = this.entryFor(id, loaded.doc, loaded.updatedAt);
      if (loaded.needsSave) {
        entry.dirty = true;
        await this.writeFiles(entry, folder).catch(() => {}); // best effort; the index still learns of it
      } else if (loaded.readableBehind) await this.rewriteReadableCopy(entry, folder);
      this.options.onLoaded?.(id);
      const result = withReadableCopy(entry);
      loaded.doc.destroy();
      return result;
    });
  }

  /**
   * article.json written again from article.ydoc when it is a save behind (a crash cut the save
   * short), as opening does — for the library's start, without opening the article. Reads only
   * whole files: a damaged one throws (DamagedFile, or the disk's error) and nothing is moved
   * or written; opening recovers it. An article open here is skipped: its saves write article.json.
   * Answers `written`; `same`, with what article.json says (the index may still be behind it);
   * or `skipped` (open, a file missing, or article.json not written: the next save writes it).
   */
  async catchUpReadableCopy(id: string, folder: string): Promise<CatchUp> {
    return this.options.queue.run(id, async (): Promise<CatchUp> => {
      if (this.open.has(id)) return { outcome: 'skipped' };
      const loaded = await readWholeArticle(id, folder);
      if (!loaded) return { outcome: 'skipped' };
      try {
        const entry = this.entryFor(id, loaded.doc, loaded.updatedAt);
        if (loaded.readableBehind) {
          const rewritten = await this.rewriteReadableCopy(entry, folder);
          return rewritten ? { outcome: 'written', ...(rewritten.keptAs ? { keptAs: rewritten.keptAs } : {}) } : { outcome: 'skipped' };
        }
        const summary = this.summaryOf(entry);
        return { outcome: 'same', summary, readable: readableCopyOf(entry.doc, { slug: summary.slug, updatedAt: summary.updatedAt }) };
      } finally {
        loaded.doc.destroy();
      }
    });
  }

  /** Write a new article's files (create, duplicate, restore under a new id). The doc is not kept open. */
  async saveNew(id: string, doc: Y.Doc, folder: string): Promise<ArticleSummary> {
    return this.options.queue.run(id, async () => {
      const entry = this.entryFor(id, doc, this.options.context.clock.iso());
      entry.dirty = true;
      await this.writeFiles(entry, folder);
      return this.summaryOf(entry);
    });
  }

  /** Apply an editor update; resolves once it is on disk. An empty update just waits for pending saves. */
  async applyUpdate(id: string, update: Uint8Array): Promise<SaveReport> {
    this.assertRunning();
    const entry = this.open.get(id) ?? (await this.openArticle(id), this.open.get(id)!);
    if (update.byteLength > 0) {
      try {
        Y.decodeUpdate(update); // garbage is refused before it touches the document
      } catch {
        throw new SoanError('invalid-request', { detail: 'the update is not a valid document change' });
      }
      if (wouldNestTooDeep(entry.doc, update)) {
        throw new SoanError('invalid-request', { detail: `the change nests the article more than ${MAX_ARTICLE_NESTING} levels deep` });
      }
      const actor = this.options.context.actor();
      const before = readArticle(entry.doc);
      Y.applyUpdate(entry.doc, update, EDITOR_ORIGIN);
      // An author typing with no suggestion pending can credit no one: no second reading.
      if (mayCreditSomeone(before, actor)) creditAuthors(entry.doc, before, actor);
    }
    if (!entry.dirty && !entry.saving) return this.currentReport(entry);
    const saved = new Promise<SaveReport>((resolve, reject) => entry.waiters.push({ resolve, reject }));
    if (entry.dirty) this.scheduleSave(entry);
    // Nothing new, but a save is being written: answer when it is on disk.
    else this.options.queue.run(id, () => this.save(entry, false)).catch(() => {});
    return saved;
  }

  /** Change an article's document (rename) and save it now. Opens it for the change if needed. */
  async edit(id: string, change: (doc: Y.Doc) => void): Promise<ArticleSummary> {
    const wasOpen = this.open.has(id);
    await this.openArticle(id);
    const entry = this.open.get(id)!;
    change(entry.doc);
    await this.flush(id);
    const summary = this.summaryOf(entry);
    if (!wasOpen) await this.close(id);
    return summary;
  }

  /** Save now if anything is pending; throws the save error (the document stays in memory). */
  async flush(id: string): Promise<void> {
    const entry = this.open.get(id);
    if (!entry) return;
    clearTimeout(entry.saveTimer);
    entry.saveTimer = undefined;
    await this.options.queue.run(id, () => this.save(entry, true));
  }

  /** Flush and forget. If the save fails the article stays open and the error is thrown. */
  async close(id: string): Promise<void> {
    await this.options.queue.run(id, async () => {
      const entry = this.open.get(id);
      if (!entry) return;
      clearTimeout(entry.saveTimer);
      entry.saveTimer = undefined;
      // Changes may arrive while the last save is written: save until nothing is pending.
      do await this.save(entry, true);
      while (entry.dirty && this.open.get(id) === entry);
      if (this.open.get(id) === entry) this.forget(entry);
    });
  }

  /** Drop an article from memory without saving (it was moved to the trash). */
  discard(id: string): void {
    const entry = this.open.get(id);
    if (entry) this.forget(entry);
  }

  /** Flush every open article (on quit). Unsaved documents go to the rescue folder if one is set. */
  async closeAll(): Promise<void> {
    const failures: unknown[] = [];
    for (const id of this.openIds()) {
      try {
        await this.close(id);
      } catch (error) {
        failures.push(error);
        await this.rescue(this.open.get(id));
        const entry = this.open.get(id);
        if (entry) this.forget(entry, error);
      }
    }
    this.closed = true;
    if (failures.length) this.options.context.log.error('some articles could not be saved on close', failures);
  }

  // ------------------------------------------------------------------ internals

  private assertRunning(): void {
    if (this.closed) throw new SoanError('library-unavailable', { path: this.options.libraryPath, reason: 'the library was closed' });
  }

  private entryFor(id: string, doc: Y.Doc, changedAt: string): OpenArticle {
    return { id, doc, dirty: false, changedAt, waiters: [], saving: false };
  }

  private async load(id: string): Promise<{ entry: OpenArticle; problems: Problem[] }> {
    this.assertRunning();
    const located = this.options.locate(id);
    const loaded = await loadArticle({
      id,
      folder: located.folder,
      libraryPath: this.options.libraryPath,
      headlineHint: located.headline,
      context: this.options.context,
    });
    loaded.problems.forEach(this.options.onProblem);
    this.options.onLoaded?.(id);
    const entry = this.entryFor(id, loaded.doc, loaded.updatedAt);
    entry.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      entry.dirty = true;
      if (origin !== BOOKKEEPING_ORIGIN) entry.changedAt = this.options.context.clock.iso();
      // Changes that arrive by themselves (from the sync server, a package) are saved like typing.
      if (origin !== EDITOR_ORIGIN) this.scheduleSave(entry, this.options.watcher?.isArrival?.(origin) ? ARRIVAL_SAVE_DELAY_MS : undefined);
    });
    this.open.set(id, entry);
    this.options.watcher?.opened(id, entry.doc);
    if (loaded.needsSave) {
      entry.dirty = true;
      await this.save(entry, false);
    } else if (loaded.readableBehind) await this.rewriteReadableCopy(entry, located.folder);
    return { entry, problems: loaded.problems };
  }

  private summaryOf(entry: OpenArticle): ArticleSummary {
    const article = readArticle(entry.doc);
    const { meta, headline, counts } = article;
    return {
      id: entry.id,
      slug: slugForHeadline(headline),
      headline,
      status: meta.status,
      authors: meta.authors,
      wordCount: counts.words,
      createdAt: meta.createdAt,
      updatedAt: entry.changedAt,
      ...reviewCounts(entry.doc),
      ...withDesk(deskSummaryOf(article, openThreadIds(entry.doc))),
    };
  }

  private scheduleSave(entry: OpenArticle, delayMs = this.options.saveDelayMs ?? 50): void {
    const due = Date.now() + delayMs;
    // Coalesce: the pending save will include this change, unless this one must be saved sooner.
    if (entry.saveTimer && entry.saveDue! <= due) return;
    clearTimeout(entry.saveTimer);
    entry.saveDue = due;
    entry.saveTimer = setTimeout(() => {
      entry.saveTimer = undefined;
      this.options.queue.run(entry.id, () => this.save(entry, false)).catch(() => {});
    }, delayMs);
  }

  private scheduleRetry(entry: OpenArticle): void {
    if (entry.retryTimer) return;
    entry.retryTimer = setTimeout(() => {
      entry.retryTimer = undefined;
      if (this.open.get(entry.id) !== entry || !entry.dirty) return;
      this.options.queue.run(entry.id, () => this.save(entry, false)).catch(() => {});
    }, this.options.retryDelayMs ?? 3000);
    entry.retryTimer.unref?.();
  }

  /** Runs inside the article's queue. With `throwOnError`, the caller gets the save error too. */
  private async save(entry: OpenArticle, throwOnError: boolean): Promise<void> {
    if (this.open.get(entry.id) !== entry) return;
    const waiters = entry.waiters.splice(0);
    if (!entry.dirty) {
      waiters.forEach((w) => w.resolve(this.currentReport(entry)));
      return;
    }
    entry.dirty = false;
    entry.saving = true;
    try {
      const located = this.options.locate(entry.id);
      const report = await this.writeFiles(entry, located.folder);
      entry.lastSaved = report;
      clearTimeout(entry.retryTimer);
      entry.retryTimer = undefined;
      waiters.forEach((w) => w.resolve(report));
    } catch (cause) {
      entry.dirty = true;
      const error = await libraryWriteError(cause, this.options.libraryPath, readArticle(entry.doc).headline || entry.id);
      waiters.forEach((w) => w.reject(error));
      this.scheduleRetry(entry);
      if (throwOnError) throw error;
    } finally {
      entry.saving = false;
    }
  }

  private currentReport(entry: OpenArticle): SaveReport {
    return entry.lastSaved ?? { savedAt: entry.changedAt, wordCount: readArticle(entry.doc).counts.words };
  }

  /**
   * article.ydoc then article.json, each atomic; then the index. Each is the other's recovery
   * copy, with the history's newest version (articleLoader.ts); no `.bak` is kept (issue 13: a
   * backup of each was 40 % of a project on disk, and one save older than article.json).
   */
  private async writeFiles(entry: OpenArticle, folder: string): Promise<SaveReport> {
    if (!(await folderExists(folder))) {
      // The project folder alone vanished (deleted by hand): put it back rather than lose
      // the text. If the whole library is gone, the write below fails with the right error.
      if (await folderExists(this.options.libraryPath)) await fs.mkdir(folder, { recursive: true });
    }
    // Both taken from the document as it is now: typing applied while article.ydoc is written
    // goes to the next save, so the two files of a save always hold the same.
    const summary = this.summaryOf(entry);
    const state = Y.encodeStateAsUpdate(entry.doc);
    const readable = readableCopyOf(entry.doc, { slug: summary.slug, updatedAt: summary.updatedAt });
    await writeFileAtomic(path.join(folder, ARTICLE_YDOC), state);
    await writeFileAtomic(path.join(folder, ARTICLE_JSON), formatJson(readable));
    if (!entry.staleBackupsRemoved) {
      // Older than both files just written, a stale backup could only mislead a recovery.
      // Tidying only: a backup that cannot be removed (held open, a folder in its place) never
      // fails the save, and is not read again once both files are whole.
      await Promise.all([ARTICLE_YDOC, ARTICLE_JSON].map((file) => fs.rm(backupPathOf(path.join(folder, file)), { force: true }).catch(() => {})));
      entry.staleBackupsRemoved = true;
    }
    await this.tellIndex(summary, readable);
    return { savedAt: this.options.context.clock.iso(), wordCount: summary.wordCount };
  }

  /**
   * article.json alone, from the document just loaded, when a crash left it a save behind
   * article.ydoc; then the index and search, which learnt of that save from it. Not a save:
   * nothing changed, so no version, and updatedAt stays when article.ydoc was written. Best
   * effort: article.ydoc holds the article, and the next save writes article.json anyway.
   * Answers the name the replaced article.json is kept under (if there was one); null when
   * nothing was written.
   */
  private async rewriteReadableCopy(entry: OpenArticle, folder: string): Promise<{ keptAs?: string } | null> {
    const summary = this.summaryOf(entry);
    const readable = readableCopyOf(entry.doc, { slug: summary.slug, updatedAt: summary.updatedAt });
    let keptAs: string | undefined;
    try {
      // Usually a save behind; but an article.ydoc put back from a backup with a new time looks
      // the same, and then article.json holds the newer text: it is kept beside, never lost.
      keptAs = await keepReplacedCopy(folder, this.options.context.clock.iso());
      await writeFileAtomic(path.join(folder, ARTICLE_JSON), formatJson(readable));
    } catch (error) {
      this.options.context.log.problem(`article.json of ${entry.id} is a save behind and could not be written again`, error);
      return null;
    }
    await this.tellIndex(summary, readable);
    return keptAs ? { keptAs } : {};
  }

  private async tellIndex(summary: ArticleSummary, readable: ReadableCopy): Promise<void> {
    try {
      await this.options.onSaved(summary, readable);
    } catch (error) {
      // The article itself is safe; the index is rebuildable and is written again next save.
      this.options.context.log.problem('could not update the library index', error);
    }
  }

  private forget(entry: OpenArticle, reason?: unknown): void {
    clearTimeout(entry.saveTimer);
    clearTimeout(entry.retryTimer);
    const error = reason ?? new SoanError('article-not-found', { id: entry.id });
    entry.waiters.splice(0).forEach((w) => w.reject(error));
    this.options.watcher?.closing(entry.id, entry.doc);
    this.open.delete(entry.id);
    entry.doc.destroy();
  }

  private async rescue(entry: OpenArticle | undefined): Promise<void> {
    if (entry && this.options.rescueFolder) {
      await writeRescueCopy({
        folder: this.options.rescueFolder,
        articleId: entry.id,
        state: Y.encodeStateAsUpdate(entry.doc),
        context: this.options.context,
      });
    }
  }
}
