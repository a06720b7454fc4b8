// Loads an article project from disk, recovering what it can: a damaged article.ydoc is moved
// aside and replaced from article.ydoc.bak, else rebuilt from article.json; a damaged
// article.json is moved aside and rewritten from the document. Every recovery is reported.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import * as Y from 'yjs';
import type { Problem } from '../../contract/errors';
import { SoanError } from '../../contract/errors';
import { backupPathOf, removeLeftoverTempFiles } from '../fs/atomicWrite';
import { folderExists, libraryReadError } from '../fs/diskErrors';
import { readOrQuarantine } from '../fs/recoveringRead';
import { ARTICLE_JSON, ARTICLE_YDOC } from '../library/projectFolder';
import { readArticle } from '../../contract/article/readArticle';
import { docFromReadableCopy, parseReadableCopyOf, type ReadableCopy } from './readableCopy';
import { readableReview } from '../review/readableReview';
import type { ServiceContext } from '../serviceContext';

export interface LoadedArticle {
  doc: Y.Doc;
  /** When the content last changed, as far as the files tell. */
  updatedAt: string;
  problems: Problem[];
  /** Something was recovered or is missing: write both files again. */
  needsSave: boolean;
}

/** An update that decodes to a document of a different (or no) article is damaged too: NUL bytes decode to an empty doc. */
export function parseArticleState(id: string): (bytes: Buffer) => Y.Doc {
  return (bytes) => {
    if (bytes.length === 0) throw new Error('empty file');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, bytes);
    const found = readArticle(doc).meta.id;
    if (found !== id) {
      doc.destroy();
      throw new Error(found ? `document of article ${found}` : 'no article in this file');
    }
    return doc;
  };
}

/** Equal as JSON, whatever the order of keys (parsing article.json may reorder them). */
function sameJson(a: unknown, b: unknown): boolean {
  const plain = (value: unknown) => JSON.parse(JSON.stringify(value ?? null)) as unknown;
  return isDeepStrictEqual(plain(a), plain(b));
}

/** Whether a document holds exactly what its readable copy (article.json) says: content, metadata, and review (comments, pending suggestions). */
function holdsReadableCopy(doc: Y.Doc, json: ReadableCopy): boolean {
  const article = readArticle(doc);
  return (
    sameJson(article.content, json.content) &&
    sameJson(article.metaRecord, json.meta) &&
    sameJson(readableReview(doc, article.stored), json.review)
  );
}

async function modifiedAt(file: string): Promise<string | undefined> {
  try {
    return (await fs.stat(file)).mtime.toISOString();
  } catch {
    return undefined;
  }
}

export async function loadArticle(options: {
  id: string;
  folder: string;
  libraryPath: string;
  /** The headline the index knows, to name the article when nothing else can. */
  headlineHint?: string;
  context: ServiceContext;
}): Promise<LoadedArticle> {
  const { id, folder, libraryPath } = options;
  const { clock } = options.context;
  if (!(await folderExists(folder))) {
    if (!(await folderExists(libraryPath))) throw await libraryReadError(new Error('missing'), libraryPath);
    throw new SoanError('article-not-found', { id });
  }
  const name = (file: string) => path.relative(libraryPath, file);
  const ydocFile = path.join(folder, ARTICLE_YDOC);
  const jsonFile = path.join(folder, ARTICLE_JSON);
  try {
    await removeLeftoverTempFiles(folder);
    const state = await readOrQuarantine(ydocFile, parseArticleState(id), clock);
    const json = await readOrQuarantine(jsonFile, parseReadableCopyOf(id), clock);
    // The readable copy's own backup is the last resort for the content.
    const readableBackup = json.value
      ? {}
      : await readOrQuarantine(backupPathOf(jsonFile), parseReadableCopyOf(id), clock);
    const readable = json.value ?? readableBackup.value;
    const problems: Problem[] = [];

    let doc = state.value;
    let source = ydocFile;
    if (!doc) {
      const backup = await readOrQuarantine(backupPathOf(ydocFile), parseArticleState(id), clock);
      if (backup.value) {
        doc = backup.value;
        source = backupPathOf(ydocFile);
        // Every save writes article.ydoc, then article.json: a readable article.json is at
        // least as new as the backup, so its content wins when the two differ (the backup's
        // edit history is kept when they agree).
        if (json.value && !holdsReadableCopy(doc, json.value)) {
          doc.destroy();
          doc = docFromReadableCopy(json.value);
          source = jsonFile;
        }
      } else if (readable) {
        doc = docFromReadableCopy(readable);
        source = json.value ? jsonFile : backupPathOf(jsonFile);
      }
      const article = (doc && readArticle(doc).headline) || options.headlineHint || name(folder);
      if (!doc) {
        const foundAnything = [state, backup, json, readableBackup].some((r) => r.movedTo !== undefined);
        if (!foundAnything) {
          throw new SoanError('article-not-found', { id });
        }
        throw new SoanError('article-damaged', { article, file: name(ydocFile) });
      }
      if (state.movedTo) {
        problems.push({
          code: 'file-recovered',
          params: { article, file: name(ydocFile), movedTo: name(state.movedTo), source: name(source) },
        });
      }
    }

    const article = readArticle(doc).headline || options.headlineHint || name(folder);
    if (json.movedTo) {
      problems.push({
        code: 'file-recovered',
        params: { article, file: name(jsonFile), movedTo: name(json.movedTo), source: name(source) },
      });
    }
    const updatedAt =
      readable?.updatedAt ?? (await modifiedAt(ydocFile)) ?? (readArticle(doc).meta.createdAt || undefined) ?? clock.iso();
    return { doc, updatedAt, problems, needsSave: !state.value || !json.value };
  } catch (error) {
    if (error instanceof SoanError) throw error;
    throw await libraryReadError(error, libraryPath);
  }
}
