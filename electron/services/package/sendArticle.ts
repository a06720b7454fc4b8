// "Gửi bài" / `soan send`: one article of the library → one `<slug>.soan` file in a folder.
// The whole article (Yjs state with its comments, suggestions and workflow log, the photos
// it uses, its history), or — when what the receiver has is known — only what it lacks.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { z } from 'zod';
import { SoanError } from '../../contract/errors';
import { readArticle } from '../../contract/article/readArticle';
import { PACKAGE_EXTENSION, type PackageSender, type PackageSent } from '../../contract/packages';
import { writeFileAtomic } from '../fs/atomicWrite';
import { errnoOf, plainReason } from '../fs/diskErrors';
import { HISTORY_FOLDER } from '../history/versionStore';
import { StoredIndex } from '../history/versionIndex';
import type { Library } from '../library/libraryService';
import { MEDIA_JSON, slugForHeadline } from '../library/projectFolder';
import { peekManifest } from './readPackage';
import { writePackage, type PackageContents } from './writePackage';

/** What the receiver is known to hold (from a package it sent): only the rest goes. */
export interface ReceiverState {
  stateVector: Uint8Array;
  media: readonly string[];
}

export interface SendRequest {
  id: string;
  sender: PackageSender;
  /** The folder the file goes into (made if missing). */
  outDir: string;
  receiver?: ReceiverState;
}

const MediaNames = z.object({ files: z.record(z.string(), z.object({ originalName: z.string() }).loose()) }).loose();

async function originalNames(projectFolder: string): Promise<Record<string, string>> {
  try {
    const parsed = MediaNames.safeParse(JSON.parse(await fs.readFile(path.join(projectFolder, MEDIA_JSON), 'utf8')));
    return parsed.success ? Object.fromEntries(Object.entries(parsed.data.files).map(([file, entry]) => [file, entry.originalName])) : {};
  } catch {
    return {}; // only names: the photos themselves are what matters
  }
}

/** The history folder's index and version files, as they are on disk (none if unreadable). */
async function historyFiles(projectFolder: string): Promise<PackageContents['history']> {
  const folder = path.join(projectFolder, HISTORY_FOLDER);
  try {
    const index = await fs.readFile(path.join(folder, 'index.json'));
    const parsed = StoredIndex.safeParse(JSON.parse(index.toString('utf8')));
    if (!parsed.success) return [];
    const files = [{ name: 'index.json', bytes: new Uint8Array(index) }];
    for (const version of parsed.data.versions) {
      files.push({ name: `${version.id}.yupd`, bytes: new Uint8Array(await fs.readFile(path.join(folder, `${version.id}.yupd`))) });
    }
    return files;
  } catch {
    return []; // a damaged history stays home; the article still travels
  }
}

/** `<slug>.soan`, or `<slug>-2.soan`… when a file of that name holds something else. */
async function fileNameFor(outDir: string, slug: string, articleId: string): Promise<string> {
  for (let n = 1; n <= 1000; n++) {
    const name = `${slug}${n > 1 ? `-${n}` : ''}${PACKAGE_EXTENSION}`;
    let existing: Uint8Array;
    try {
      existing = new Uint8Array(await fs.readFile(path.join(outDir, name)));
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return name;
      continue;
    }
    // An earlier package of the same article is replaced: the new one holds all of it.
    if (peekManifest(existing)?.articleId === articleId) return name;
  }
  throw new Error('no free file name in the folder');
}

export async function sendArticle(library: Library, request: SendRequest): Promise<PackageSent> {
  const { id, receiver } = request;
  const state = await library.readDoc(id, async (doc) => {
    const article = readArticle(doc);
    return {
      update: receiver ? Y.encodeStateAsUpdate(doc, receiver.stateVector) : Y.encodeStateAsUpdate(doc),
      stateVector: Y.encodeStateVector(doc),
      headline: article.headline,
      photos: [...new Set(article.figures.flatMap((f) => (f.src ? [f.src] : [])))],
    };
  });
  const projectFolder = library.projectFolder(id);
  const names = await originalNames(projectFolder);
  const media: PackageContents['media'] = [];
  for (const file of state.photos) {
    if (receiver?.media.includes(file)) continue;
    try {
      const bytes = new Uint8Array(await fs.readFile(await library.mediaPath(id, file)));
      media.push({ file, bytes, originalName: names[file] ?? file });
    } catch {
      // A photo missing from the project stays missing on the other side too: its figure shows a placeholder.
    }
  }
  const bytes = writePackage({
    articleId: id,
    headline: state.headline,
    sender: request.sender,
    sentAt: library.context.clock.iso(),
    update: state.update,
    stateVector: state.stateVector,
    base: receiver ? receiver.stateVector : null,
    media,
    mediaInUse: state.photos,
    // Read while the article's history is quiet: a version being written or thinned would leave the index naming a file that is not there yet, or no longer.
    history: receiver ? [] : await library.history.whileQuiet(id, () => historyFiles(projectFolder)),
  });
  try {
    await fs.mkdir(request.outDir, { recursive: true });
    const fileName = await fileNameFor(request.outDir, slugForHeadline(state.headline), id);
    const target = path.join(request.outDir, fileName);
    await writeFileAtomic(target, bytes);
    return { path: target, fileName, size: bytes.byteLength, delta: !!receiver };
  } catch (error) {
    throw new SoanError('export-destination-unavailable', { path: request.outDir, reason: plainReason(error) });
  }
}
