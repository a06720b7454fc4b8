// A library folder opened by this Soạn: its lock, index, open articles, media and trash.
// Library-wide changes (create, rename, duplicate, trash, restore, rescans) run one at a time.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { SoanError, type Problem } from '../../contract/errors';
import type { ArticleSummary, LibraryListing, MediaInfo, OpenedArticle, SaveReport } from '../../contract/types';
import { copyArticleDoc, createArticleDoc, setHeadline } from '../article/articleYDoc';
import { readArticle } from '../../contract/article/readArticle';
import { ArticleStore, type ArticleWatcher } from '../article/articleStore';
import { digestOf, furnitureOfDoc } from '../article/articleDigest';
import type { ArticleFurniture } from '../article/articleDigest';
import type { ReadableCopy } from '../article/readableCopy';
import { LibrarySearch } from '../search/librarySearch';
import { loadArticle } from '../article/articleLoader';
import { KeyedSerialQueue } from '../concurrency/keyedSerialQueue';
import { removeLeftoverTempFiles } from '../fs/atomicWrite';
import { errnoOf, folderExists, pathExists, isPermissionError, libraryReadError, libraryWriteError, plainReason } from '../fs/diskErrors';
import { MediaStore } from '../media/mediaStore';
import { INDEX_FILE, LibraryIndex } from './libraryIndex';
import { LOCK_FILE, LibraryLock } from './libraryLock';
import { reconcileIndex } from './libraryScan';
import { ProblemLog } from './problemLog';
import { catchUpReadableCopies } from './readableCopyCatchUp';
import { MEDIA_FOLDER, MEDIA_JSON, newArticleId, projectFolderName } from './projectFolder';
import { TrashBin } from './trashBin';
import { ArticleHistory } from '../history/articleHistory';
import type { Actor } from '../history/articleHistory';
import type { WorkflowDeps } from '../workflow/articleWorkflow';
import type { ServiceContext } from '../serviceContext';

export const SOAN_FOLDER = '.soan';
const LIBRARY_WIDE = '*library*';
const COPY_SUFFIX = ' (bản sao)';

export interface LibraryOptions {
  libraryPath: string;
  /** Make the folder if it does not exist (first run, or a new path chosen in settings). */
  create: boolean;
  /** Its clock dates articles, versions and workflow moves; its actor is added to the authors of what it edits. */
  context: ServiceContext;
  rescueFolder?: string;
  saveDelayMs?: number;
  retryDelayMs?: number;
  /** Who is acting (profile name and role), for versions and workflow moves. */
  actor?: () => Actor;
  /** Told when an article's document comes into memory and leaves it (sync). */
  watcher?: ArticleWatcher;
}

export class Library {
  readonly problems = new ProblemLog();
  private readonly queue = new KeyedSerialQueue();
  private readonly store: ArticleStore;
  private readonly media: MediaStore;
  private readonly trashBin: TrashBin;
  readonly context: ServiceContext;
  private index!: LibraryIndex;
  private searchIndex!: LibrarySearch;
  readonly history: ArticleHistory;
  /** Articles the editor has open (open() until closeArticle()): a short read never closes them. */
  private readonly editing = new Set<string>();
  /** What workflow moves need of the library. */
  readonly workflow: WorkflowDeps;
  /** Articles whose files could not be read at start, told until each is read again (opening says what it recovered). */
  private readonly unreadAtStart = new Map<string, Problem>();

  /** The library folder (absolute). */
  readonly path: string;

