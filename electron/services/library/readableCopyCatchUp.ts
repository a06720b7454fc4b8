// At the library's start, the articles a crash left a save behind are caught up without anyone
// opening them. A save writes article.ydoc, then article.json, then the index and search;
// killed between the first two, the library list and search keep the save before. Such an
// article is found by its two files' times — article.ydoc written after article.json — and
// article.json is written again from article.ydoc as opening does (the index and search
// follow). Two stats an article (5,000 articles: about a tenth of a second); only an article
// whose article.ydoc is newer is read. Not found this way: a save cut short within the disk's
// time resolution (two seconds on FAT): opening still mends that one.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../contract/errors';
import type { ArticleStore } from '../article/articleStore';
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

/** article.ydoc's time (ms) when it was written after article.json; undefined otherwise. */
async function ydocNewer(folder: string): Promise<number | undefined> {
  try {
    const [ydoc, json] = await Promise.all([fs.stat(path.join(folder, ARTICLE_YDOC)), fs.stat(path.join(folder, ARTICLE_JSON))]);
    return ydoc.isFile() && json.isFile() && ydoc.mtimeMs > json.mtimeMs ? ydoc.mtimeMs : undefined;
  } catch {
    return undefined; // a file missing, or something else in its place: opening deals with it
  }
}

export async function catchUpReadableCopies(options: {
  projects: IndexedProject[];
  store: ArticleStore;
  libraryPath: string;
  /** An article one of whose files could not be read: nothing was changed, opening recovers it. */
  onUnreadable: (id: string, problem: Problem) => void;
  /** article.json found to say what article.ydoc holds, though older (a copy that wrote article.ydoc last): not to be read again. */
  onSame: (id: string, ydocModifiedMs: number) => void;
  context: ServiceContext;
}): Promise<void> {
  const { store, libraryPath, context } = options;
  const found = await mapWithLimit(options.projects, STATS_AT_ONCE, async (project) => ({ project, ydocAt: await ydocNewer(project.folder) }));
  for (const { project, ydocAt } of found) {
    if (ydocAt === undefined || ydocAt === project.sameAsYdocAt) continue;
    try {
      const outcome = await store.catchUpReadableCopy(project.id, project.folder);
      // Remembered (article.json itself is left as it is): else every start of a library
      // copied that way would read every article again.
      if (outcome === 'same') options.onSame(project.id, ydocAt);
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
