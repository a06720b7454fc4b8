// The `.soan` package: one zip holding
//   manifest.json          format version, article id, sender, time, the sender's state
//                          vector, the state the update builds on (a delta) and the sha256
//                          and size of every other part
//   article.yupd           the article's Yjs state, or only what the receiver lacked
//   media/<sha256>.<ext>   the photos the article uses, named by their content
//   history/index.json     the sender's versions (full packages only)
//   history/<id>.yupd      each version's changes, deflated, as in the library
// Everything a package claims is checked against its bytes before anything is written.
import { z } from 'zod';
import { roles } from '../../contract/ipc/schemas';
import { ARTICLE_ID } from '../library/projectFolder';

export const PACKAGE_FORMAT = 'soan-package';
/** Raise when a change makes packages that an older Soạn would misread; it refuses newer ones. */
export const PACKAGE_FORMAT_VERSION = 1;

export const MANIFEST_FILE = 'manifest.json';
export const ARTICLE_UPDATE_FILE = 'article.yupd';
export const MEDIA_PREFIX = 'media/';
export const HISTORY_PREFIX = 'history/';
export const HISTORY_INDEX_FILE = `${HISTORY_PREFIX}index.json`;

/** The names a part may have; anything else in the zip is refused. */
const MEDIA_PART = /^media\/[0-9a-f]{64}\.(?:jpg|png|gif|webp)$/;
const HISTORY_PART = /^history\/(?:index\.json|[a-z0-9]{6,40}\.yupd)$/;

export function isKnownPartName(name: string): boolean {
  return name === ARTICLE_UPDATE_FILE || MEDIA_PART.test(name) || HISTORY_PART.test(name);
}

export const packageLimits = {
  /** The package file itself. */
  fileBytes: 200 * 1024 * 1024,
  /** Everything inside it once unpacked (a zip bomb stops here). */
  unpackedBytes: 400 * 1024 * 1024,
  /** Parts in one package (photos and versions). */
  parts: 5000,
  /** The article's Yjs state, and one history version once inflated. */
  updateBytes: 32 * 1024 * 1024,
  manifestBytes: 2 * 1024 * 1024,
} as const;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const base64 = z.string().max(1_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const PartSchema = z.object({ sha256: sha256Hex, size: z.number().int().nonnegative() }).strict();

/** Only the format and version are read first: a newer manifest may have any shape beyond them. */
export const ManifestHeaderSchema = z.object({ format: z.literal(PACKAGE_FORMAT), version: z.number().int().positive() });

export const ManifestSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    version: z.literal(PACKAGE_FORMAT_VERSION),
    articleId: z.string().regex(ARTICLE_ID, 'not an article id'),
    headline: z.string().max(2000),
    sender: z.object({ name: z.string().min(1).max(120), role: z.enum(roles) }).strict(),
    sentAt: z.iso.datetime({ offset: true }),
    /** The sender's state vector when it wrote the package (base64 of Y.encodeStateVector). */
    stateVector: base64,
    /** The receiver's state vector the update was cut against; null: the whole article. */
    base: base64.nullable(),
    /** Every photo the sender's article uses, included or not (a reply may leave out what the receiver has). */
    mediaInUse: z.array(z.string().regex(/^[0-9a-f]{64}\.(?:jpg|png|gif|webp)$/)).max(packageLimits.parts),
    /** What each photo was called on the sender's machine. */
    mediaNames: z.record(z.string(), z.string().max(255)),
    parts: z.record(z.string(), PartSchema),
  })
  .strict();
export type Manifest = z.infer<typeof ManifestSchema>;

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

export function fromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}
