// The bytes of a `.soan` file → its checked parts, or PackageRefused saying why not. Pure and
// in memory: nothing reaches the library until every claim of the package has been checked
// against its bytes — names, sizes, checksums, the article id, the photos, the Yjs state and
// the history.
import { MAX_ARTICLE_NESTING, articleNesting } from '../../contract/article/articleNesting';
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { limits } from '../../contract/ipc/schemas';
import { readArticle } from '../../contract/article/readArticle';
import { inspectImage } from '../media/imageFormat';
import { StoredIndex } from '../history/versionIndex';
import { splitVersionFile } from '../history/versionFile';
import { inflateWithin } from './inflateWithin';
import { PackageRefused } from './packageRefused';
import {
  ARTICLE_UPDATE_FILE,
  HISTORY_INDEX_FILE,
  HISTORY_PREFIX,
  MANIFEST_FILE,
  MEDIA_PREFIX,
  ManifestHeaderSchema,
  ManifestSchema,
  PACKAGE_FORMAT_VERSION,
  fromBase64,
  isKnownPartName,
  packageLimits,
  type Manifest,
} from './packageFormat';
import { readZipDirectory, type ZipEntry } from './zipDirectory';

export interface ReadPackage {
  manifest: Manifest;
  update: Uint8Array;
  /** The sender's state vector, decoded. */
  stateVector: Uint8Array;
  /** The article as the sender had it (full packages only; a delta needs the receiver's copy). */
  doc: Y.Doc | null;
  media: Array<{ file: string; bytes: Uint8Array; originalName: string }>;
  /** The files of the sender's history folder, checked, as they go on disk. */
  history: Array<{ name: string; bytes: Uint8Array }>;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Unpacks entries within one budget for the whole package, and a limit per entry. */
class Unpacker {
  private used = 0;
  constructor(private readonly bytes: Uint8Array) {}

  unpack(entry: ZipEntry, limit: number): Uint8Array {
    const budget = packageLimits.unpackedBytes - this.used;
    const room = Math.min(limit, budget);
    // Past its own limit a photo is "too large"; past the package's budget, the package is.
    const over = () =>
      room === limit && entry.name.startsWith(MEDIA_PREFIX)
        ? new PackageRefused('media-too-large', entry.name)
        : new PackageRefused('too-large', entry.name);
    const data = this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    let out: Uint8Array;
    if (entry.method === 0) {
      if (data.length > room) throw over();
      out = data;
    } else {
      try {
        out = inflateWithin(data, room, entry.name);
      } catch (error) {
        if (error instanceof PackageRefused && error.reason === 'too-large') throw over();
        throw error;
      }
    }
    this.used += out.length;
    return out;
  }
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new PackageRefused('not-a-package', `${what} is not JSON`);
  }
}

function readManifest(bytes: Uint8Array): Manifest {
  const json = parseJson(bytes, MANIFEST_FILE);
  const header = ManifestHeaderSchema.safeParse(json);
  if (!header.success) throw new PackageRefused('not-a-package', 'the manifest is not a Soạn package manifest');
  if (header.data.version > PACKAGE_FORMAT_VERSION) throw new PackageRefused('newer-format', `format ${header.data.version}`);
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.path[0] === 'articleId') throw new PackageRefused('bad-id', 'the manifest names no article id');
    throw new PackageRefused('not-a-package', `manifest: ${issue?.path.join('.')} ${issue?.message}`.slice(0, 200));
  }
  for (const name of Object.keys(parsed.data.parts)) {
    if (!isKnownPartName(name)) throw new PackageRefused('unsafe-path', `the manifest lists ${name.slice(0, 120)}`);
  }
  return parsed.data;
}

function checkPart(manifest: Manifest, name: string, bytes: Uint8Array): void {
  const claimed = manifest.parts[name];
  if (!claimed || claimed.size !== bytes.byteLength || claimed.sha256 !== sha256(bytes)) {
    throw new PackageRefused('checksum', `${name} is not what the manifest says`);
  }
}

function checkMedia(file: string, bytes: Uint8Array): void {
  if (bytes.byteLength > limits.mediaBytes) throw new PackageRefused('media-too-large', file);
  const image = inspectImage(bytes);
  const [hash, ext] = file.split('.');
  if (!image || image.ext !== ext || sha256(bytes) !== hash) throw new PackageRefused('media-not-image', file);
}

