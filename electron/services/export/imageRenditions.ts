// The photos an export carries: each original from media/ (checked against its content
// address) and a web rendition made with sharp — at most 1600 px wide, JPEG (WebP when the
// photo has transparency), turned upright by its EXIF orientation and stripped of metadata
// (a camera's GPS position does not travel with the web copy). The same input and sharp
// version give the same bytes, so re-exports stay byte-identical.
import { createHash } from 'node:crypto';
import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { MEDIA_FILE_NAME } from '../../contract/article/articleContent';
import { cropShapes, focalCrop, type CropShapeName, type FocalPoint } from '../../contract/article/focalCrop';
import { ExportError } from './exportError';

export const WEB_MAX_WIDTH = 1600;
/** The widest each crop around a focal point is made (landscape 1600×900, square 1200, portrait 1080×1350). */
export const CROP_MAX_WIDTH: Record<CropShapeName, number> = { landscape: 1600, square: 1200, portrait: 1080 };
const JPEG_QUALITY = 82;
const WEBP_QUALITY = 82;

const MIME_BY_EXT: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp' };

export interface ImageFile {
  /** File name inside the package's images/ folder. */
  file: string;
  bytes: Buffer;
  mime: string;
  width: number;
  height: number;
}

export interface ImageRenditions {
  original: ImageFile;
  web: ImageFile;
}

/**
 * Only a plain file directly in a plain media folder: a link planted in the project (or a
 * media folder that is one) would otherwise read a file from anywhere into the package,
 * and a FIFO or device would never end.
 */
async function isPlainMediaFile(mediaDir: string, file: string): Promise<boolean> {
  try {
    const [folder, entry] = await Promise.all([lstat(mediaDir), lstat(join(mediaDir, file))]);
    return folder.isDirectory() && entry.isFile();
  } catch {
    return false;
  }
}

async function readOriginal(mediaDir: string, file: string): Promise<Buffer> {
  if (!MEDIA_FILE_NAME.test(file)) throw new ExportError('export-media-missing', { file });
  if (!(await isPlainMediaFile(mediaDir, file))) throw new ExportError('export-media-missing', { file });
  let bytes: Buffer;
  try {
    bytes = await readFile(join(mediaDir, file));
  } catch {
    throw new ExportError('export-media-missing', { file });
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (`${sha}.${file.split('.')[1]}` !== file) {
    throw new ExportError('export-media-unreadable', { file, reason: 'content does not match its name' });
  }
  return bytes;
}

export async function imageRenditions(mediaDir: string, file: string): Promise<ImageRenditions> {
  const bytes = await readOriginal(mediaDir, file);
  const [sha, ext] = file.split('.');
  try {
    const image = sharp(bytes, { failOn: 'error' });
    const meta = await image.metadata();
    if (!meta.width || !meta.height) throw new Error('no size');
    // EXIF orientations 5–8 swap width and height once the photo is turned upright.
    const swapped = (meta.orientation ?? 1) >= 5;
    const original: ImageFile = {
      file,
      bytes,
      mime: MIME_BY_EXT[ext],
      width: swapped ? meta.height : meta.width,
      height: swapped ? meta.width : meta.height,
    };
    const resized = image.rotate().resize({ width: WEB_MAX_WIDTH, withoutEnlargement: true });
    const encoded = meta.hasAlpha
      ? await resized.webp({ quality: WEBP_QUALITY }).toBuffer({ resolveWithObject: true })
      : await resized.jpeg({ quality: JPEG_QUALITY, mozjpeg: true }).toBuffer({ resolveWithObject: true });
    const webExt = meta.hasAlpha ? 'webp' : 'jpg';
    const web: ImageFile = {
      file: `${sha}-web.${webExt}`,
      bytes: encoded.data,
      mime: MIME_BY_EXT[webExt],
      width: encoded.info.width,
      height: encoded.info.height,
    };
    return { original, web };
  } catch (error) {
    throw new ExportError('export-media-unreadable', { file, reason: error instanceof Error ? error.message.slice(0, 200) : 'unknown' });
  }
}

/** One crop of a photo around its focal point: its shape's name and the file. */
export interface CropRendition extends ImageFile {
  shape: CropShapeName;
}

/**
 * The photo cut to each crop shape around `focal` (the same rectangles the Captions panel
 * previews), from the upright original, each at most CROP_MAX_WIDTH wide and encoded like the
 * web rendition. File names carry the focal point, so one photo used twice with two focal
 * points gives two sets of crops.
 */
export async function focalRenditions(original: ImageFile, focal: FocalPoint): Promise<CropRendition[]> {
  const [sha] = original.file.split('.');
  const where = `${Math.round(focal.x * 1000)}-${Math.round(focal.y * 1000)}`;
  try {
    const meta = await sharp(original.bytes, { failOn: 'error' }).metadata();
    const crops: CropRendition[] = [];
    for (const shape of cropShapes) {
      const rect = focalCrop(original.width, original.height, focal, shape);
      const cut = sharp(original.bytes, { failOn: 'error' })
        .rotate()
        .extract(rect)
        .resize({ width: CROP_MAX_WIDTH[shape.name], withoutEnlargement: true });
      const encoded = meta.hasAlpha
        ? await cut.webp({ quality: WEBP_QUALITY }).toBuffer({ resolveWithObject: true })
        : await cut.jpeg({ quality: JPEG_QUALITY, mozjpeg: true }).toBuffer({ resolveWithObject: true });
      const ext = meta.hasAlpha ? 'webp' : 'jpg';
      crops.push({
        shape: shape.name,
        file: `${sha}-${shape.name}-${where}.${ext}`,
        bytes: encoded.data,
        mime: MIME_BY_EXT[ext],
        width: encoded.info.width,
        height: encoded.info.height,
      });
    }
    return crops;
  } catch (error) {
    throw new ExportError('export-media-unreadable', { file: original.file, reason: error instanceof Error ? error.message.slice(0, 200) : 'unknown' });
  }
}
