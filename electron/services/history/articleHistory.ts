// Version history of the library's articles: saved on every workflow move and export, on
// demand with a label, and at most every ten minutes while someone writes. Restoring first
// keeps the current text as a version, so history never loses anything.
import type * as Y from 'yjs';
import type { Problem } from '../../contract/errors';
import { SoanError } from '../../contract/errors';
import { metaKeys } from '../../contract/article/articleNames';
import type { VersionComparison, VersionEntry, VersionReason } from '../../contract/history';
import type { Role } from '../../contract/types';
import { KeyedSerialQueue } from '../concurrency/keyedSerialQueue';
import { articleFragment } from '../article/articleYDoc';
import { writeJsonToFragment } from '../article/writeContentToFragment';
import { readArticle, storedContent } from '../../contract/article/readArticle';
import { readMetaRecord, writeMetaValue } from '../../contract/article/metaStore';
import { compareDocs } from './versionCompare';
import { reanchorComments } from '../article/reanchorComments';
import { VersionStore } from './versionStore';
import type { ServiceContext } from '../serviceContext';

export interface Actor {
  name: string;
  role: Role;
}

/** Writing saves make a version only when the last one is older than this. */
export const AUTOSAVE_VERSION_INTERVAL_MS = 10 * 60 * 1000;

/** Meta keys that belong to the article's life, not its text: a restore leaves them as they are. */
const KEPT_ON_RESTORE = new Set<string>([
  metaKeys.id,
  metaKeys.createdAt,
  metaKeys.status,
  metaKeys.workflowLog,
  metaKeys.exports,
  metaKeys.authors,
  // Notices published about the article stay published whatever text is restored.
  metaKeys.corrections,
  // A legal flag is about the article's life too: restoring old text neither raises nor clears it.
  metaKeys.legal,
  metaKeys.legalLog,
]);

export interface ArticleHistoryDeps {
  folderOf: (id: string) => string;
  /** Runs `use` on the article's live document (opening it for the call if needed). */
  readDoc: <T>(id: string, use: (doc: Y.Doc) => Promise<T>) => Promise<T>;
  /** Changes the live document and saves it now. */
  editDoc: (id: string, change: (doc: Y.Doc) => void) => Promise<void>;
  actor: () => Actor;
  context: ServiceContext;
  /** The article's headline, to name it in messages about its history. */
  headlineOf?: (id: string) => string;
  /** How a file is named to the user (relative to the library). */
  describe?: (file: string) => string;
  /** Told about damaged history files found, in plain words. */
  onProblem?: (problem: Problem) => void;
}

export class ArticleHistory {
  private readonly queue = new KeyedSerialQueue();
  private closed = false;
  /** When each article's last version was made, so a writing save need not read the index. */
  private readonly lastVersionAt = new Map<string, number>();

  constructor(private readonly deps: ArticleHistoryDeps) {}

  private store(id: string): VersionStore {
    const { headlineOf, describe, onProblem, context } = this.deps;
    return new VersionStore(this.deps.folderOf(id), { context, article: headlineOf?.(id) || undefined, describe, onProblem });
  }

  /**
   * Runs `move` when no version of the article is being read or written, and holds its history
   * until done: the caller moves the project folder (a headline's new name, the trash), which a
   * version written meanwhile would miss, or bring back as a stray folder of its own.
   */
  whileQuiet<T>(id: string, move: () => Promise<T>): Promise<T> {
    return this.run(id, move);
  }

  /**
   * The library is closing: what was asked of the history before now ends (a workflow move's
   * version included), anything asked later is refused, so nothing is written once another
   * Soạn may take the library.
   */
  async close(): Promise<void> {
    this.closed = true;
    await this.queue.idle();
  }

  /** Check the article's history files (on opening it): what was found damaged, in plain words. */
  async check(id: string): Promise<Problem[]> {
    return this.run(id, async () => (await this.store(id).check()).problems);
  }

  list(id: string): Promise<VersionEntry[]> {
    return this.run(id, () => this.store(id).list());
  }

  save(id: string, reason: VersionReason, label = ''): Promise<VersionEntry> {
    return this.run(id, () => this.saveNow(id, reason, label));
  }

