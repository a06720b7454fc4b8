// media.json: what each image of a project is (size, type, dimensions) and what the user's file
// was called. Damaged, it is moved aside and rebuilt from what is still on disk: its .bak, the
// entries still legible in the damaged copy (a file cut short keeps those before the cut), and
// the image files themselves, which are named by their content.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Problem } from '../../contract/errors';
import { writeFileAtomic } from '../fs/atomicWrite';
import { errnoOf } from '../fs/diskErrors';
import { formatJson, parseJsonWith } from '../fs/durableJsonAdapter';
import { readWithBackup } from '../fs/recoveringRead';
import { readSetAsideText } from '../fs/quarantine';
import { MEDIA_FOLDER, MEDIA_JSON } from '../library/projectFolder';
import { inspectImage } from './imageFormat';
import type { Clock } from '../serviceContext';

export const MEDIA_FILE_NAME = /^[a-f0-9]{64}\.(png|jpg|gif|webp)$/;

export const MediaEntry = z.object({
  size: z.number(),
  mime: z.string(),
  width: z.number(),
  height: z.number(),
  originalName: z.string(),
  importedAt: z.string(),
});
export type MediaEntry = z.infer<typeof MediaEntry>;
const MediaFile = z.object({ files: z.record(z.string().regex(MEDIA_FILE_NAME), MediaEntry) });
export type MediaFileData = z.infer<typeof MediaFile>;

export interface MediaMetadataPlace {
  projectFolder: string;
  /** The article's headline, to name it in messages. */
  article: string;
  /** How a file is named to the user (relative to the library). */
  describe: (file: string) => string;
  /** Dates the name a damaged media.json is moved aside under. */
  clock: Clock;
}

/** media.json as it should be: read, or rebuilt; `changed` when it must be written back. */
export async function loadMediaMetadata(place: MediaMetadataPlace): Promise<{ data: MediaFileData; problems: Problem[]; changed: boolean }> {
  const file = path.join(place.projectFolder, MEDIA_JSON);
  const read = await readWithBackup(file, parseJsonWith(MediaFile), place.clock);
  const problems: Problem[] = [];
  let data: MediaFileData = { files: {} };
  if (read.status === 'ok' || read.status === 'recovered') data = read.value;
  if (read.status === 'damaged') data = { files: await legibleEntries(read.movedTo) };
  const named = Object.keys(data.files).length;
  const added = await addImagesWithoutEntries(path.join(place.projectFolder, MEDIA_FOLDER), data);
  if (read.status === 'recovered') {
    const { describe } = place;
    problems.push({ code: 'file-recovered', params: { article: place.article, file: describe(file), movedTo: describe(read.movedTo), source: describe(read.source) } });
  }
  if (read.status === 'damaged') {
    problems.push({
      code: 'media-metadata-rebuilt',
      params: { article: place.article, file: place.describe(file), movedTo: place.describe(read.movedTo), images: named + added, named },
    });
  }
  return { data, problems, changed: read.status !== 'ok' || added > 0 };
}

export async function writeMediaMetadata(projectFolder: string, data: MediaFileData): Promise<void> {
  await writeFileAtomic(path.join(projectFolder, MEDIA_JSON), formatJson(data), { keepBackup: true });
}

/** Entries still whole in a damaged media.json: each `"<sha>.<ext>": { … }` that parses on its own. */
async function legibleEntries(damagedCopy: string): Promise<MediaFileData['files']> {
  const text = await readSetAsideText(damagedCopy);
  if (text === undefined) return {};
  const files: MediaFileData['files'] = {};
  for (const match of text.matchAll(/"([a-f0-9]{64}\.(?:png|jpg|gif|webp))"\s*:\s*(\{[^{}]*\})/g)) {
    try {
      const entry = MediaEntry.safeParse(JSON.parse(match[2]));
      if (entry.success) files[match[1]] = entry.data;
    } catch {
      // cut or garbled inside this entry: the image file still gives its size and type
    }
  }
  return files;
}

/** Images in media/ that media.json does not list get an entry from the file itself. */
async function addImagesWithoutEntries(mediaFolder: string, data: MediaFileData): Promise<number> {
  let names: string[] = [];
  try {
    names = await fs.readdir(mediaFolder);
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT' && errnoOf(error) !== 'ENOTDIR') throw error;
  }
  let added = 0;
  for (const name of names.filter((n) => MEDIA_FILE_NAME.test(n) && !data.files[n])) {
    const file = path.join(mediaFolder, name);
    const stat = await fs.lstat(file);
    if (!stat.isFile()) continue;
    const image = inspectImage(await fs.readFile(file));
    if (!image) continue;
    // The name the user gave the file is gone with the damaged media.json: its stored name stands in.
    data.files[name] = { size: stat.size, mime: image.mime, width: image.width, height: image.height, originalName: name, importedAt: stat.mtime.toISOString() };
    added++;
  }
  return added;
}