  private constructor(
    libraryPath: string,
    private readonly lock: LibraryLock,
    options: LibraryOptions,
  ) {
    this.path = libraryPath;
    const { context } = options;
    this.context = context;
    const locate = (id: string) => this.locate(id);
    this.store = new ArticleStore({
      libraryPath: this.path,
      locate,
      queue: this.queue,
      onSaved: async (summary, readable) => {
        const digest = digestOf(readable);
        this.searchIndex?.update(readable, digest);
        await this.index.updateSummary(summary, digest.furniture);
      },
      onProblem: this.problems.add,
      onLoaded: (id) => this.withdrawStartNotice(id),
      context,
      rescueFolder: options.rescueFolder,
      saveDelayMs: options.saveDelayMs,
      retryDelayMs: options.retryDelayMs,
      watcher: options.watcher,
    });
    this.media = new MediaStore({
      libraryPath: this.path,
      locate,
      queue: this.queue,
      onProblem: this.problems.add,
      otherProjects: (id) => this.index.summaries().flatMap((s) => (s.id === id ? [] : [this.locate(s.id).folder])),
      context,
    });
    this.trashBin = new TrashBin({ soanFolder: path.join(this.path, SOAN_FOLDER), context });
    const readDoc = <T>(id: string, use: (doc: Y.Doc) => Promise<T>) => this.readDoc(id, use);
    const editDoc = async (id: string, change: (doc: Y.Doc) => void) => {
      await this.edit(id, change);
    };
    this.history = new ArticleHistory({
      folderOf: (id) => this.locate(id).folder,
      readDoc,
      editDoc,
      actor: options.actor ?? (() => ({ name: context.actor() ?? '', role: 'reporter' })),
      context,
      headlineOf: (id) => this.locate(id).headline,
      describe: (file) => path.relative(this.path, file),
      onProblem: this.problems.add,
    });
    this.workflow = {
      readDoc,
      context,
      saveVersion: (id, reason, label) => this.history.save(id, reason, label),
      changeAndSave: (id, change, reason, label) => this.history.changeAndSave(id, change, reason, label),
    };
  }

  static async open(options: LibraryOptions): Promise<Library> {
    const libraryPath = path.resolve(options.libraryPath);
    const soanFolder = path.join(libraryPath, SOAN_FOLDER);
    let lock: LibraryLock;
    try {
      if (options.create) await fs.mkdir(libraryPath, { recursive: true });
      else if (!(await folderExists(libraryPath))) {
        throw new SoanError('library-unavailable', { path: libraryPath, reason: 'the library folder is missing' });
      }
      await fs.mkdir(soanFolder, { recursive: true });
      lock = await LibraryLock.acquire({ soanFolder, libraryPath, context: options.context });
      await removeLeftoverTempFiles(soanFolder, (name) => name.startsWith(`.${LOCK_FILE}.`));
    } catch (error) {
      if (error instanceof SoanError) throw error;
      if (isPermissionError(error)) throw new SoanError('library-read-only', { path: libraryPath });
      throw new SoanError('library-unavailable', { path: libraryPath, reason: plainReason(error) });
    }
    const library = new Library(libraryPath, lock, options);
    try {
      library.index = await LibraryIndex.open({
        soanFolder,
        libraryPath,
        onProblem: library.problems.add,
        beforeWrite: () => library.restoreSoanFolder(),
        context: options.context,
      });
      library.searchIndex = await LibrarySearch.open({ soanFolder, context: options.context, onProblem: library.problems.add });
      if (!library.index.trustworthy || library.index.lacksFurniture || library.index.lacksReviewCounts) await library.rescan();
      else await library.catchUpReadableCopies(); // a rescan has just read every article
      await library.catchUpSearch();
    } catch (error) {
      await lock.release();
      throw await libraryReadError(error, libraryPath);
    }
    return library;
  }

  // ------------------------------------------------------------------ reading

  async list(): Promise<LibraryListing> {
    return this.queue.run(LIBRARY_WIDE, async () => {
      await this.reconcile();
      const articles = this.index.summaries().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      const trash = await this.trashBin.list().catch(() => []);
      return { libraryPath: this.path, articles, trash, problems: this.problems.list() };
    });
  }

  /** Every article's id and headline (the sync service publishes them and catches each up). */
  articles(): Array<{ id: string; headline: string }> {
    return this.index.summaries().map((s) => ({ id: s.id, headline: s.headline }));
  }

  /** Summaries and furniture of every article, for the vocabulary the panels offer. */
  catalogue(): { summaries: ArticleSummary[]; furniture: ArticleFurniture[] } {
    return { summaries: this.index.summaries(), furniture: this.index.furniture().map((f) => f.furniture) };
  }

  search(query: string, limit: number) {
    return this.searchIndex.search(query, limit, (id) => this.index.get(id)?.headline);
  }

