// Loads an article project from disk, recovering what it can: a damaged article.ydoc is moved
// aside and rebuilt from article.json, keeping the article's edit history when its newest
// version holds the same; a damaged article.json is moved aside and rewritten from the
// document. Every recovery is reported. An article.json a crash left one save behind a whole
// article.ydoc is found too (no damage: nothing to tell) and written again from the document.
// readWholeArticle reads the two files without recovering anything, for the library's start.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import type { Problem } from '../../contract/errors';
import { SoanError } from '../../contract/errors';
import { backupPathOf, removeLeftoverTempFiles } from '../fs/atomicWrite';
import { folderExists, libraryReadError } from '../fs/diskErrors';
import { readOrQuarantine, readParsed } from '../fs/recoveringRead';
import { ARTICLE_JSON, ARTICLE_YDOC } from '../library/projectFolder';
import { readArticle } from '../../contract/article/readArticle';
import { docFromReadableCopy, parseReadableCopyOf, type ReadableCopy } from './readableCopy';
import { holdsReadableCopy, readableCopyLag } from './readableCopyMatch';
import { VersionStore } from '../history/versionStore';
import type { ServiceContext } from '../serviceContext';

export interface LoadedArticle {
  doc: Y.Doc;
  /** When the content last changed, as far as the files tell. */
  updatedAt: string;
  problems: Problem[];
  /** Something was recovered or is missing: write both files again. */
  needsSave: boolean;
  /** Both files are whole but article.json does not say what article.ydoc holds: write article.json again. */
  readableBehind: boolean;
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

async function modifiedAt(file: string): Promise<string | undefined> {
  try {
    return (await fs.stat(file)).mtime.toISOString();
  } catch {
    return undefined;
  }
}

/**
 * When the content of an article.json a save behind was written: article.ydoc's time, never
 * earlier than article.json's own (a version saved in between must not pass for newer later).
 */
function laterOf(updatedAt: string, ydocModifiedAt: string | undefined): string {
  return ydocModifiedAt && Date.parse(ydocModifiedAt) > Date.parse(updatedAt) ? ydocModifiedAt : updatedAt;
}

/** Where an article's history is, and where what is found wrong with it is told. */
interface HistoryPlace {
  id: string;
  folder: string;
  /** How a file is named to the user. */
  name: (file: string) => string;
  headlineHint?: string;
  context: ServiceContext;
  problems: Problem[];
}

interface Recovered {
  doc: Y.Doc;
  source: string;
  /** Set when only a version could be opened: what was written after it is gone. */
  onlyVersionAt?: string;
}

/**
 * article.ydoc is lost. Each save writes article.ydoc then article.json, so article.json is the
 * newest content; a document that holds exactly what it says, with the article's own edit
 * history (which the copies on other laptops share), is preferred to a fresh one built from it:
 * a `.bak` an earlier Soạn left (until the first save removes it), or the newest version in
 * history/. A version newer than article.json (saved just before a crash cut the save short)
 * wins. With article.json unreadable too, the backup, else the newest version, is opened.
 * No `.bak` is kept any more (issue 13: disk): one save old, it lost to article.json anyway
 * whenever the two differed.
 */
async function recoverDocument(
  options: HistoryPlace & { json: ReadableCopy | undefined; jsonFile: string; ydocFile: string; damageFound: boolean },
): Promise<Recovered | undefined> {
  const { id, json, jsonFile, ydocFile } = options;
  const { clock } = options.context;
  const legacyState = await readOrQuarantine(backupPathOf(ydocFile), parseArticleState(id), clock);
  const legacyJson = json ? {} : await readOrQuarantine(backupPathOf(jsonFile), parseReadableCopyOf(id), clock);
  const readable = json ?? legacyJson.value;
  const readableFile = json ? jsonFile : backupPathOf(jsonFile);
  // The history is read only when a file was found damaged: two files merely missing (a sync
  // tool that has brought history/ down first) must not open an old version over them.
  const version = options.damageFound ? await newestVersionOf(options) : undefined;
  const keep = (doc: Y.Doc, source: string, onlyVersionAt?: string): Recovered => {
    for (const other of [legacyState.value, version?.doc]) if (other && other !== doc) other.destroy();
    return { doc, source, onlyVersionAt };
  };
  if (readable) {
    if (version && Date.parse(version.at) > Date.parse(readable.updatedAt)) return keep(version.doc, version.file);
    if (legacyState.value && holdsReadableCopy(legacyState.value, readable)) return keep(legacyState.value, backupPathOf(ydocFile));
    if (version && holdsReadableCopy(version.doc, readable)) return keep(version.doc, version.file);
    return keep(docFromReadableCopy(readable), readableFile);
  }
  if (legacyState.value) return keep(legacyState.value, backupPathOf(ydocFile));
  if (version) return keep(version.doc, version.file, version.at);
  return undefined;
}

/** The article at its newest readable version, if it has one and it is of this article. */
async function newestVersionOf(options: HistoryPlace): Promise<{ doc: Y.Doc; file: string; at: string } | undefined> {
  const store = new VersionStore(options.folder, {
    context: options.context,
    article: options.headlineHint,
    describe: options.name,
    onProblem: (problem) => options.problems.push(problem),
  });
  const version = await store.newestReadable().catch(() => undefined);
  if (version && readArticle(version.doc).meta.id !== options.id) {
    version.doc.destroy();
    return undefined;
  }
  return version;
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
    const problems: Problem[] = [];

    let doc = state.value;
    let source = ydocFile;
    if (!doc) {
      const recovered = await recoverDocument({
        id,
        folder,
        json: json.value,
        jsonFile,
        ydocFile,
        damageFound: state.movedTo !== undefined || json.movedTo !== undefined,
        name,
        headlineHint: options.headlineHint,
        context: options.context,
        problems,
      });
      const article = (recovered && readArticle(recovered.doc).headline) || options.headlineHint || name(folder);
      if (!recovered) {
        if (state.movedTo === undefined && json.movedTo === undefined) throw new SoanError('article-not-found', { id });
        throw new SoanError('article-damaged', { article, file: name(ydocFile) });
      }
      ({ doc, source } = recovered);
      const movedTo = state.movedTo ?? json.movedTo;
      if (recovered.onlyVersionAt && movedTo) {
        // What was written after that version is gone: say so, never only "recovered".
        problems.push({ code: 'article-opened-at-version', params: { article, file: name(ydocFile), movedTo: name(movedTo), at: recovered.onlyVersionAt } });
      } else if (state.movedTo) {
        problems.push({
          code: 'file-recovered',
          params: { article, file: name(ydocFile), movedTo: name(state.movedTo), source: name(source) },
        });
      }
    }

    const article = readArticle(doc).headline || options.headlineHint || name(folder);
    const toldWithTheDocument = problems.some((problem) => problem.code === 'article-opened-at-version');
    if (json.movedTo && !toldWithTheDocument) {
      problems.push({
        code: 'file-recovered',
        params: { article, file: name(jsonFile), movedTo: name(json.movedTo), source: name(source) },
      });
    }
    if (state.value && json.value) return { ...(await compared(doc, json.value, ydocFile)), problems };
    const updatedAt = json.value?.updatedAt ?? (await modifiedAt(ydocFile)) ?? (readArticle(doc).meta.createdAt || undefined) ?? clock.iso();
    return { doc, updatedAt, problems, needsSave: true, readableBehind: false };
  } catch (error) {
    if (error instanceof SoanError) throw error;
    throw await libraryReadError(error, libraryPath);
  }
}

