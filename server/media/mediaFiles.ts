// The newsroom's images on the server: `<dataFolder>/media/<sha256>.<ext>`, each beside a
// small `<name>.name` holding the file name it was first sent with. A name is only ever one
// that matches MEDIA_FILE_NAME (no folders, no dots beyond the extension), so nothing a
// client sends becomes a path of its own; an image is kept only once its bytes are checked
// to be a complete image of the kind its name says, and to hash to its name. Files are
// written atomically and never replaced: the same name is the same bytes.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { MediaRefusal } from '../../electron/contract/syncMedia';
import { limits } from '../../electron/contract/ipc/schemas';
import { writeFileAtomic } from '../../electron/services/fs/atomicWrite';
import { errnoOf } from '../../electron/services/fs/diskErrors';
import { inspectImage } from '../../electron/services/media/imageFormat';
import { MEDIA_FILE_NAME } from '../../electron/services/media/mediaMetadata';
import { sanitizeOriginalName } from '../../electron/services/media/mediaStore';

export const MEDIA_FOLDER = 'media';
const NAME_SUFFIX = '.name';

/** Why `bytes` may not be kept as `name`, or null when they may. */
export function refusalOf(name: string, bytes: Uint8Array): MediaRefusal | null {
  if (!MEDIA_FILE_NAME.test(name)) return 'bad-name';
  if (bytes.byteLength > limits.mediaBytes) return 'too-large';
  const image = inspectImage(bytes);
  if (!image || `.${image.ext}` !== path.extname(name)) return 'not-image';
  if (createHash('sha256').update(bytes).digest('hex') !== name.slice(0, 64)) return 'checksum';
  return null;
}

/** Where the server keeps images: this folder, or PostgreSQL when instances share a database. */
export interface ServerMedia {
  have(names: readonly string[]): Promise<string[]>;
  read(name: string): Promise<{ bytes: Uint8Array; originalName: string } | null>;
  write(name: string, bytes: Uint8Array, originalName: string): Promise<boolean>;
  close(): Promise<void>;
}

export class MediaFiles implements ServerMedia {
  readonly folder: string;

  constructor(dataFolder: string) {
    this.folder = path.join(dataFolder, MEDIA_FOLDER);
  }

  /** The names of `names` the server holds (names that are not image names are not held). */
  async have(names: readonly string[]): Promise<string[]> {
    const held: string[] = [];
    for (const name of new Set(names)) if (MEDIA_FILE_NAME.test(name) && (await this.isFile(name))) held.push(name);
    return held;
  }

  /** The image and the name it came with, or null when the server does not hold it. */
  async read(name: string): Promise<{ bytes: Uint8Array; originalName: string } | null> {
    if (!MEDIA_FILE_NAME.test(name) || !(await this.isFile(name))) return null;
    const bytes = new Uint8Array(await fs.readFile(path.join(this.folder, name)));
    const originalName = await fs.readFile(path.join(this.folder, name + NAME_SUFFIX), 'utf8').catch(() => '');
    return { bytes, originalName: originalName || name };
  }

  /** Keeps the image; false when it was already held. Throws the refusal's code for bytes that may not be kept. */
  async write(name: string, bytes: Uint8Array, originalName: string): Promise<boolean> {
    const refusal = refusalOf(name, bytes);
    if (refusal) throw new MediaRefused(refusal);
    if (await this.isFile(name)) return false;
    await fs.mkdir(this.folder, { recursive: true });
    await writeFileAtomic(path.join(this.folder, name + NAME_SUFFIX), sanitizeOriginalName(originalName, path.extname(name).slice(1)));
    await writeFileAtomic(path.join(this.folder, name), bytes);
    return true;
  }

  async close(): Promise<void> {}

  private async isFile(name: string): Promise<boolean> {
    try {
      // lstat: a link planted in the folder is not an image of ours.
      return (await fs.lstat(path.join(this.folder, name))).isFile();
    } catch (error) {
      if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return false;
      throw error;
    }
  }
}

export class MediaRefused extends Error {
  constructor(readonly refusal: MediaRefusal) {
    super(`image refused: ${refusal}`);
  }
}