  /** The article as article.json has it, taken from memory when it is open (unsaved typing included). */
  async readableCopy(id: string): Promise<ReadableCopy> {
    const { folder } = this.locate(id);
    return (await this.store.readReadableCopy(id, folder)).readable;
  }

  /** The project's media/ folder (export reads the photos from it). */
  mediaFolder(id: string): string {
    return path.join(this.locate(id).folder, MEDIA_FOLDER);
  }

  /** Change an article's document and save it now (import fix-ups, the export log). */
  edit(id: string, change: (doc: Y.Doc) => void): Promise<ArticleSummary> {
    this.locate(id);
    return this.store.edit(id, change);
  }

  /** A new project from a ready document (import, a package); `fill` may add files to its folder first. */
  async createFrom(doc: Y.Doc, fill: (folder: string) => Promise<void> = async () => {}): Promise<ArticleSummary> {
    return this.queue.run(LIBRARY_WIDE, () => this.addProject(readArticle(doc).meta.id, doc, fill));
  }

  /** Whether the library holds an article with this id. */
  has(id: string): boolean {
    return this.index.get(id) !== undefined;
  }

  /** The project folder of an article (packages read and write its history there). */
  projectFolder(id: string): string {
    return this.locate(id).folder;
  }

  async open(id: string): Promise<OpenedArticle> {
    this.editing.add(id);
    const { doc, summary, problems } = await this.store.openArticle(id).catch((error) => {
      this.editing.delete(id);
      throw error;
    });
    // The article's other files are checked as it opens, so damage is told where it matters.
    const media = await this.media.check(id, doc);
    const history = await this.history.check(id).catch((error) => {
      this.context.log.problem('history not checked', plainReason(error));
      return [];
    });
    return { summary, state: Y.encodeStateAsUpdate(doc), problems: [...problems, ...media, ...history] };
  }

  async update(id: string, update: Uint8Array): Promise<SaveReport> {
    const report = await this.store.applyUpdate(id, update);
    if (update.byteLength > 0) {
      // A version at most every ten minutes of writing; a failure here must not fail the save.
      await this.history.afterWritingSave(id).catch((error) => this.context.log.problem('version not saved', error));
    }
    return report;
  }

  /**
   * A change the editor hands on at once while others are on the article (article:live): into
   * the article's document now, saved with the next save. update() brings the same change
   * again and answers when it is on disk, with any failure.
   */
  applyNow(id: string, update: Uint8Array): void {
    this.store.applyUpdate(id, update).catch(() => undefined);
  }

  /** Runs `use` on the article's live document, opening it for the call when it is not open. */
  async readDoc<T>(id: string, use: (doc: Y.Doc) => Promise<T>): Promise<T> {
    this.locate(id);
    const wasOpen = this.store.isOpen(id);
    const { doc } = await this.store.openArticle(id);
    try {
      return await use(doc);
    } finally {
      // The editor may have opened it meanwhile (a sync round reads articles while the user works).
      if (!wasOpen && !this.editing.has(id)) await this.store.close(id).catch(() => {});
    }
  }

  async closeArticle(id: string): Promise<void> {
    this.locate(id);
    this.editing.delete(id);
    await this.store.close(id);
    // Now that nobody writes into it, the folder can follow a headline changed in the editor.
    await this.queue.run(LIBRARY_WIDE, () => this.moveFolderToHeadline(id)).catch((error) => {
      this.context.log.problem('could not rename the project folder', error);
    });
  }

  // ------------------------------------------------------------------ changing

