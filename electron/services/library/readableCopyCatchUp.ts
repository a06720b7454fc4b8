// At the library's start, the articles a crash left a save behind are caught up without anyone
// opening them. A save writes article.ydoc, then article.json, then the index and search.
// Killed after article.ydoc, article.json and the index keep the save before; killed after
// article.json, the index does. Such articles are found by the files' times — article.ydoc
// written after article.json, or article.json after the index — and read: article.json is
// written again from article.ydoc as opening does (the index and search follow), or the index
// learns what article.json says. Two stats an article (5,000 articles: about a tenth of a
// second); only an article found so is read. Not found this way: a save cut short within the
// disk's time resolution (two seconds on FAT): opening still mends its article.json.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../contract/errors';
import type { ArticleSummary } from '../../contract/types';
import type { ArticleStore } from '../article/articleStore';
import type { ReadableCopy } from '../article/readableCopy';
import { mapWithLimit } from '../concurrency/mapWithLimit';
import { DamagedFile } from '../fs/recoveringRead';
import type { ServiceContext } from '../serviceContext';
import { ARTICLE_JSON, ARTICLE_YDOC } from './projectFolder';

/** Stats in flight at once: enough to keep the disk's queue full, not a promise per file. */
const STATS_AT_ONCE = 16;

export interface IndexedProject {
  id: string;
  /** The project folder (absolute). */
  folder: string;
  /** As the list shows it, to name the article in a notice. */
  headline: string;
  /** article.ydoc's time when article.json, though older, was last found to say the same. */
  sameAsYdocAt?: number;
}

/** Whether a project's files say a save was cut short: article.ydoc's time (ms) if so. */
async function cutShort(project: IndexedProject, indexWrittenAt: number): Promise<number | undefined> {
  try {
    const [ydoc, json] = await Promise.all([fs.stat(path.join(project.folder, ARTICLE_YDOC)), fs.stat(path.join(project.folder, ARTICLE_JSON))]);
    if (!ydoc.isFile() || !json.isFile()) return undefined; // something else in a file's place: opening deals with it
    const jsonBehind = ydoc.mtimeMs > json.mtimeMs && ydoc.mtimeMs !== project.sameAsYdocAt;
    return (jsonBehind || json.mtimeMs > indexWrittenAt) ? ydoc.mtimeMs : undefined;
  } catch {
    return undefined; // a file missing: opening deals with it
  }
}

export async function catchUpReadableCopies(options: {
  projects: IndexedProject[];
  store: ArticleStore;
  libraryPath: string;
  /** The library index's time (ms): an article.json written after it was saved after the index learnt of it. */
  indexWrittenAt: number;
  /** An article one of whose files could not be read: nothing was changed, opening recovers it. */
  onUnreadable: (id: string, problem: Problem) => void;
  /**
   * article.json says what article.ydoc holds (nothing written), for the index to learn if it
   * is behind; with article.ydoc's time, so a copy that wrote article.ydoc last is not read
   * again at every start.
   */
  onSame: (found: { id: string; summary: ArticleSummary; readable: ReadableCopy; ydocModifiedMs: number }) => void;
  context: ServiceContext;
}): Promise<void> {
  const { store, libraryPath, context } = options;
  const found = await mapWithLimit(options.projects, STATS_AT_ONCE, async (project) => ({ project, ydocAt: await cutShort(project, options.indexWrittenAt) }));
  for (const { project, ydocAt } of found) {
    if (ydocAt === undefined) continue;
    try {
      const caughtUp = await store.catchUpReadableCopy(project.id, project.folder);
      if (caughtUp.outcome === 'same') options.onSame({ id: project.id, summary: caughtUp.summary, readable: caughtUp.readable, ydocModifiedMs: ydocAt });
    } catch (error) {
      // Nothing moved aside or written: the file may be a sync tool's copy still arriving.
      const file = error instanceof DamagedFile ? error.file : path.join(project.folder, ARTICLE_YDOC);
      context.log.warn(`article ${project.id} not caught up at start: ${path.basename(file)} could not be read`, (error as Error).message);
      options.onUnreadable(project.id, {
        code: 'article-file-unreadable',
        params: { article: project.headline || path.basename(project.folder), file: path.relative(libraryPath, file) },
      });
    }
  }
}
