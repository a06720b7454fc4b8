// The n-gram model on disk (Node only): gzip of a small header, a JSON part (sources,
// vocabulary, array lengths) and the count arrays as raw little-endian bytes, so loading is
// one gunzip and a few copies, not parsing half a million lines.

import { gunzipSync, gzipSync } from 'node:zlib';
import type { LearntArchive, NgramData } from './ngramModel';

const MAGIC = 'SOANNGR1';

interface Header {
  sources: string[];
  vocabulary: string[];
  bigrams: number;
  trigrams: number;
  learnt?: LearntArchive;
}

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
    bytes = gunzipSync(compressed);
  } catch {
    throw new Error(`${name} is not a Soạn language model (it is not gzip-compressed)`);
  }
  if (bytes.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new Error(`${name} is not a Soạn language model`);
  const jsonLength = bytes.readUInt32LE(MAGIC.length);
  const header = JSON.parse(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + jsonLength).toString('utf8')) as Header;
  let offset = align8(MAGIC.length + 4 + jsonLength);
  // Copies into fresh, aligned buffers (the gunzipped one is not 8-byte aligned in general).
  const take = <T extends Float64Array | Uint32Array>(Kind: { new (n: number): T; BYTES_PER_ELEMENT: number }, length: number): T => {
    const array = new Kind(length);
    const byteLength = length * Kind.BYTES_PER_ELEMENT;
    if (offset + byteLength > bytes.length) throw new Error(`${name} is cut short`);
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
