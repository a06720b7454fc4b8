// The n-gram model on disk (Node only): gzip of a small header, a JSON part (sources,
// vocabulary, array lengths) and the count arrays as raw little-endian bytes, so loading is
// one gunzip and a few copies, not parsing half a million lines.

import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { NgramData } from './ngramModel';

const MAGIC = 'SOANNGR1';
/**
 * The most a model may unpack to: the newsroom's is kept under ~40 MB (newsroomModelLearning.ts),
 * so a file that unpacks to more is not one (a small file can unpack to gigabytes).
 */
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

// The file is read from the user-data folder, where anything may have been put: every part the
// checks and learning use is checked to be what it says before it is used.
const count = z.number().int().nonnegative().max(MAX_UNPACKED_BYTES);
const Header = z.object({
  sources: z.array(z.string()),
  vocabulary: z.array(z.string()),
  bigrams: count,
  trigrams: count,
  learnt: z.object({ articles: z.array(z.string()), sentences: z.number().int().nonnegative(), updatedAt: z.string() }).optional(),
});
type Header = z.infer<typeof Header>;

const align8 = (n: number) => Math.ceil(n / 8) * 8;

export function encodeNgramFile(data: NgramData): Buffer {
  const header: Header = { sources: data.sources, vocabulary: data.vocabulary, bigrams: data.bigramKeys.length, trigrams: data.trigramKeys.length, ...(data.learnt ? { learnt: data.learnt } : {}) };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const arrays = [data.trigramKeys, data.unigramCounts, data.bigramKeys, data.bigramCounts, data.trigramCounts];
  const start = align8(MAGIC.length + 4 + json.length);
  const out = Buffer.alloc(start + arrays.reduce((sum, a) => sum + a.byteLength, 0));
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, MAGIC.length);
  json.copy(out, MAGIC.length + 4);
  let offset = start;
  for (const array of arrays) {
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(out, offset);
    offset += array.byteLength;
  }
  return gzipSync(out, { level: 9 });
}

/** Reads a model file's bytes; says in words what is wrong with one that is not a model. */
export function decodeNgramFile(compressed: Uint8Array, name = 'the model file'): NgramData {
  let bytes: Buffer;
  try {
    bytes = gunzipSync(compressed, { maxOutputLength: MAX_UNPACKED_BYTES });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new Error(`${name} is not a Soạn language model: it unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB, more than any Soạn language model`);
    }
    throw new Error(`${name} is not a Soạn language model (it is not gzip-compressed)`);
  }
  if (bytes.length < MAGIC.length + 4 || bytes.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new Error(`${name} is not a Soạn language model`);
  const jsonLength = bytes.readUInt32LE(MAGIC.length);
  if (MAGIC.length + 4 + jsonLength > bytes.length) throw new Error(`${name} is cut short`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + jsonLength).toString('utf8'));
  } catch {
    throw new Error(`${name} has a header that cannot be read`);
  }
  const checked = Header.safeParse(parsed);
  if (!checked.success) throw new Error(`${name} has a header that does not describe a language model`);
  const header: Header = checked.data;
  let offset = align8(MAGIC.length + 4 + jsonLength);
  // Copies into fresh, aligned buffers (the gunzipped one is not 8-byte aligned in general).
  const take = <T extends Float64Array | Uint32Array>(Kind: { new (n: number): T; BYTES_PER_ELEMENT: number }, length: number): T => {
    const byteLength = length * Kind.BYTES_PER_ELEMENT;
    // Checked before the array is made: the header's lengths are no reason to set memory aside.
    if (offset + byteLength > bytes.length) throw new Error(`${name} is cut short`);
    const array = new Kind(length);
    new Uint8Array(array.buffer).set(bytes.subarray(offset, offset + byteLength));
    offset += byteLength;
    return array;
  };
  const trigramKeys = take(Float64Array, header.trigrams);
  const unigramCounts = take(Uint32Array, header.vocabulary.length);
  const bigramKeys = take(Uint32Array, header.bigrams);
  const bigramCounts = take(Uint32Array, header.bigrams);
  const trigramCounts = take(Uint32Array, header.trigrams);
  const data: NgramData = { sources: header.sources, vocabulary: header.vocabulary, unigramCounts, bigramKeys, bigramCounts, trigramKeys, trigramCounts };
  return header.learnt ? { ...data, learnt: header.learnt } : data;
}