function decodeArticle(manifest: Manifest, update: Uint8Array): Y.Doc | null {
  try {
    Y.decodeUpdate(update);
  } catch {
    throw new PackageRefused('bad-update', 'the article does not decode');
  }
  if (manifest.base !== null) return null; // a delta only makes sense on the receiver's copy
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update);
  } catch {
    doc.destroy();
    throw new PackageRefused('bad-update', 'the article does not decode');
  }
  if (articleNesting(doc, MAX_ARTICLE_NESTING) > MAX_ARTICLE_NESTING) {
    doc.destroy();
    throw new PackageRefused('bad-update', `the article nests more than ${MAX_ARTICLE_NESTING} levels deep`);
  }
  const id = readArticle(doc).meta.id;
  if (!id) {
    doc.destroy();
    throw new PackageRefused('bad-update', 'no article in the package');
  }
  if (id !== manifest.articleId) {
    doc.destroy();
    throw new PackageRefused('bad-id', `the manifest says ${manifest.articleId}, the article is ${id.slice(0, 40)}`);
  }
  if (Buffer.compare(Buffer.from(Y.encodeStateVector(doc)), Buffer.from(fromBase64(manifest.stateVector))) !== 0) {
    doc.destroy();
    throw new PackageRefused('checksum', 'the manifest does not describe this article state');
  }
  return doc;
}

function checkHistory(files: Map<string, Uint8Array>): Array<{ name: string; bytes: Uint8Array }> {
  if (files.size === 0) return [];
  const index = files.get(HISTORY_INDEX_FILE);
  if (!index) throw new PackageRefused('bad-history', 'no history index');
  const parsed = StoredIndex.safeParse(parseJson(index, HISTORY_INDEX_FILE));
  if (!parsed.success) throw new PackageRefused('bad-history', 'the history index is not valid');
  const listed = new Set(parsed.data.versions.map((v) => `${HISTORY_PREFIX}${v.id}.yupd`));
  for (const name of files.keys()) {
    if (name !== HISTORY_INDEX_FILE && !listed.has(name)) throw new PackageRefused('bad-history', `${name} is not in the index`);
  }
  for (const name of listed) {
    const bytes = files.get(name);
    if (!bytes) throw new PackageRefused('bad-history', `${name} is missing`);
    try {
      Y.decodeUpdate(inflateWithin(splitVersionFile(bytes).deflated, packageLimits.updateBytes, name));
    } catch (error) {
      if (error instanceof PackageRefused && error.reason === 'too-large') throw error;
      throw new PackageRefused('bad-history', `${name} does not decode`);
    }
  }
  return [...files].map(([name, bytes]) => ({ name: name.slice(HISTORY_PREFIX.length), bytes }));
}

/** The manifest alone, or null when the bytes are not a package this Soạn can read. */
export function peekManifest(bytes: Uint8Array): Manifest | null {
  try {
    const entry = readZipDirectory(bytes, packageLimits.parts + 1).find((e) => e.name === MANIFEST_FILE);
    return entry ? readManifest(new Unpacker(bytes).unpack(entry, packageLimits.manifestBytes)) : null;
  } catch {
    return null;
  }
}

export function readPackage(bytes: Uint8Array): ReadPackage {
  if (bytes.byteLength > packageLimits.fileBytes) throw new PackageRefused('too-large', `${Math.round(bytes.byteLength / 1024 / 1024)} MB`);
  const entries = readZipDirectory(bytes, packageLimits.parts + 1);
  const unpacker = new Unpacker(bytes);
  const manifestEntry = entries.find((e) => e.name === MANIFEST_FILE);
  if (!manifestEntry) throw new PackageRefused('not-a-package', 'no manifest');
  const manifest = readManifest(unpacker.unpack(manifestEntry, packageLimits.manifestBytes));

  const names = new Set(entries.map((e) => e.name));
  for (const name of Object.keys(manifest.parts)) {
    if (!names.has(name)) throw new PackageRefused('checksum', `${name} is missing`);
  }
  let update: Uint8Array | undefined;
  const media: ReadPackage['media'] = [];
  const history = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry === manifestEntry) continue;
    if (!isKnownPartName(entry.name)) throw new PackageRefused('unsafe-path', `${entry.name} does not belong in a package`);
    if (!manifest.parts[entry.name]) throw new PackageRefused('checksum', `${entry.name} is not in the manifest`);
    const isMedia = entry.name.startsWith(MEDIA_PREFIX);
    const data = unpacker.unpack(entry, isMedia ? limits.mediaBytes : packageLimits.updateBytes);
    checkPart(manifest, entry.name, data);
    if (entry.name === ARTICLE_UPDATE_FILE) update = data;
    else if (isMedia) {
      const file = entry.name.slice(MEDIA_PREFIX.length);
      checkMedia(file, data);
      media.push({ file, bytes: data, originalName: manifest.mediaNames[file] ?? file });
    } else history.set(entry.name, data);
  }
  if (!update) throw new PackageRefused('not-a-package', 'no article in the package');
  const checkedHistory = checkHistory(history);
  const doc = decodeArticle(manifest, update);
  return { manifest, update, stateVector: fromBase64(manifest.stateVector), doc, media, history: checkedHistory };
}
