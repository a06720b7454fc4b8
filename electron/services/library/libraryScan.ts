// Brings the index in line with the project folders on disk: folders added by hand (or
// restored from a backup) are found, folders removed by hand disappear from the list. With an
// empty index this is the full rescan that rebuilds a damaged or missing library.json.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../contract/errors';
import { SoanError } from '../../contract/errors';
import type { ArticleSummary } from '../../contract/types';
import type { ArticleStore } from '../article/articleStore';
import { digestOf } from '../article/articleDigest';
import type { ArticleDigest, ArticleFurniture } from '../article/articleDigest';
import type { ReadableCopy } from '../article/readableCopy';
import { libraryReadError } from '../fs/diskErrors';
import type { LibraryIndex } from './libraryIndex';
import { ARTICLE_JSON, ARTICLE_YDOC, parseProjectFolder } from './projectFolder';
import type { ServiceContext } from '../serviceContext';

async function looksLikeProject(folder: string): Promise<boolean> {
  try {
    const names = await fs.readdir(folder);
    return names.some((n) => n.startsWith(ARTICLE_YDOC) || n.startsWith(ARTICLE_JSON));
  } catch {
    return false;
  }
}

export async function reconcileIndex(options: {
  libraryPath: string;
  index: LibraryIndex;
  store: ArticleStore;
  onProblem: (problem: Problem) => void;
  /** An article found on disk (or found again), for the search index. */
  onFound?: (readable: ReadableCopy, digest: ArticleDigest) => void;
  onRemoved?: (id: string) => void;
  context: ServiceContext;
}): Promise<void> {
  const { libraryPath, index, store, onProblem } = options;
  let folders: string[];
  try {
    const entries = await fs.readdir(libraryPath, { withFileTypes: true });
    folders = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
  } catch (error) {
    throw await libraryReadError(error, libraryPath);
  }
  const present = new Set(folders);
  const known = new Set<string>();
  const removed: string[] = [];
  for (const id of index.ids()) {
    const folder = index.get(id)!.folder;
    if (present.has(folder)) known.add(folder);
    else if (!store.isOpen(id)) removed.push(id); // moved or deleted by hand
  }
  const found: Array<{ summary: ArticleSummary; folder: string; furniture: ArticleFurniture }> = [];
  for (const name of folders.filter((f) => !known.has(f)).sort()) {
    const folder = path.join(libraryPath, name);
    const parsed = parseProjectFolder(name);
    if (!parsed) {
      if (await looksLikeProject(folder)) {
        onProblem({ code: 'project-skipped', params: { folder: name, reason: 'the folder name does not end in an article id' } });
      }
      continue;
    }
    // A copy of a project under another name ("…-<id>-ban-sao-2026") holds an article whose id
    // is not the one its name ends in: skip it as it is, never quarantine its healthy files.
    const inside = await articleIdInside(folder);
    if (inside !== undefined && inside !== parsed.id) {
      onProblem({ code: 'project-skipped', params: { folder: name, reason: 'its name does not match the article inside it (a copy made by hand?)' } });
      continue;
    }
    const other = index.get(parsed.id);
    if ((other && present.has(other.folder) && !removed.includes(parsed.id)) || found.some((f) => f.summary.id === parsed.id)) {
      onProblem({ code: 'project-skipped', params: { folder: name, reason: 'another folder holds the same article' } });
      continue;
    }
    try {
      const { summary, readable } = await store.readReadableCopy(parsed.id, folder);
      const digest = digestOf(readable);
      found.push({ summary, folder: name, furniture: digest.furniture });
      options.onFound?.(readable, digest);
    } catch (error) {
      if (!(error instanceof SoanError)) throw error;
      if (error.code === 'article-not-found') continue; // an empty folder: not a project
      if (error.code === 'library-unavailable') throw error;
      onProblem({
        code: 'project-skipped',
        params: { folder: name, reason: 'its article files are damaged and nothing could be recovered' },
      });
    }
  }
  if (!removed.length && !found.length) return;
  for (const id of removed) {
    if (found.some((f) => f.summary.id === id)) continue;
    index.forget(id);
    options.onRemoved?.(id);
  }
  for (const { summary, folder, furniture } of found) index.remember(summary, folder, furniture);
  try {
    await index.write();
  } catch (error) {
    // The list is right in memory; the file is written again with the next change.
    options.context.log.problem('could not write the library index', error);
  }
}

/** The id in a folder's article.json, if it can be read; undefined when it cannot (no harm done). */
async function articleIdInside(folder: string): Promise<string | undefined> {
  try {
    const json = JSON.parse(await fs.readFile(path.join(folder, ARTICLE_JSON), 'utf8')) as { id?: unknown };
    return typeof json.id === 'string' ? json.id : undefined;
  } catch {
    return undefined;
  }
}
