// prune-media on one server's data folder: the articles in its SQLite file, the images in
// `media/`, moved aside into `media-pruned/<day>/` with their `.name` files. The data folder's
// lock — the one a running server holds — is taken first and kept until the prune is done.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { SoanError } from '../../electron/contract/errors';
import { errnoOf } from '../../electron/services/fs/diskErrors';
import { LibraryLock } from '../../electron/services/library/libraryLock';
import { MEDIA_FILE_NAME } from '../../electron/services/media/mediaMetadata';
import { defaultServiceContext } from '../../electron/services/serviceContext';
import { MEDIA_FOLDER } from '../media/mediaFiles';
import { SQLITE_FILE, SqliteUpdateLog } from '../storage/sqliteUpdateLog';
import { PruneRefused, type PruneTarget, type StoredImage } from './pruneTarget';

export const PRUNED_FOLDER = 'media-pruned';
const NAME_SUFFIX = '.name';

export async function openFolderTarget(dataFolder: string): Promise<PruneTarget> {
  if (!(await isFolder(dataFolder))) throw new PruneRefused(`there is no data folder at ${dataFolder}; nothing was changed`);
  // Opening the store would create an empty one: against it, every image would look unused.
  if (!(await isFile(path.join(dataFolder, SQLITE_FILE)))) {
    throw new PruneRefused(`${dataFolder} holds no stored articles (no ${SQLITE_FILE}); is this the right config file? Nothing was changed.`);
  }
  const lock = await takeLock(dataFolder);
  let store: SqliteUpdateLog;
  try {
    store = await SqliteUpdateLog.open(dataFolder);
  } catch (error) {
    await lock.release();
    throw error;
  }
  const mediaFolder = path.join(dataFolder, MEDIA_FOLDER);
  return {
    where: mediaFolder,
    store,
    images: () => storedImages(mediaFolder),
    moveAside: async (images, day) => {
      const target = path.join(dataFolder, PRUNED_FOLDER, day);
      await fs.mkdir(target, { recursive: true });
      let moved = 0;
      try {
        for (const image of images) {
          await moveFile(path.join(mediaFolder, image.name), path.join(target, image.name));
          moved++;
          await moveFile(path.join(mediaFolder, image.name + NAME_SUFFIX), path.join(target, image.name + NAME_SUFFIX)).catch((error) => {
            if (errnoOf(error) !== 'ENOENT') throw error; // an image without its .name file: nothing more to move
          });
        }
      } catch (error) {
        // Stopped half-way (a full disk, a file not ours to move): what moved is where it was going, whole.
        throw new PruneRefused(
          `moving the images stopped after ${moved} of ${images.length} (${errnoOf(error) ?? (error as Error).message}); ` +
            `those are in ${target}, the rest are still in ${mediaFolder}, and nothing was deleted`,
        );
      }
      return {
        movedTo: target,
        next: `The space is freed once you delete ${target} after looking it over; to undo, move its files back into ${mediaFolder}.`,
      };
    },
    close: async () => {
      await store.close();
      await lock.release();
    },
  };
}

/** The server's own lock on the data folder: while a server holds it, pruning is refused. */
async function takeLock(dataFolder: string): Promise<LibraryLock> {
  try {
    return await LibraryLock.acquire({ soanFolder: dataFolder, libraryPath: dataFolder, context: defaultServiceContext() });
  } catch (error) {
    if (error instanceof SoanError && error.code === 'library-locked') {
      const pid = Number(error.params.pid) || 0;
      const host = typeof error.params.host === 'string' && error.params.host ? ` on ${error.params.host}` : '';
      throw new PruneRefused(`the sync server is running on ${dataFolder}${pid ? ` (process ${pid}${host})` : ''}; stop it first, then prune. Nothing was changed.`, 3);
    }
    throw error;
  }
}

/** The images in the media folder (plain files named as media; anything else there is left alone). */
async function storedImages(mediaFolder: string): Promise<StoredImage[]> {
  let entries: string[];
  try {
    entries = await fs.readdir(mediaFolder);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return [];
    throw error;
  }
  const images: StoredImage[] = [];
  for (const name of entries.filter((entry) => MEDIA_FILE_NAME.test(entry)).sort()) {
    const stat = await fs.lstat(path.join(mediaFolder, name));
    if (!stat.isFile()) continue;
    const nameFile = path.join(mediaFolder, name + NAME_SUFFIX);
    const nameStat = await fs.lstat(nameFile).catch(() => undefined);
    const originalName = nameStat?.isFile() ? (await fs.readFile(nameFile, 'utf8')).trim() : '';
    // Written once and never replaced (mediaFiles.ts): its modification time is when it was stored.
    images.push({ name, originalName: originalName || name, bytes: stat.size + (nameStat?.isFile() ? nameStat.size : 0), storedAt: stat.mtime });
  }
  return images;
}

/** rename, or copy and remove when the pruned folder is on another disk. */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await fs.rename(from, to);
  } catch (error) {
    if (errnoOf(error) !== 'EXDEV') throw error;
    await fs.copyFile(from, to);
    await fs.rm(from);
  }
}

const isFolder = (p: string) => fs.stat(p).then((s) => s.isDirectory(), () => false);
const isFile = (p: string) => fs.stat(p).then((s) => s.isFile(), () => false);
