// <library>/.soan/search-index.json: the library's full-text index (language/searchIndex.ts)
// kept across restarts. It is a cache of the articles' article.json files: missing, damaged
// or out of date, the articles concerned are indexed again from disk — never fatal. Each
// article's updatedAt is stored with it, so an index written before a crash is caught up.
import path from 'node:path';
import { z } from 'zod';
import type { SearchHit } from '../../contract/types';
import { digestOf } from '../article/articleDigest';
import type { ArticleDigest, ReadableCopyLike } from '../article/articleDigest';
import type { Problem } from '../../contract/errors';
import { writeFileAtomic } from '../fs/atomicWrite';
import { decodeText, readOrQuarantine } from '../fs/recoveringRead';
import { SearchIndex } from '../language/searchIndex';
import type { SearchIndexJson } from '../language/searchIndex';
import type { ServiceContext } from '../serviceContext';
import { decodeSearchFile, encodeSearchFile, SEARCH_FILE_FORMAT } from './searchIndexFile';

export const SEARCH_INDEX_FILE = 'search-index.json';
/**
 * Written once articles have been quiet for a few seconds (at the latest a minute after the
 * first change) and on close: serialising a newsroom-sized index on every keystroke's save
 * would hold up the event loop. A crash loses nothing — updatedAt catches the index up.
 */
const WRITE_QUIET_MS = 5000;
const WRITE_MAX_WAIT_MS = 60_000;

/** The earlier form, one JSON document read whole (still read; written in the compact form). */
const SearchFileVersion1 = z.object({
  format: z.literal(SEARCH_FILE_FORMAT),
  version: z.literal(1),
  updatedAt: z.record(z.string(), z.string()),
  index: z.object({ version: z.literal(2), terms: z.array(z.string()), documents: z.array(z.unknown()) }).loose(),
});

export class LibrarySearch {
  private writeTimer?: NodeJS.Timeout;
  private firstUnwrittenAt = 0;
  private writing: Promise<void> = Promise.resolve();
  private dirty = false;

  private constructor(
    private readonly file: string,
    private index: SearchIndex,
    private readonly updatedAt: Map<string, string>,
    private readonly context: ServiceContext,
  ) {}

  /**
   * Loads the saved index; anything wrong with it gives an empty one (the caller catches up).
   * A damaged file is moved aside, not overwritten, and `onProblem` hears of it.
   */
  static async open(options: {
    soanFolder: string;
    context: ServiceContext;
    onProblem?: (problem: Problem) => void;
  }): Promise<LibrarySearch> {
    const { context, soanFolder, onProblem } = options;
    const file = path.join(soanFolder, SEARCH_INDEX_FILE);
    // A piece found damaged when first read: its article is indexed again when next saved.
    const onDamagedPiece = (what: string, why: string) => context.log.warn(`search index: ${what} unreadable`, why);
    const parse = (bytes: Buffer) => {
      const compact = decodeSearchFile(bytes, onDamagedPiece);
      if (compact) return compact;
      const parsed = SearchFileVersion1.parse(JSON.parse(decodeText(bytes)));
      return { index: SearchIndex.fromJSON(parsed.index as unknown as SearchIndexJson), updatedAt: parsed.updatedAt, earlierForm: true };
    };
    try {
      const { value, movedTo } = await readOrQuarantine(file, parse, context.clock);
      if (value) {
        const search = new LibrarySearch(file, value.index, new Map(Object.entries(value.updatedAt)), context);
        if ('earlierForm' in value) search.scheduleWrite(); // in the compact form from now on
        return search;
      }
      if (movedTo) {
        const name = (f: string) => path.relative(path.dirname(soanFolder), f);
        onProblem?.({ code: 'search-index-rebuilt', params: { file: name(file), movedTo: name(movedTo) } });
        context.log.warn('search index unreadable, rebuilding it', `kept aside as ${name(movedTo)}`);
      }
    } catch (error) {
      context.log.warn('search index unreadable, rebuilding it', (error as Error).message);
    }
    return new LibrarySearch(file, new SearchIndex(), new Map(), context);
  }

  /** Articles whose indexed text is missing or older than the library says; extras are dropped. */
  outdated(articles: Array<{ id: string; updatedAt: string }>): string[] {
    const wanted = new Set(articles.map((a) => a.id));
    for (const id of [...this.updatedAt.keys()]) if (!wanted.has(id)) this.remove(id);
    return articles.filter((a) => this.updatedAt.get(a.id) !== a.updatedAt || !this.index.has(a.id)).map((a) => a.id);
  }

  /** Index again the articles the saved index does not have as they are now; one failure skips one article. */
  async catchUp(
    articles: Array<{ id: string; updatedAt: string }>,
    read: (id: string) => Promise<ReadableCopyLike & { updatedAt: string }>,
  ): Promise<void> {
    for (const id of this.outdated(articles)) {
      try {
        this.update(await read(id));
      } catch (error) {
        this.context.log.problem(`article ${id} not indexed for search`, (error as Error).message);
      }
    }
  }

  /** `digest` when the caller already made one from this readable (a save needs both halves). */
  update(readable: ReadableCopyLike & { updatedAt: string }, digest: ArticleDigest = digestOf(readable)): void {
    this.index.update(digest.search);
    this.updatedAt.set(readable.id, readable.updatedAt);
    this.scheduleWrite();
  }

  remove(id: string): void {
    if (!this.updatedAt.has(id) && !this.index.has(id)) return;
    this.index.remove(id);
    this.updatedAt.delete(id);
    this.scheduleWrite();
  }

  /** Forget everything (a full rescan follows). */
  clear(): void {
    this.index = new SearchIndex();
    this.updatedAt.clear();
    this.scheduleWrite();
  }

  search(query: string, limit: number, headlineOf: (id: string) => string | undefined): SearchHit[] {
    const hits: SearchHit[] = [];
    for (const result of this.index.search(query.normalize('NFC'), { limit })) {
      const headline = headlineOf(result.id);
      if (headline === undefined) continue; // trashed since: the index catches up on its own
      const snippet = result.snippet;
      hits.push({
        id: result.id,
        headline,
        score: result.score,
        field: (snippet?.field ?? 'headline') as SearchHit['field'],
        snippet: snippet?.text ?? headline,
        highlights: snippet?.highlights.map(([from, to]) => [from, to] as [number, number]) ?? [],
      });
    }
    return hits;
  }

  /** Write now if anything changed (on close). */
  flush(): Promise<void> {
    clearTimeout(this.writeTimer);
    this.writeTimer = undefined;
    if (!this.dirty) return this.writing;
    this.dirty = false;
    const bytes = encodeSearchFile(this.index, Object.fromEntries(this.updatedAt));
    const next = this.writing.then(() => writeFileAtomic(this.file, bytes));
    this.writing = next.catch((error) => {
      // The articles are safe; the index is rebuilt from them next time if this never lands.
      this.context.log.problem('search index not written', (error as Error).message);
    });
    return this.writing;
  }

  private scheduleWrite(): void {
    const now = Date.now(); // real time, like the timer it sets: not the context's clock
    if (!this.dirty) this.firstUnwrittenAt = now;
    this.dirty = true;
    clearTimeout(this.writeTimer);
    const delay = Math.max(0, Math.min(WRITE_QUIET_MS, this.firstUnwrittenAt + WRITE_MAX_WAIT_MS - now));
    this.writeTimer = setTimeout(() => {
      this.writeTimer = undefined;
      void this.flush();
    }, delay);
    this.writeTimer.unref?.();
  }
}
