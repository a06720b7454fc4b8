// y-tiptap stores a mark that may overlap itself (two comments on one word) under
// `<mark>--<hash>`, the hash being sha256 of the mark's JSON in lib0's binary "any" encoding,
// folded to 6 bytes, base64. We compute the same name so articles rebuilt from article.json
// look to the editor exactly as if it had written them.
import { createHash } from 'node:crypto';

function writeVarUint(out: number[], value: number): void {
  let num = value;
  while (num > 127) {
    out.push(128 | (127 & num));
    num = Math.floor(num / 128);
  }
  out.push(127 & num);
}

function writeVarInt(out: number[], value: number): void {
  const negative = value !== 0 ? value < 0 : 1 / value < 0;
  let num = Math.abs(value);
  out.push((num > 63 ? 128 : 0) | (negative ? 64 : 0) | (63 & num));
  num = Math.floor(num / 64);
  while (num > 0) {
    out.push((num > 127 ? 128 : 0) | (127 & num));
    num = Math.floor(num / 128);
  }
}

function writeString(out: number[], text: string): void {
  const bytes = new TextEncoder().encode(text);
  writeVarUint(out, bytes.length);
  out.push(...bytes);
}

function writeFloat(out: number[], value: number, size: 4 | 8): void {
  const view = new DataView(new ArrayBuffer(size));
  if (size === 4) view.setFloat32(0, value, false);
  else view.setFloat64(0, value, false);
  out.push(...new Uint8Array(view.buffer));
}

function isFloat32(value: number): boolean {
  return Math.fround(value) === value;
}

/** lib0 `encoding.writeAny` for JSON values (what mark attributes can hold). */
function writeAny(out: number[], value: unknown): void {
  switch (typeof value) {
    case 'string':
      out.push(119);
      writeString(out, value);
      return;
    case 'number':
      if (Number.isInteger(value) && Math.abs(value) <= 0x7fffffff) {
        out.push(125);
        writeVarInt(out, value);
      } else if (isFloat32(value)) {
        out.push(124);
        writeFloat(out, value, 4);
      } else {
        out.push(123);
        writeFloat(out, value, 8);
      }
      return;
    case 'boolean':
      out.push(value ? 120 : 121);
      return;
    case 'object':
      if (value === null) {
        out.push(126);
      } else if (Array.isArray(value)) {
        out.push(117);
        writeVarUint(out, value.length);
        value.forEach((item) => writeAny(out, item));
      } else {
        out.push(118);
        const entries = Object.entries(value);
        writeVarUint(out, entries.length);
        for (const [key, item] of entries) {
          writeString(out, key);
          writeAny(out, item);
        }
      }
      return;
    default:
      out.push(127); // undefined
  }
}

/** The 8-character suffix y-tiptap gives an overlapping mark with this JSON ({type, attrs?}). */
export function overlappingMarkHash(markJson: unknown): string {
  const bytes: number[] = [];
  writeAny(bytes, markJson);
  const digest = createHash('sha256').update(Uint8Array.from(bytes)).digest();
  const folded = digest.subarray(0, 6);
  for (let i = 6; i < digest.length; i++) folded[i % 6] ^= digest[i];
  return Buffer.from(folded).toString('base64');
}
