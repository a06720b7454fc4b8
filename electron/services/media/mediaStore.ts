// Images of an article project: `media/<sha256>.<ext>` (content-addressed originals) and
// `media.json` (what each file is and what it was called). Nothing from a document or a
// request becomes a path without being checked to stay inside the project's media folder.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Problem } from '../../contract/errors';
import { SoanError } from '../../contract/errors';
import { limits } from '../../contract/ipc/schemas';
import type { MediaInfo } from '../../contract/types';
import type { KeyedSerialQueue } from '../concurrency/keyedSerialQueue';
import { writeFileAtomic } from '../fs/atomicWrite';
import { errnoOf, libraryWriteError } from '../fs/diskErrors';
import { DurableJsonAdapter } from '../fs/durableJsonAdapter';
import { MEDIA_FOLDER, MEDIA_JSON } from '../library/projectFolder';
import { inspectImage } from './imageFormat';
import type { ServiceContext } from '../serviceContext';

export const MEDIA_FILE_NAME = /^[a-f0-9]{64}\.(png|jpg|gif|webp)$/;

const MediaEntry = z.object({
  size: z.number(),
  mime: z.string(),
  width: z.number(),
  height: z.number(),
  originalName: z.string(),
  importedAt: z.string(),
});
const MediaFile = z.object({ files: z.record(z.string().regex(MEDIA_FILE_NAME), MediaEntry) });
type MediaFileData = z.infer<typeof MediaFile>;

/** What the user's file was called, safe to show and store: no folders, no control characters. */
export function sanitizeOriginalName(name: string, fallbackExt: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .slice(0, limits.fileNameChars);
  return clean || `image.${fallbackExt}`;
}

export interface MediaStoreOptions {
  libraryPath: string;
  locate: (id: string) => { folder: string; headline: string };
  queue: KeyedSerialQueue;
  onProblem: (problem: Problem) => void;
  context: ServiceContext;
}

export class MediaStore {
  constructor(private readonly options: MediaStoreOptions) {}

  async importImage(articleId: string, originalName: string, bytes: Uint8Array): Promise<MediaInfo> {
    const name = sanitizeOriginalName(originalName, 'img');
    if (bytes.byteLength > limits.mediaBytes) {
      throw new SoanError('media-too-large', { name, limitMb: Math.floor(limits.mediaBytes / 1024 / 1024) });
    }
    const image = inspectImage(bytes);
    if (!image) throw new SoanError('media-not-image', { name });
    const file = `${createHash('sha256').update(bytes).digest('hex')}.${image.ext}`;
    const info: MediaInfo = {
      file,
      mime: image.mime,
      width: image.width,
      height: image.height,
      size: bytes.byteLength,
      originalName: sanitizeOriginalName(originalName, image.ext),
    };
    return this.options.queue.run(articleId, async () => {
      const { folder, headline } = this.options.locate(articleId);
      try {
        const mediaFolder = path.join(folder, MEDIA_FOLDER);
        await fs.mkdir(mediaFolder, { recursive: true });
        await this.assertInsideLibrary(folder, mediaFolder, headline || articleId);
        const target = path.join(mediaFolder, file);
        if (!(await isFile(target))) await writeFileAtomic(target, bytes);
        const metadata = this.metadataFile(folder, headline);
        const data = await this.readMetadata(metadata, mediaFolder);
        const { file: _file, ...entry } = info;
        data.files[file] = { ...entry, importedAt: this.options.context.clock.iso() };
        await metadata.write(data);
      } catch (error) {
        throw await libraryWriteError(error, this.options.libraryPath, headline || articleId);
      }
      return info;
    });
  }

  /** The real path of a media file of an article, or media-missing. Symlinks cannot lead out. */
  async mediaPath(articleId: string, file: string): Promise<string> {
    const missing = new SoanError('media-missing', { file: String(file).slice(0, 100) });
    if (typeof file !== 'string' || !MEDIA_FILE_NAME.test(file)) throw missing;
    let folder: string;
    try {
      folder = this.options.locate(articleId).folder;
    } catch {
      throw missing;
    }
    try {
      // Resolve every link, then insist the result is <library>/<project>/media/<file>.
      const library = await fs.realpath(this.options.libraryPath);
      const project = await fs.realpath(folder);
      const mediaFolder = await fs.realpath(path.join(project, MEDIA_FOLDER));
      const real = await fs.realpath(path.join(mediaFolder, file));
      const inside =
        path.dirname(project) === library &&
        mediaFolder === path.join(project, MEDIA_FOLDER) &&
        real === path.join(mediaFolder, file);
      if (!inside || !(await isFile(real))) throw missing;
      return real;
    } catch {
      throw missing;
    }
  }

  /**
   * A project or media folder planted as a link (a copied or synced library) would make the
   * write below land outside the library: refuse unless both are the real folders.
   */
  private async assertInsideLibrary(folder: string, mediaFolder: string, article: string): Promise<void> {
    const library = await fs.realpath(this.options.libraryPath);
    const project = await fs.realpath(folder);
    const media = await fs.realpath(mediaFolder);
    if (path.dirname(project) !== library || media !== path.join(project, MEDIA_FOLDER)) {
      throw new SoanError('save-failed', { article, reason: 'the media folder leads out of the library' });
    }
  }

  private metadataFile(folder: string, headline: string): DurableJsonAdapter<MediaFileData> {
    return new DurableJsonAdapter({
      file: path.join(folder, MEDIA_JSON),
      schema: MediaFile,
      article: headline,
      describe: (f) => path.relative(this.options.libraryPath, f),
      onProblem: this.options.onProblem,
      clock: this.options.context.clock,
    });
  }

  /** media.json, or — if it was damaged — what can be learned again from the files themselves. */
  private async readMetadata(
    metadata: DurableJsonAdapter<MediaFileData>,
    mediaFolder: string,
  ): Promise<MediaFileData> {
    const data = await metadata.read();
    if (data) return data;
    const rebuilt: MediaFileData = { files: {} };
    let names: string[] = [];
    try {
      names = await fs.readdir(mediaFolder);
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT') throw error;
    }
    for (const name of names.filter((n) => MEDIA_FILE_NAME.test(n))) {
      const bytes = await fs.readFile(path.join(mediaFolder, name));
      const image = inspectImage(bytes);
      if (!image) continue;
      const stat = await fs.stat(path.join(mediaFolder, name));
      rebuilt.files[name] = {
        size: bytes.byteLength,
        mime: image.mime,
        width: image.width,
        height: image.height,
        originalName: name,
        importedAt: stat.mtime.toISOString(),
      };
    }
    return rebuilt;
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}
