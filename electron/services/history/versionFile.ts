// One version file, history/<id>.yupd: what changed since the version before (a deflated Yjs
// update) behind a short header saying which version it is — its place in the order, the
// version it follows, when, who, label — so that a damaged index.json can be rebuilt from the
// files alone, and a checksum so that a damaged file is recognised as such.
// Files written before the header existed are the bare deflated update; they are still read.
import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'fflate';
import { z } from 'zod';
import { versionReasons } from '../../contract/history';
import { roles } from '../../contract/ipc/schemas';
import { workflowStates } from '../../contract/workflow';

/** `SOANVER` and a format number: a raw deflate stream starting with these bytes is not plausible. */
const MAGIC = Buffer.from('SOANVER\u0001', 'latin1');
const LENGTH_BYTES = 4;
const MAX_HEADER_BYTES = 64 * 1024;

export const VERSION_ID = /^[a-z0-9]{6,40}$/;

/** What a version is, as listed in index.json and repeated in the version's own file. */
export const VersionFacts = z.object({
  id: z.string().regex(VERSION_ID),
  at: z.string(),
  author: z.object({ name: z.string(), role: z.enum(roles) }),
  label: z.string(),
  reason: z.enum(versionReasons),
  wordCount: z.number(),
  status: z.enum(workflowStates).catch('draft'),
  /** The document's state vector when saved (base64): the next version stores only what is newer. */
  stateVector: z.string(),
});
export type VersionFacts = z.infer<typeof VersionFacts>;

const Header = VersionFacts.extend({
  format: z.literal('soan-version'),
  /** Its place in the history, from 0. */
  seq: z.number().int().nonnegative(),
  /** The id of the version it builds on; '' for the first. */
  previous: z.string(),
  /** Holds the whole document, not only what changed: replaying may start here. */
  full: z.boolean(),
  /** sha256 (hex) of the deflated update that follows the header. */
  sha256: z.string().regex(/^[a-f0-9]{64}$/),
});
export type VersionHeader = Omit<z.infer<typeof Header>, 'format' | 'sha256'>;

export interface VersionFileContent {
  /** Absent in files written before version files had a header. */
  header?: VersionHeader;
  update: Uint8Array;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function encodeVersionFile(header: VersionHeader, update: Uint8Array): Uint8Array {
  const body = deflateSync(update, { level: 9 });
  const json = Buffer.from(JSON.stringify({ format: 'soan-version', ...header, sha256: sha256(body) }), 'utf8');
  const length = Buffer.alloc(LENGTH_BYTES);
  length.writeUInt32BE(json.byteLength);
  return Buffer.concat([MAGIC, length, json, body]);
}

/**
 * The header (none in files written before headers) and the still-deflated update, checked
 * against the header's checksum; throws when the header is damaged or the checksum fails.
 * A package reader inflates the body itself, within its own size limit.
 */
export function splitVersionFile(bytes: Uint8Array): { header?: VersionHeader; deflated: Uint8Array } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!buffer.subarray(0, MAGIC.length).equals(MAGIC)) return { deflated: buffer };
  const length = buffer.byteLength >= MAGIC.length + LENGTH_BYTES ? buffer.readUInt32BE(MAGIC.length) : -1;
  const start = MAGIC.length + LENGTH_BYTES;
  if (length < 2 || length > MAX_HEADER_BYTES || start + length > buffer.byteLength) throw new Error('cut short in its header');
  const { format: _format, sha256: sum, ...header } = Header.parse(JSON.parse(buffer.subarray(start, start + length).toString('utf8')));
  const body = buffer.subarray(start + length);
  if (sha256(body) !== sum) throw new Error('its content does not match its checksum');
  return { header, deflated: body };
}

/** Throws when the file is damaged: a bad header or checksum, or a body that does not inflate. */
export function decodeVersionFile(bytes: Uint8Array): VersionFileContent {
  const { header, deflated } = splitVersionFile(bytes);
  if (!header) return { update: inflateLegacy(Buffer.from(deflated)) };
  return { header, update: inflateSync(deflated) };
}

/** A file without a header: a bare deflated update. Its content is checked by replaying (versionIndex). */
function inflateLegacy(bytes: Buffer): Uint8Array {
  const update = inflateSync(bytes);
  if (update.byteLength === 0) throw new Error('empty');
  return update;
}
