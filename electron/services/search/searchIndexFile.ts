// The compact form of <library>/.soan/search-index.json (issue 13). Reading the whole index as
// one JSON document took 0.6 s at 5,000 articles — decoding 48 MB of text, parsing it and
// posting every token again — before `soan search` could answer or the library could list.
// This form is still one valid JSON document, written in an order that lets a reader stop
// early: a small header (terms, and where each piece lies), then under "blobs" every
// document's text, its tokens (base64) and each term's postings (base64 varints). A reader
// parses the header only and keeps the rest as bytes: a query decodes the postings of its own
// words and the texts and tokens of the documents it ranks and shows.
import { z } from 'zod';
import { decodeText } from '../fs/recoveringRead';
import { GrowableIntList } from '../language/growableIntList';
import { SearchIndex, type LazyDocument, type SavedDocumentReader, type SearchDocument } from '../language/searchIndex';

export const SEARCH_FILE_FORMAT = 'soan-search-index';
/** The version of this compact form; 1 is the earlier whole-JSON form (librarySearch.ts reads both). */
export const COMPACT_VERSION = 2;
/** Where the header ends: a quote inside a JSON string is always escaped, so this cannot occur earlier. */
const BLOBS_MARK = ',"blobs":[';
const TAIL = ']}';
const Offset = z.number().int().nonnegative();

// Thousands of entries: checked by hand, as zod took 50 ms over them.
const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
type DocumentEntry = [string, number[], number, number, number, number];

function documentEntry(value: unknown): DocumentEntry {
  const ok = Array.isArray(value) && value.length === 6 && typeof value[0] === 'string' && Array.isArray(value[1]) && value[1].length === 7 && value[1].every(isOffset) && value.slice(2).every(isOffset);
  if (!ok) throw new Error('a document entry is not [id, fields, offsets]');
  return value as DocumentEntry;
}

function postingEntry(value: unknown): [number, number, number] {
  if (!Array.isArray(value) || value.length !== 3 || !value.every(isOffset)) throw new Error('a postings entry is not [count, from, to]');
  return value as [number, number, number];
}

const Header = z.object({
  format: z.literal(SEARCH_FILE_FORMAT),
  version: z.literal(COMPACT_VERSION),
  updatedAt: z.looseObject({}), // thousands of entries: checked by hand below, as zod took 50 ms
  index: z.object({
    terms: z.array(z.unknown()),
    tokenBytes: z.union([z.literal(2), z.literal(4)]),
    /** [id, fieldStarts, text from, to, tokens from, to] — byte offsets into "blobs" (checked by `documentEntry`). */
    documents: z.array(z.unknown()),
    /** Per term: [how many documents, from, to]. Postings are (document number − the previous one, fieldMask | frequency << 6). */
    postings: z.array(z.unknown()),
    blobsLength: Offset,
  }),
});

/** Where a document's saved bytes lie, so writing it again while it is not loaded copies them as they are. */
interface SavedDocument {
  blobs: Buffer;
  text: [number, number];
  tokens: [number, number]; // a quoted base64 string
  tokenBytes: 2 | 4;
}

// --------------------------------------------------------------------------- writing

