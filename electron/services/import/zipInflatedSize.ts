// How many bytes a zip really unpacks to, measured by inflating each entry the central
// directory names (what the .docx converter will read), in small steps, stopping as soon as
// a limit is passed. The sizes a zip declares are only claims: a zip bomb lies in them, and
// the converter would find out only after it had filled the memory.
import { Inflate } from 'fflate';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STEP = 16 * 1024;

export class ZipShapeError extends Error {}

function u16(b: Uint8Array, at: number): number {
  if (at + 2 > b.length) throw new ZipShapeError('truncated');
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  if (at + 4 > b.length) throw new ZipShapeError('truncated');
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

function endOfCentralDirectory(b: Uint8Array): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (u32(b, at) === EOCD) return at;
  }
  throw new ZipShapeError('no central directory');
}

/** Inflates one entry, adding its bytes to `counted`; throws RangeError once past `limit`. */
function inflatedSize(data: Uint8Array, counted: { total: number }, limit: number): void {
  const inflate = new Inflate((chunk) => {
    counted.total += chunk.length;
    if (counted.total > limit) throw new RangeError('over the limit');
  });
  for (let at = 0; at < data.length; at += STEP) inflate.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  if (data.length === 0) inflate.push(data, true);
}

/**
 * True when the entries of the zip unpack to no more than `limit` bytes in total. Throws
 * ZipShapeError for a zip whose directory cannot be followed (the converter could not either).
 */
export function unpacksWithin(bytes: Uint8Array, limit: number): boolean {
  const eocd = endOfCentralDirectory(bytes);
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  const counted = { total: 0 };
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== CENTRAL) throw new ZipShapeError('bad central directory');
    const method = u16(bytes, at + 10);
    const compressed = u32(bytes, at + 20);
    const local = u32(bytes, at + 42);
    if (u32(bytes, local) !== LOCAL) throw new ZipShapeError('bad local header');
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    const data = bytes.subarray(start, start + compressed);
    if (method === 0) counted.total += data.length;
    else if (method === 8) {
      try {
        inflatedSize(data, counted, limit);
      } catch (error) {
        if (error instanceof RangeError) return false;
        // A damaged entry unpacks no further than this, here or in the converter.
      }
    }
    // Other methods (deflate64, bzip2…) the converter cannot unpack at all.
    if (counted.total > limit) return false;
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return true;
}
