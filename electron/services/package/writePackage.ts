// Parts → the bytes of one `.soan` file (packageFormat.ts says what each part is). Pure: the
// caller gathers the parts from the library and decides where the file goes.
import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';
import type { PackageSender } from '../../contract/packages';
import {
  ARTICLE_UPDATE_FILE,
  HISTORY_PREFIX,
  MANIFEST_FILE,
  MEDIA_PREFIX,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  toBase64,
  type Manifest,
} from './packageFormat';

export interface PackageContents {
  articleId: string;
  headline: string;
  sender: PackageSender;
  sentAt: string;
  /** The article's Yjs update: the whole state, or what the receiver lacks (then `base` is set). */
  update: Uint8Array;
  /** The sender's state vector as the update was made. */
  stateVector: Uint8Array;
  /** The receiver's state vector the update was cut against, or null for the whole article. */
  base: Uint8Array | null;
  media: Array<{ file: string; bytes: Uint8Array; originalName: string }>;
  /** Every photo the article uses (some may be left out of `media` because the receiver has them). */
  mediaInUse: string[];
  /** Files of the history folder: `index.json` and `<version>.yupd`. */
  history: Array<{ name: string; bytes: Uint8Array }>;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** fflate dates entries from a Date's local fields: built from UTC, the bytes are the same everywhere. */
function zipTime(iso: string): Date {
  const t = new Date(iso);
  const year = Math.min(Math.max(t.getUTCFullYear(), 1980), 2099);
  return new Date(year, t.getUTCMonth(), t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds());
}

export function writePackage(contents: PackageContents): Uint8Array {
  // Photos and history versions are compressed already: stored as they are.
  const parts: Array<{ name: string; bytes: Uint8Array; level: 0 | 6 }> = [
    { name: ARTICLE_UPDATE_FILE, bytes: contents.update, level: 6 },
    ...contents.media.map((m) => ({ name: `${MEDIA_PREFIX}${m.file}`, bytes: m.bytes, level: 0 as const })),
    ...contents.history.map((h) => ({ name: `${HISTORY_PREFIX}${h.name}`, bytes: h.bytes, level: h.name.endsWith('.json') ? (6 as const) : (0 as const) })),
  ];
  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    version: PACKAGE_FORMAT_VERSION,
    articleId: contents.articleId,
    headline: contents.headline,
    sender: { name: contents.sender.name, role: contents.sender.role },
    sentAt: contents.sentAt,
    stateVector: toBase64(contents.stateVector),
    base: contents.base ? toBase64(contents.base) : null,
    mediaInUse: [...contents.mediaInUse].sort(),
    mediaNames: Object.fromEntries(contents.media.map((m) => [m.file, m.originalName])),
    parts: Object.fromEntries(parts.map((p) => [p.name, { sha256: sha256(p.bytes), size: p.bytes.byteLength }])),
  };
  const mtime = zipTime(contents.sentAt);
  const entries: Zippable = { [MANIFEST_FILE]: [new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`), { level: 6, mtime }] };
  for (const part of parts) entries[part.name] = [part.bytes, { level: part.level, mtime }];
  return zipSync(entries, { mtime });
}
