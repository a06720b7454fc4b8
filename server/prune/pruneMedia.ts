// `prune-media`: moves the images no stored article mentions (mediaReferences.ts) out of the
// server's media — into `<dataFolder>/media-pruned/<day>/`, or the `soan_media_pruned` table
// with PostgreSQL — where the administrator can look them over, then delete them or put them
// back. It works only while no server runs on that data (pruneTarget.ts), and only images stored
// longer ago than the grace period go: a workstation may send an image before the article
// that uses it. Every refusal is a PruneRefused in plain words, and nothing has moved by then.
import type { ServerConfig } from '../serverConfig';
import { openFolderTarget } from './folderTarget';
import { referencedMedia, UnreadableDocument } from './mediaReferences';
import { openPostgresTarget } from './postgresTarget';
import { PruneRefused, type PruneTarget, type StoredImage } from './pruneTarget';

export { PruneRefused, type StoredImage };
export const DEFAULT_GRACE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PruneOptions {
  config: ServerConfig;
  /** List what would go; move nothing. */
  dryRun: boolean;
  /** Only images stored at least this many days ago may go. */
  graceDays: number;
  now?: Date;
}

export interface PruneResult {
  /** The images no article mentions and older than the grace period: moved, or (dry run) to be. */
  unused: StoredImage[];
  bytes: number;
  /** Where they were moved, and how to free the space or undo; absent for a dry run or when nothing was unused. */
  movedTo?: string;
  next?: string;
  keptReferenced: number;
  keptYoung: number;
  documents: number;
  /** Where the images are, in words. */
  where: string;
}

export async function pruneMedia(options: PruneOptions): Promise<PruneResult> {
  const { config } = options;
  const target = config.postgres ? await openPostgresTarget(config.postgres.url) : await openFolderTarget(config.dataFolder);
  try {
    return await pruneIn(target, options);
  } finally {
    await target.close();
  }
}

async function pruneIn(target: PruneTarget, options: PruneOptions): Promise<PruneResult> {
  const { names: referenced, documents } = await readReferences(target);
  const images = await target.images();
  if (documents === 0 && images.length > 0) {
    throw new PruneRefused(`there are no stored articles but ${images.length} images in ${target.where}; that looks like the wrong store, so nothing was changed`);
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
  const result: PruneResult = { unused, bytes: unused.reduce((sum, i) => sum + i.bytes, 0), keptReferenced, keptYoung, documents, where: target.where };
  if (options.dryRun || unused.length === 0) return result;
  return { ...result, ...(await target.moveAside(unused, now.toISOString().slice(0, 10))) };
}

async function readReferences(target: PruneTarget): Promise<{ names: Set<string>; documents: number }> {
  try {
    return await referencedMedia(target.store);
  } catch (error) {
    if (error instanceof UnreadableDocument) {
      const why = error.cause instanceof Error ? error.cause.message : String(error.cause);
      throw new PruneRefused(`the stored article ${error.document} cannot be read (${why}), so which images it uses is unknown; nothing was changed`);
    }
    throw error;
  }
}