/** The file's bytes for this index and each article's updatedAt. */
export function encodeSearchFile(index: SearchIndex, updatedAt: Record<string, string>): Buffer {
  const { terms, numbers, documents, postings } = index.parts();
  const tokenBytes: 2 | 4 = terms.length <= 0x10000 ? 2 : 4;
  const renumber = new Int32Array(numbers).fill(-1);
  documents.forEach(({ number }, n) => (renumber[number] = n));

  const blobs: Uint8Array[] = [];
  let length = 0;
  const add = (blob: Uint8Array): [number, number] => {
    if (blobs.length > 0) {
      blobs.push(COMMA);
      length++;
    }
    blobs.push(blob);
    length += blob.length;
    return [length - blob.length, length];
  };
  const entries = documents.map(({ stored }) => {
    const saved = stored.saved as SavedDocument | undefined;
    const text = add(!stored.docLoaded && saved ? saved.blobs.subarray(...saved.text) : Buffer.from(JSON.stringify(stored.doc)));
    const keepTokens = !stored.exactLoaded && saved && saved.tokenBytes === tokenBytes;
    const tokens = add(keepTokens ? saved.blobs.subarray(...saved.tokens) : quoted(encodeTokens(stored.exact, tokenBytes)));
    return [stored.id, Array.from(stored.fieldStarts), ...text, ...tokens];
  });
  const postingEntries = postings.map((list) => {
    const { count, bytes } = encodePostings(list, renumber);
    return [count, ...add(quoted(bytes))];
  });
  const header = JSON.stringify({
    format: SEARCH_FILE_FORMAT,
    version: COMPACT_VERSION,
    updatedAt,
    index: { terms, tokenBytes, documents: entries, postings: postingEntries, blobsLength: length },
  });
  return Buffer.concat([Buffer.from(header.slice(0, -1) + BLOBS_MARK), ...blobs, Buffer.from(TAIL)]);
}

const COMMA = Buffer.from(',');
const quoted = (bytes: Uint8Array) => Buffer.from(`"${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('base64')}"`, 'latin1');

function encodeTokens(exact: Uint32Array, width: 2 | 4): Uint8Array {
  const bytes = Buffer.alloc(exact.length * width);
  if (width === 2) exact.forEach((id, i) => bytes.writeUInt16LE(id, i * 2));
  else exact.forEach((id, i) => bytes.writeUInt32LE(id, i * 4));
  return bytes;
}

