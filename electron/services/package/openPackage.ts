// Opening a `.soan` file: the package is checked whole in memory first (readPackage); a bad
// one is refused with the library untouched. An article the library lacks comes in as a new
// project with its photos and history; one it holds is merged into the services' copy of
// the document (open in the editor or loaded from disk), the version before and the merge
// itself kept in the history. A package that brings nothing new writes nothing at all.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { readArticle } from '../../contract/article/readArticle';
import type { MergeReport, PackageOpened, PackageSender } from '../../contract/packages';
import type { VersionEntry } from '../../contract/history';
import { writeFileAtomic } from '../fs/atomicWrite';
import { HISTORY_FOLDER } from '../history/versionStore';
import type { Library } from '../library/libraryService';
import { piecesCameIn, suggestionsCameIn, workflowCameIn, metaCameIn } from './cameIn';
import { commentsCameIn, commentsOf } from './mergeComments';
import { emptyReport, mergeIncoming, wouldChange, type IncomingCopy } from './mergeIncoming';
import { PackageRefused } from './packageRefused';
import { readPackage, type ReadPackage } from './readPackage';

/** "14:20" in the services' clock's local time, for the version's label. */
function hourOf(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

function incomingOf(pkg: ReadPackage): IncomingCopy {
  const { manifest } = pkg;
  return {
    articleId: manifest.articleId,
    sender: manifest.sender,
    sentAt: manifest.sentAt,
    update: pkg.update,
    stateVector: pkg.stateVector,
    doc: pkg.doc,
  };
}

/** Photos of the package the project does not have yet, stored; returns how many. */
async function storeMissingMedia(library: Library, id: string, pkg: ReadPackage): Promise<number> {
  let stored = 0;
  for (const media of pkg.media) {
    const present = await library.mediaPath(id, media.file).then(
      () => true,
      () => false,
    );
    if (present) continue;
    await library.importMedia(id, media.originalName, media.bytes);
    stored++;
  }
  return stored;
}

async function addNewArticle(library: Library, pkg: ReadPackage): Promise<PackageOpened> {
  if (!pkg.doc) throw new PackageRefused('needs-full-package', 'the article is not in this library');
  const incoming = incomingOf(pkg);
  const empty = new Y.Doc();
  const article = readArticle(pkg.doc);
  const nothing = readArticle(empty);
  const report = emptyReport(incoming, article.headline, 'new-article');
  report.cameIn = {
    pieces: piecesCameIn(nothing, article),
    comments: commentsCameIn([], commentsOf(pkg.doc)),
    suggestions: suggestionsCameIn(nothing, article, new Set()),
    meta: metaCameIn(nothing, article),
    workflow: workflowCameIn(nothing, article),
    media: 0,
  };
  empty.destroy();
  const update = Y.encodeStateAsUpdate(pkg.doc);
  const doc = pkg.doc;
  pkg.doc = null; // createFrom takes the document (and destroys it when done)
  // The sender's history comes along, written before the project is listed.
  const summary = await library.createFrom(doc, async (folder) => {
    if (!pkg.history.length) return;
    await fs.mkdir(path.join(folder, HISTORY_FOLDER));
    for (const file of pkg.history) await writeFileAtomic(path.join(folder, HISTORY_FOLDER, file.name), file.bytes);
  });
  report.cameIn.media = await storeMissingMedia(library, summary.id, pkg);
  const version = await library.history.save(summary.id, 'merge', `Nhận bài của ${incoming.sender.name}, ${hourOf(library.context.clock.now())}`);
  return { summary, report, update, version };
}

async function mergeIntoArticle(library: Library, pkg: ReadPackage, keeper: PackageSender): Promise<PackageOpened> {
  const id = pkg.manifest.articleId;
  const incoming = incomingOf(pkg);
  const changes = await library.readDoc(id, async (doc) => wouldChange(Y.encodeStateAsUpdate(doc), incoming));
  if (!changes) {
    // Already here, all of it: nothing is written, not even a version.
    const update = await library.readDoc(id, async (doc) => Y.encodeStateAsUpdate(doc));
    const summary = library.catalogue().summaries.find((s) => s.id === id)!;
    return { summary, report: emptyReport(incoming, summary.headline, 'nothing-new'), update };
  }
  const media = await storeMissingMedia(library, id, pkg);
  await library.history.saveIfChanged(id, 'autosave');
  let report: MergeReport | undefined;
  const summary = await library.edit(id, (doc) => {
    report = mergeIncoming(doc, incoming, keeper, library.context.clock.iso()).report;
  });
  report!.cameIn.media = media;
  const version: VersionEntry = await library.history.save(id, 'merge', `Gộp bản của ${incoming.sender.name}, ${hourOf(library.context.clock.now())}`);
  const update = await library.readDoc(id, async (doc) => Y.encodeStateAsUpdate(doc));
  return { summary, report: report!, update, version };
}

/** Opens a package into the library. `keeper`: who keeps this library (author of its unsent text). */
export async function openPackage(library: Library, request: { fileName: string; bytes: Uint8Array }, keeper: PackageSender): Promise<PackageOpened> {
  const name = path.basename(request.fileName.normalize('NFC').replace(/\\/g, '/'));
  let pkg: ReadPackage;
  try {
    pkg = readPackage(request.bytes);
  } catch (error) {
    throw error instanceof PackageRefused ? error.toSoanError(name) : error;
  }
  try {
    return library.has(pkg.manifest.articleId) ? await mergeIntoArticle(library, pkg, keeper) : await addNewArticle(library, pkg);
  } catch (error) {
    throw error instanceof PackageRefused ? error.toSoanError(name) : error;
  } finally {
    pkg.doc?.destroy();
  }
}