/**
 * Both files whole: compared with what was read already. A save writes article.ydoc then
 * article.json, and one killed between the two leaves article.json a save behind (search,
 * export, the CLI and the library list read it); the article was then last saved when
 * article.ydoc was written.
 */
async function compared(doc: Y.Doc, json: ReadableCopy, ydocFile: string): Promise<Omit<LoadedArticle, 'problems'>> {
  const lag = readableCopyLag(doc, json);
  const updatedAt = lag === 'content' ? laterOf(json.updatedAt, await modifiedAt(ydocFile)) : json.updatedAt;
  return { doc, updatedAt, needsSave: false, readableBehind: lag !== 'none' };
}

/**
 * Both files read as they are, nothing moved aside, nothing written: undefined when one is
 * missing; a damaged one throws DamagedFile (a disk or permission error, its own error). For
 * the library's start, which finds articles a crash left behind without anyone opening them,
 * and leaves damage to opening: opening says what it recovered, and from what.
 */
export async function readWholeArticle(id: string, folder: string): Promise<LoadedArticle | undefined> {
  const ydocFile = path.join(folder, ARTICLE_YDOC);
  const doc = await readParsed(ydocFile, parseArticleState(id));
  if (!doc) return undefined;
  try {
    const json = await readParsed(path.join(folder, ARTICLE_JSON), parseReadableCopyOf(id));
    if (json) return { ...(await compared(doc, json, ydocFile)), problems: [] };
  } catch (error) {
    doc.destroy();
    throw error;
  }
  doc.destroy();
  return undefined;
}