  async create(request: { headline?: string }): Promise<ArticleSummary> {
    return this.queue.run(LIBRARY_WIDE, async () => {
      const id = newArticleId();
      const headline = (request.headline ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
      const doc = createArticleDoc({ id, createdAt: this.context.clock.iso(), author: this.context.actor(), headline });
      return this.addProject(id, doc, async () => {});
    });
  }

  async rename(id: string, headline: string): Promise<ArticleSummary> {
    return this.queue.run(LIBRARY_WIDE, async () => {
      this.locate(id);
      const summary = await this.store.edit(id, (doc) => setHeadline(doc, headline));
      await this.moveFolderToHeadline(id);
      return summary;
    });
  }

  async duplicate(id: string): Promise<ArticleSummary> {
    return this.queue.run(LIBRARY_WIDE, async () => {
      const source = this.locate(id);
      const wasOpen = this.store.isOpen(id);
      const { doc } = await this.store.openArticle(id);
      const copyId = newArticleId();
      const copy = copyArticleDoc(doc, { id: copyId, createdAt: this.context.clock.iso() });
      setHeadline(copy, `${readArticle(doc).headline}${COPY_SUFFIX}`.trim());
      if (!wasOpen) await this.store.close(id).catch(() => {});
      return this.addProject(copyId, copy, async (folder) => {
        await copyIfPresent(path.join(source.folder, MEDIA_FOLDER), path.join(folder, MEDIA_FOLDER));
        await copyIfPresent(path.join(source.folder, MEDIA_JSON), path.join(folder, MEDIA_JSON));
      });
    });
  }

  async trash(id: string): Promise<void> {
    return this.queue.run(LIBRARY_WIDE, async () => {
      const { folder } = this.locate(id);
      const headline = this.index.get(id)?.headline ?? '';
      await this.store.close(id); // flush first; a failed save stops the move
      await this.history.whileQuiet(id, () => this.queue.run(id, async () => {
        try {
          await this.trashBin.put(folder, { id, headline });
        } catch (error) {
          throw await libraryWriteError(error, this.path, headline || id);
        }
        this.store.discard(id);
        this.searchIndex.remove(id);
        await this.index.remove(id).catch((e) => this.context.log.problem('index not written', e));
      }));
    });
  }

  async restore(trashId: string): Promise<ArticleSummary> {
    return this.queue.run(LIBRARY_WIDE, async () => {
      const trashed = await this.trashBin.require(trashId);
      const oldId = trashed.entry.id;
      const taken = this.index.get(oldId) !== undefined || (await pathExists(path.join(this.path, trashed.folderName)));
      const id = taken ? newArticleId() : oldId;
      const name = taken ? projectFolderName(trashed.entry.headline, id) : trashed.folderName;
      const folder = path.join(this.path, name);
      try {
        await fs.rename(trashed.folder, folder);
      } catch (error) {
        throw await libraryWriteError(error, this.path, trashed.entry.headline);
      }
      let summary: ArticleSummary;
      let furniture: ArticleFurniture;
      if (taken) {
        // Its id is in use again (e.g. restored before): it comes back as a new article.
        const loaded = await loadArticle({ id: oldId, folder, libraryPath: this.path, context: this.context });
        const renewed = copyArticleDoc(loaded.doc, { id, createdAt: this.context.clock.iso() });
        summary = await this.store.saveNew(id, renewed, folder); // indexed for search as it saves
        furniture = furnitureOfDoc(renewed);
      } else {
        const read = await this.store.readReadableCopy(id, folder);
        summary = read.summary;
        const digest = digestOf(read.readable);
        furniture = digest.furniture;
        this.searchIndex.update(read.readable, digest);
      }
      await this.index.put(summary, name, furniture).catch((e) => this.context.log.problem('index not written', e));
      await this.trashBin.removeEntry(trashId).catch(() => {});
      return summary;
    });
  }

  importMedia(articleId: string, fileName: string, bytes: Uint8Array): Promise<MediaInfo> {
    return this.media.importImage(articleId, fileName, bytes);
  }

  mediaPath(articleId: string, file: string): Promise<string> {
    return this.media.mediaPath(articleId, file);
  }

  /** Save everything and let go of the library (quit, or another library chosen). */
  async close(): Promise<void> {
    // First the history: a workflow move answered after its push is still writing its version,
    // which needs the article open, and must end before another Soạn may take the library.
    await this.history.close();
    await this.queue.run(LIBRARY_WIDE, () => this.store.closeAll());
    await this.queue.idle();
    await this.searchIndex.flush();
    await this.lock.release();
  }

  // ------------------------------------------------------------------ internals

  private locate(id: string): { folder: string; headline: string } {
    const entry = this.index.get(id);
    if (!entry) throw new SoanError('article-not-found', { id });
    return { folder: path.join(this.path, entry.folder), headline: entry.headline };
  }

  private async rescan(): Promise<void> {
    this.index.clear();
    this.searchIndex?.clear();
    await this.reconcile();
  }

  private reconcile(): Promise<void> {
    return reconcileIndex({
      libraryPath: this.path,
      index: this.index,
      store: this.store,
      onProblem: this.problems.add,
      onFound: (readable, digest) => this.searchIndex?.update(readable, digest),
      onRemoved: (id) => this.searchIndex?.remove(id),
      context: this.context,
    });
  }

  /** Articles whose last save a crash cut short, caught up so the list and search show it (readableCopyCatchUp.ts). */
  private catchUpReadableCopies(): Promise<void> {
    return catchUpReadableCopies({
      libraryPath: this.path,
      index: this.index,
      indexFile: path.join(this.path, SOAN_FOLDER, INDEX_FILE),
      store: this.store,
      onUnreadable: (id, problem) => {
        this.unreadAtStart.set(id, problem);
        this.problems.add(problem);
      },
      onNotice: (_id, problem) => this.problems.add(problem),
      context: this.context,
    });
  }

  private withdrawStartNotice(id: string): void {
    const notice = this.unreadAtStart.get(id);
    if (!notice) return;
    this.unreadAtStart.delete(id);
    this.problems.withdraw(notice);
  }

  private catchUpSearch(): Promise<void> {
    return this.searchIndex.catchUp(this.index.summaries(), async (id) => (await this.store.readReadableCopy(id, this.locate(id).folder)).readable);
  }

  /** Make the project folder, let `fill` add to it, write the article, and index it. */
  private async addProject(id: string, doc: Y.Doc, fill: (folder: string) => Promise<void>): Promise<ArticleSummary> {
    const name = projectFolderName(readArticle(doc).headline, id);
    const folder = path.join(this.path, name);
    try {
      await fs.mkdir(folder);
      await fill(folder);
      const summary = await this.store.saveNew(id, doc, folder);
      await this.index.put(summary, name, furnitureOfDoc(doc)).catch((e) => this.context.log.problem('index not written', e));
      return summary;
    } catch (error) {
      if (errnoOf(error) !== 'EEXIST') await fs.rm(folder, { recursive: true, force: true }).catch(() => {});
      throw await libraryWriteError(error, this.path, readArticle(doc).headline || id);
    } finally {
      doc.destroy();
    }
  }

  /** Rename `<old-slug>-<id>/` after the current headline. Runs in the article's queue. */
  private async moveFolderToHeadline(id: string): Promise<void> {
    // A workflow move shows in the editor before its version is on disk: leaving the article
    // at once must not move the folder from under that version.
    await this.history.whileQuiet(id, () => this.queue.run(id, async () => {
      const entry = this.index.get(id);
      if (!entry) return;
      const name = projectFolderName(entry.headline, id);
      if (name === entry.folder) return;
      try {
        await fs.rename(path.join(this.path, entry.folder), path.join(this.path, name));
      } catch (error) {
        // A file manager or virus scanner holding the folder (Windows): keep the old name.
        this.context.log.warn('project folder not renamed', plainReason(error));
        return;
      }
      const summary = this.index.summaries().find((s) => s.id === id)!;
      await this.index.put(summary, name).catch((e) => this.context.log.problem('index not written', e));
    }));
  }

  /** After the library folder vanished and came back, put `.soan` and the lock back. */
  private async restoreSoanFolder(): Promise<void> {
    if (!(await folderExists(this.path))) return;
    await fs.mkdir(path.join(this.path, SOAN_FOLDER), { recursive: true });
    await this.lock.reassert();
  }
}


/** Copies folders and plain files only: a symlink planted in a project is not followed or copied. */
async function copyIfPresent(from: string, to: string): Promise<void> {
  if (!(await pathExists(from))) return;
  await fs.cp(from, to, {
    recursive: true,
    filter: async (source) => {
      const stat = await fs.lstat(source);
      return stat.isDirectory() || stat.isFile();
    },
  });
}
