// The images an article shows, checked as it opens: each must be a plain file in the project's
// media/ folder whose content still matches its name (names are content hashes). A damaged one
// is moved aside; when another project of the library holds the same image (a duplicated
// article does), it is copied back from there. Either way the user hears which figure it is.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type * as Y from 'yjs';
import type { Problem } from '../../contract/errors';
import { proposedFigures, readArticle } from '../../contract/article/readArticle';
import { writeFileAtomic } from '../fs/atomicWrite';
import { errnoOf } from '../fs/diskErrors';
import { quarantineFile } from '../fs/quarantine';
import { MEDIA_FOLDER } from '../library/projectFolder';
import { MEDIA_FILE_NAME } from './mediaMetadata';
import type { Clock } from '../serviceContext';

export interface FigureImage {
  src: string;
  /** How the user recognises the figure: its caption, else its alt text, else the file. */
  figure: string;
}

/** Every figure's image, pending suggestions included (a proposed figure still needs its photo). */
export function figureImagesOf(doc: Y.Doc): FigureImage[] {
  const found: FigureImage[] = [];
  for (const { src, caption, alt } of proposedFigures(readArticle(doc))) {
    if (src === null || !MEDIA_FILE_NAME.test(src)) continue;
    found.push({ src, figure: caption.replace(/\s+/g, ' ').trim() || alt.trim() || src });
  }
  return found;
}

type ImageState = 'ok' | 'missing' | 'damaged';

export class ImageCheck {
  /** Files already found good, by size and change time: opening an article again does not hash them again. */
  private readonly verified = new Map<string, string>();

  async check(options: {
    projectFolder: string;
    images: FigureImage[];
    /** Other project folders of the library, where a copy of the same image may be. */
    otherProjects: string[];
    article: string;
    describe: (file: string) => string;
    /** Dates the name a damaged image is moved aside under. */
    clock: Clock;
  }): Promise<Problem[]> {
    const mediaFolder = path.join(options.projectFolder, MEDIA_FOLDER);
    // A media folder that is a link (a copied library) is not ours to move files in.
    if (!(await isPlainFolderOrMissing(mediaFolder))) return [];
    const problems: Problem[] = [];
    const seen = new Set<string>();
    for (const { src, figure } of options.images) {
      if (seen.has(src)) continue;
      seen.add(src);
      const file = path.join(mediaFolder, src);
      const state = await this.stateOf(file);
      if (state === 'ok') continue;
      const movedTo = state === 'damaged' ? await quarantineFile(file, options.clock.now()) : undefined;
      const about = { article: options.article, file: options.describe(file), figure };
      const source = await this.goodCopy(src, options.otherProjects);
      if (source) {
        await fs.mkdir(mediaFolder, { recursive: true });
        await writeFileAtomic(file, await fs.readFile(source));
        problems.push({ code: 'media-image-recovered', params: { ...about, source: options.describe(source) } });
      } else if (movedTo) {
        problems.push({ code: 'media-image-damaged', params: { ...about, movedTo: options.describe(movedTo) } });
      } else {
        problems.push({ code: 'media-image-missing', params: about });
      }
    }
    return problems;
  }

  private async goodCopy(src: string, projects: string[]): Promise<string | undefined> {
    for (const project of projects) {
      const candidate = path.join(project, MEDIA_FOLDER, src);
      if ((await isPlainFolderOrMissing(path.dirname(candidate))) && (await this.stateOf(candidate)) === 'ok') return candidate;
    }
    return undefined;
  }

  private async stateOf(file: string): Promise<ImageState> {
    let stat;
    try {
      stat = await fs.lstat(file);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return 'missing';
      throw error;
    }
    if (!stat.isFile()) return 'damaged'; // a folder or a link in the image's place
    const stamp = `${stat.size}:${stat.mtimeMs}`;
    if (this.verified.get(file) === stamp) return 'ok';
    const sha = createHash('sha256').update(await fs.readFile(file)).digest('hex');
    if (sha !== path.basename(file).split('.')[0]) return 'damaged';
    this.verified.set(file, stamp);
    return 'ok';
  }
}

async function isPlainFolderOrMissing(folder: string): Promise<boolean> {
  try {
    return (await fs.lstat(folder)).isDirectory();
  } catch (error) {
    return errnoOf(error) === 'ENOENT';
  }
}
