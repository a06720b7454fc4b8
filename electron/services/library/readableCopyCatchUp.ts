// At the library's start, the articles a crash left a save behind are caught up without anyone
// opening them. A save writes article.ydoc, then article.json, then the index and search.
// Killed after article.ydoc, article.json and the index keep the save before; killed after
// article.json, the index does. Such articles are found by the files' times — article.ydoc
// written after article.json, or article.json after the index — and read: article.json is
// written again from article.ydoc as opening does (the index and search follow), or the index
// learns what article.json says. Two look-ups an article (5,000 articles: ~30 ms); only an
// article found so is read. Not found this way: a save cut short within the disk's time
// resolution (two seconds on FAT): opening still mends its article.json.
import { promises as fs, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../contract/errors';
import type { ArticleStore } from '../article/articleStore';
import { digestOf } from '../article/articleDigest';
import { DamagedFile } from '../fs/recoveringRead';
import type { ServiceContext } from '../serviceContext';
import type { LibraryIndex } from './libraryIndex';
import { ARTICLE_JSON, ARTICLE_YDOC } from './projectFolder';

/**
 * Projects looked at between two turns of the event loop. The look-ups are synchronous: at
 * 5,000 articles, ~30 ms of CPU against ~100 ms through the thread pool (a promise and a hand-
 * off each); in chunks, nothing else waits more than a millisecond or two.
 */
const PROJECTS_A_TURN = 250;

interface IndexedProject {
  id: string;
  /** The project folder (absolute). */
  folder: string;
  /** As the list shows it, to name the article in a notice. */
  headline: string;
  /** article.ydoc's time when article.json, though older, was last found to say the same. */
  sameAsYdocAt?: number;
}

/** Whether a project's files say a save was cut short: article.ydoc's time (ms) if so. */
function cutShort(project: IndexedProject, indexWrittenAt: number): number | undefined {
  try {
    const ydoc = statSync(path.join(project.folder, ARTICLE_YDOC), { throwIfNoEntry: false });
    const json = ydoc?.isFile() ? statSync(path.join(project.folder, ARTICLE_JSON), { throwIfNoEntry: false }) : undefined;
    if (!ydoc?.isFile() || !json?.isFile()) return undefined; // missing, or something else in its place: opening deals with it
    const jsonBehind = ydoc.mtimeMs > json.mtimeMs && ydoc.mtimeMs !== project.sameAsYdocAt;
    return jsonBehind || json.mtimeMs > indexWrittenAt ? ydoc.mtimeMs : undefined;
  } catch {
    return undefined; // unreadable folder: opening says why
  }
}

/** The projects whose files say a save was cut short, with article.ydoc's time. */
async function projectsCutShort(projects: IndexedProject[], indexWrittenAt: number): Promise<Array<{ project: IndexedProject; ydocAt: number }>> {
  const found: Array<{ project: IndexedProject; ydocAt: number }> = [];
  for (let from = 0; from < projects.length; from += PROJECTS_A_TURN) {
    if (from > 0) await new Promise((resolve) => setImmediate(resolve));
    for (const project of projects.slice(from, from + PROJECTS_A_TURN)) {
      const ydocAt = cutShort(project, indexWrittenAt);
      if (ydocAt !== undefined) found.push({ project, ydocAt });
    }
  }
  return found;
}

export async function catchUpReadableCopies(options: {
  libraryPath: string;
  index: LibraryIndex;
  /** The index's file (.soan/library.json), whose time says when the index last learnt of a save. */
  indexFile: string;
  store: ArticleStore;
  /** An article one of whose files could not be read: nothing was changed, opening recovers it. */
  onUnreadable: (id: string, problem: Problem) => void;
  /** What the user should know of an article caught up (its replaced article.json kept beside it). */
  onNotice: (id: string, problem: Problem) => void;
  context: ServiceContext;
}): Promise<void> {
  const { store, index, libraryPath, context } = options;
  // An article.json written after the index was saved after the index learnt of it.
  const indexWrittenAt = (await fs.stat(options.indexFile).catch(() => undefined))?.mtimeMs ?? Number.POSITIVE_INFINITY;
  const projects = index.ids().map((id) => {
    const entry = index.get(id)!;
    return { id, folder: path.join(libraryPath, entry.folder), headline: entry.headline, sameAsYdocAt: entry.sameAsYdocAt };
  });
  let learnt = false;
  for (const { project, ydocAt } of await projectsCutShort(projects, indexWrittenAt)) {
    try {
      const caughtUp = await store.catchUpReadableCopy(project.id, project.folder);
      if (caughtUp.outcome === 'written' && caughtUp.keptAs) {
        // Written: the index and search learnt it as a save does. Said, with where the replaced
        // copy is: a backup put back looks like a save cut short, and the newer text is then there.
        options.onNotice(project.id, {
          code: 'readable-copy-replaced',
          params: { article: project.headline || path.basename(project.folder), file: path.relative(libraryPath, path.join(project.folder, caughtUp.keptAs)) },
        });
      }
      if (caughtUp.outcome !== 'same') continue;
      // article.json says what article.ydoc holds: the index learns it if it was behind (search
      // follows by the updatedAt it now has), and a copy that wrote article.ydoc last is not read
      // again at every start.
      index.remember(caughtUp.summary, index.get(project.id)!.folder, digestOf(caughtUp.readable).furniture);
      index.noteSameAsYdoc(project.id, ydocAt);
      learnt = true;
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
  if (learnt) await index.write().catch((error) => context.log.problem('could not write the library index', error));
}
