// Images of an article project: `media/<sha256>.<ext>` (content-addressed originals) and
// `media.json` (what each file is and what it was called). Nothing from a document or a
// request becomes a path without being checked to stay inside the project's media folder.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type * as Y from 'yjs';
import type { Problem } from '../../contract/errors';
import { SoanError } from '../../contract/errors';
import { limits } from '../../contract/ipc/schemas';
import type { MediaInfo } from '../../contract/types';
import type { KeyedSerialQueue } from '../concurrency/keyedSerialQueue';
import { writeFileAtomic } from '../fs/atomicWrite';
import { libraryWriteError, plainReason } from '../fs/diskErrors';
import { MEDIA_FOLDER } from '../library/projectFolder';
import { ImageCheck, figureImagesOf } from './imageCheck';
import { inspectImage } from './imageFormat';
import { MEDIA_FILE_NAME, loadMediaMetadata, writeMediaMetadata } from './mediaMetadata';
import type { ServiceContext } from '../serviceContext';

export { MEDIA_FILE_NAME } from './mediaMetadata';

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
  /** The other project folders of the library, where a copy of a damaged image may be found. */
  otherProjects?: (id: string) => string[];
  context: ServiceContext;
}

export class MediaStore {
  private readonly images = new ImageCheck();

  constructor(private readonly options: MediaStoreOptions) {}

  /**
   * On opening an article: its figures' images and media.json, checked and, where damaged,
   * rebuilt from what is on disk. Returns what the user must hear (also sent to onProblem).
   */
  check(articleId: string, doc: Y.Doc): Promise<Problem[]> {
    const figures = figureImagesOf(doc);
    return this.options.queue.run(articleId, async () => {
      const { folder, headline } = this.options.locate(articleId);
      const place = {
        article: headline || articleId,
        describe: (f: string) => path.relative(this.options.libraryPath, f),
        clock: this.options.context.clock,
      };
      try {
        const problems = await this.images.check({ ...place, projectFolder: folder, images: figures, otherProjects: this.options.otherProjects?.(articleId) ?? [] });
        const metadata = await loadMediaMetadata({ ...place, projectFolder: folder });
        if (metadata.changed) await writeMediaMetadata(folder, metadata.data);
        problems.push(...metadata.problems);
        problems.forEach(this.options.onProblem);
        return problems;
      } catch (error) {
        // Opening the article must not fail over its images: the next open checks again.
        this.options.context.log.problem('media not checked', plainReason(error));
        return [];
      }
    });
  }

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
        const metadata = await loadMediaMetadata({
          projectFolder: folder,
          article: headline || articleId,
          describe: (f) => path.relative(this.options.libraryPath, f),
          clock: this.options.context.clock,
        });
        metadata.problems.forEach(this.options.onProblem);
        const { file: _file, ...entry } = info;
        metadata.data.files[file] = { ...entry, importedAt: this.options.context.clock.iso() };
        await writeMediaMetadata(folder, metadata.data);
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
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}