function encodePostings({ data, length }: { data: Int32Array; length: number }, renumber: Int32Array): { count: number; bytes: Uint8Array } {
  const out = new Uint8Array(length * 5);
  let at = 0;
  const put = (value: number) => {
    while (value > 0x7f) {
      out[at++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    out[at++] = value;
  };
  let previous = 0;
  let count = 0;
  for (let i = 0; i < length; i += 2) {
    const number = renumber[data[i]!]!;
    if (number < 0) continue; // a removed document
    put(number - previous);
    put(data[i + 1]! >>> 0);
    previous = number;
    count++;
  }
  return { count, bytes: out.subarray(0, at) };
}

// --------------------------------------------------------------------------- reading

/**
 * The index in `bytes`, or undefined when they are not in the compact form (an earlier
 * version's file). Throws when they are but do not hold together (the caller sets the file
 * aside). `onDamaged` hears of a piece that turns out unreadable when first loaded: a
 * document is then shown without a snippet, a term's postings find nothing.
 */
export function decodeSearchFile(bytes: Buffer, onDamaged: (what: string, why: string) => void): { index: SearchIndex; updatedAt: Record<string, string> } | undefined {
  const mark = bytes.indexOf(BLOBS_MARK);
  if (mark < 0) return undefined;
  const raw: unknown = JSON.parse(decodeText(bytes.subarray(0, mark)) + '}');
  if ((raw as { version?: unknown })?.version !== COMPACT_VERSION) return undefined;
  const header = Header.parse(raw);
  for (const value of Object.values(header.updatedAt)) if (typeof value !== 'string') throw new Error('an updatedAt is not a date');
  if (!header.index.terms.every((term) => typeof term === 'string')) throw new Error('a term is not a string');
  const { tokenBytes, documents, postings, blobsLength } = header.index;
  const terms = header.index.terms as string[];
  const start = mark + BLOBS_MARK.length;
  if (bytes.length !== start + blobsLength + TAIL.length || bytes.toString('latin1', bytes.length - TAIL.length) !== TAIL) {
    throw new Error('the file ends before its blobs do');
  }
  if (postings.length !== terms.length) throw new Error('the postings do not match the terms');
  const blobs = bytes.subarray(start, start + blobsLength);
  const range = (from: number, to: number, what: string): [number, number] => {
    if (from > to || to > blobsLength) throw new Error(`${what} lies outside the file`);
    return [from, to];
  };

  const lazy = documents.map((entry): LazyDocument => {
    const [id, starts, textFrom, textTo, tokensFrom, tokensTo] = documentEntry(entry);
    if (starts.some((s, i) => i > 0 && s < starts[i - 1]!)) throw new Error(`document ${id}: its fields are out of order`);
    const saved: SavedDocument = { blobs, text: range(textFrom, textTo, `document ${id}`), tokens: range(tokensFrom, tokensTo, `document ${id}`), tokenBytes };
    return { id, fieldStarts: Uint32Array.from(starts), saved };
  });
  const reader: SavedDocumentReader = {
    doc: ({ id, saved }) => loadDocument(id, blobs.subarray(...(saved as SavedDocument).text), onDamaged),
    exact: ({ id, saved, fieldStarts }) =>
      loadTokens(id, blobs.subarray(...(saved as SavedDocument).tokens), tokenBytes, fieldStarts[fieldStarts.length - 1]!, terms.length, onDamaged),
  };
  const lists = postings.map((entry, term) => {
    const [count, from, to] = postingEntry(entry);
    range(from, to, `the postings of “${terms[term]}”`);
    return () => loadPostings(terms[term]!, blobs.subarray(from, to), count, documents.length, onDamaged);
  });
  return { index: SearchIndex.fromParts(terms, lazy, reader, lists), updatedAt: header.updatedAt as Record<string, string> };
}

function loadDocument(id: string, text: Buffer, onDamaged: (what: string, why: string) => void): SearchDocument {
  try {
    const doc = JSON.parse(decodeText(text)) as SearchDocument;
    if (doc?.id !== id) throw new Error('it is not this document’s text');
    return doc;
  } catch (error) {
    onDamaged(`article ${id}`, (error as Error).message);
    return { id };
  }
}

const QUOTE = 0x22;

/** The bytes of a quoted base64 string (a damaged one gives bytes the caller's checks refuse). */
function unquote(blob: Buffer): Buffer {
  if (blob.length < 2 || blob[0] !== QUOTE || blob[blob.length - 1] !== QUOTE) throw new Error('not a quoted string');
  return Buffer.from(blob.toString('latin1', 1, blob.length - 1), 'base64');
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function loadTokens(id: string, blob: Buffer, width: 2 | 4, expected: number, terms: number, onDamaged: (what: string, why: string) => void): Uint32Array {
  try {
    const bytes = unquote(blob);
    if (bytes.length !== expected * width) throw new Error('its tokens do not match its fields');
    let exact: Uint32Array;
    if (LITTLE_ENDIAN) {
      const aligned = new Uint8Array(bytes); // a copy on a fresh, aligned buffer
      exact = width === 4 ? new Uint32Array(aligned.buffer) : new Uint32Array(new Uint16Array(aligned.buffer));
    } else {
      exact = new Uint32Array(expected);
      for (let i = 0; i < expected; i++) exact[i] = width === 2 ? bytes.readUInt16LE(i * 2) : bytes.readUInt32LE(i * 4);
    }
    for (let i = 0; i < exact.length; i++) if (exact[i]! >= terms) throw new Error('a token is not a saved term');
    return exact;
  } catch (error) {
    onDamaged(`article ${id}`, (error as Error).message);
    return new Uint32Array(0);
  }
}

function loadPostings(term: string, blob: Buffer, count: number, documents: number, onDamaged: (what: string, why: string) => void): GrowableIntList {
  const list = new GrowableIntList(Math.max(4, count * 2));
  try {
    const bytes = unquote(blob);
    let at = 0;
    const next = () => {
      let value = 0;
      for (let shift = 0; ; shift += 7) {
        if (at >= bytes.length || shift > 28) throw new Error('a posting is cut short');
        const byte = bytes[at++]!;
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return value;
      }
    };
    let number = 0;
    for (let i = 0; i < count; i++) {
      number += next();
      const value = next();
      if (number >= documents || value > 0x7fffffff) throw new Error('a posting points past the documents');
      list.push2(number, value);
    }
    if (at !== bytes.length) throw new Error('the postings are longer than their count');
    return list;
  } catch (error) {
    onDamaged(`the postings of “${term}”`, (error as Error).message);
    return new GrowableIntList();
  }
}
