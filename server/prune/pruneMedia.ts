// `prune-media`: moves the images no stored article mentions out of `<dataFolder>/media/` into
// `<dataFolder>/media-pruned/<date>/`, where the administrator can look them over and delete
// them (or move them back). It holds the data folder's lock the whole time, as the server does,
// so it never races a running server and no server starts while it works. Only images stored
// longer ago than the grace period go: a workstation may send an image before the article
// that uses it. Every refusal is a PruneRefused in plain words, and nothing has moved by then.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { SoanError } from '../../electron/contract/errors';
import { errnoOf } from '../../electron/services/fs/diskErrors';
import { LibraryLock } from '../../electron/services/library/libraryLock';
import { MEDIA_FILE_NAME } from '../../electron/services/media/mediaMetadata';
import { defaultServiceContext } from '../../electron/services/serviceContext';
import { MEDIA_FOLDER } from '../media/mediaFiles';
import type { ServerConfig } from '../serverConfig';
import { SQLITE_FILE, SqliteUpdateLog } from '../storage/sqliteUpdateLog';
import { referencedMedia, UnreadableDocument } from './mediaReferences';

export const PRUNED_FOLDER = 'media-pruned';
export const DEFAULT_GRACE_DAYS = 30;
const NAME_SUFFIX = '.name';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PruneOptions {
  config: ServerConfig;
  /** List what would go; move nothing. */
  dryRun: boolean;
  /** Only images stored at least this many days ago may go. */
  graceDays: number;
  now?: Date;
}

export interface StoredImage {
  name: string;
  /** The file name it was first sent with (its `.name` file), or its own name. */
  originalName: string;
  /** The image and its `.name` file together. */
  bytes: number;
  storedAt: Date;
}

export interface PruneResult {
  /** The images no article mentions and older than the grace period: moved, or (dry run) to be. */
  unused: StoredImage[];
  bytes: number;
  /** Where they were moved; absent for a dry run or when nothing was unused. */
  movedTo?: string;
  keptReferenced: number;
  keptYoung: number;
  documents: number;
  mediaFolder: string;
}

/** Why pruning did not start, in words for the administrator; `exitCode` 3 means "in use". */
export class PruneRefused extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export async function pruneMedia(options: PruneOptions): Promise<PruneResult> {
  const { config } = options;
  if (config.postgres) {
    throw new PruneRefused(
      'prune-media works on a single server (SQLite and the media folder) only. With "postgres" the images live in the shared ' +
        'soan_media table, which records no date they were stored (so no grace period can be kept) and which running ' +
        'instances write to with no lock this command could take; nothing was changed.',
    );
  }
  const dataFolder = config.dataFolder;
  if (!(await isFolder(dataFolder))) throw new PruneRefused(`there is no data folder at ${dataFolder}; nothing was changed`);
  if (!(await isFile(path.join(dataFolder, SQLITE_FILE)))) {
    throw new PruneRefused(`${dataFolder} holds no stored articles (no ${SQLITE_FILE}); is this the right config file? Nothing was changed.`);
  }
  const lock = await takeLock(dataFolder);
  try {
    const { names: referenced, documents } = await readReferences(dataFolder);
    const mediaFolder = path.join(dataFolder, MEDIA_FOLDER);
    const images = await storedImages(mediaFolder);
    if (documents === 0 && images.length > 0) {
      throw new PruneRefused(`the store in ${dataFolder} holds no articles but ${images.length} images; that looks like the wrong store, so nothing was changed`);
    }
    const now = options.now ?? new Date();
    const cutoff = now.getTime() - options.graceDays * DAY_MS;
    const unused: StoredImage[] = [];
    let keptReferenced = 0;
    let keptYoung = 0;
    for (const image of images) {
      if (referenced.has(image.name)) keptReferenced++;
      else if (image.storedAt.getTime() > cutoff) keptYoung++;
      else unused.push(image);
    }
    const result: PruneResult = { unused, bytes: unused.reduce((sum, i) => sum + i.bytes, 0), keptReferenced, keptYoung, documents, mediaFolder };
    if (options.dryRun || unused.length === 0) return result;
    const target = path.join(dataFolder, PRUNED_FOLDER, now.toISOString().slice(0, 10));
    await fs.mkdir(target, { recursive: true });
    for (const image of unused) {
      await moveFile(path.join(mediaFolder, image.name), path.join(target, image.name));
      await moveFile(path.join(mediaFolder, image.name + NAME_SUFFIX), path.join(target, image.name + NAME_SUFFIX)).catch((error) => {
        if (errnoOf(error) !== 'ENOENT') throw error; // an image without its .name file: nothing more to move
      });
    }
    return { ...result, movedTo: target };
  } finally {
    await lock.release();
  }
}

/** The server's own lock on the data folder: while a server holds it, pruning is refused. */
async function takeLock(dataFolder: string): Promise<LibraryLock> {
  try {
    return await LibraryLock.acquire({ soanFolder: dataFolder, libraryPath: dataFolder, context: defaultServiceContext() });
  } catch (error) {
    if (error instanceof SoanError && error.code === 'library-locked') {
      const pid = Number(error.params.pid) || 0;
      const host = typeof error.params.host === 'string' && error.params.host ? ` on ${error.params.host}` : '';
      throw new PruneRefused(
        `the sync server is running on ${dataFolder}${pid ? ` (process ${pid}${host})` : ''}; stop it first, then prune. Nothing was changed.`,
        3,
      );
    }
    throw error;
  }
}

async function readReferences(dataFolder: string): Promise<{ names: Set<string>; documents: number }> {
  const store = await SqliteUpdateLog.open(dataFolder);
  try {
    return await referencedMedia(store);
  } catch (error) {
    if (error instanceof UnreadableDocument) {
      throw new PruneRefused(`the stored article ${error.document} cannot be read (${(error.cause as Error)?.message ?? error.cause}), so which images it uses is unknown; nothing was changed`);
    }
    throw error;
  } finally {
    await store.close();
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