  /** A version of the article as it is now, unless the last version already holds exactly that (before a merge). */
  saveIfChanged(id: string, reason: VersionReason, label = ''): Promise<VersionEntry | undefined> {
    return this.run(id, async () => {
      const changed = await this.deps.readDoc(id, async (doc) => this.store(id).changedSinceLast(doc));
      return changed ? this.saveNow(id, reason, label) : undefined;
    });
  }

  /**
   * After a writing save: a version if the last is older than ten minutes and the text
   * changed. A new article's first is ten minutes after it was created, not its first
   * keystroke (a version holding one word helps nobody).
   */
  afterWritingSave(id: string): Promise<VersionEntry | undefined> {
    const now = this.deps.context.clock.now().getTime();
    const known = this.lastVersionAt.get(id);
    if (known !== undefined && now - known < AUTOSAVE_VERSION_INTERVAL_MS) return Promise.resolve(undefined);
    return this.run(id, async () => {
      const store = this.store(id);
      const last = await store.last();
      const lastAt = last ? Date.parse(last.at) : await this.deps.readDoc(id, async (doc) => createdAtOf(doc));
      this.lastVersionAt.set(id, lastAt);
      if (now - lastAt < AUTOSAVE_VERSION_INTERVAL_MS) return undefined;
      const changed = await this.deps.readDoc(id, async (doc) => store.changedSinceLast(doc));
      return changed ? this.saveNow(id, 'autosave', '') : undefined;
    });
  }

  compare(id: string, fromId: string, toId: string): Promise<VersionComparison> {
    return this.run(id, async () => {
      const store = this.store(id);
      const from = await store.load(fromId);
      const to = await store.load(toId);
      try {
        return compareDocs(from, to);
      } finally {
        from.doc.destroy();
        to.doc.destroy();
      }
    });
  }

  /** Keep the current text as a version, bring back an old one, and keep that as a version too. */
  restore(id: string, versionId: string): Promise<VersionEntry> {
    return this.run(id, async () => {
      const old = await this.store(id).load(versionId); // refuses an unknown version before anything changes
      try {
        await this.saveNow(id, 'restore', '');
        const content = storedContent(old.doc);
        const oldMeta = readMetaRecord(old.doc);
        await this.deps.editDoc(id, (doc) =>
          doc.transact(() => {
            writeJsonToFragment(content, articleFragment(doc));
            reanchorComments(doc);
            const meta = readMetaRecord(doc);
            for (const key of Object.keys(meta)) if (!KEPT_ON_RESTORE.has(key) && !(key in oldMeta)) writeMetaValue(doc, key, undefined);
            for (const [key, value] of Object.entries(oldMeta)) if (!KEPT_ON_RESTORE.has(key)) writeMetaValue(doc, key, value);
          }),
        );
        return await this.saveNow(id, 'restore', old.entry.label);
      } finally {
        old.doc.destroy();
      }
    });
  }

  /**
   * Change the article and keep it as a version, as one step of its history (a workflow move):
   * a folder move or closing the library waits for both, so the change never goes without its version.
   */
  changeAndSave(id: string, change: (doc: Y.Doc) => void, reason: VersionReason, label = ''): Promise<VersionEntry> {
    return this.run(id, async () => {
      await this.deps.editDoc(id, change);
      return this.saveNow(id, reason, label);
    });
  }

  private run<T>(id: string, task: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new SoanError('library-unavailable', { path: '', reason: 'Soạn is closing' }));
    return this.queue.run(id, task);
  }

  /** Inside the article's history queue. */
  private async saveNow(id: string, reason: VersionReason, label: string): Promise<VersionEntry> {
    const at = this.deps.context.clock.now();
    const author = this.deps.actor();
    const entry = await this.deps.readDoc(id, (doc) =>
      this.store(id).save(doc, { at: at.toISOString(), author, label, reason, wordCount: readArticle(doc).counts.words, status: readArticle(doc).meta.status }),
    );
    this.lastVersionAt.set(id, at.getTime());
    return entry;
  }
}


/** When the article was made, in ms; -Infinity when unknown (an old or damaged article). */
function createdAtOf(doc: Y.Doc): number {
  const at = Date.parse(readArticle(doc).meta.createdAt);
  return Number.isNaN(at) ? -Infinity : at;
}
