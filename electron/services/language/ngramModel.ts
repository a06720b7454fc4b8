// A syllable n-gram language model (unigrams, bigrams, trigrams) trained on public Vietnamese
// text (resources/language/SOURCES.md), used to tell which of two confusable real words fits
// its neighbours (nằm viện, not nắm viện). Counts are kept in sorted typed arrays and looked up
// by binary search: a few MB, structured-clone safe, so the checks worker receives them as is.
// Scores use stupid backoff (Brants et al. 2007): not probabilities, but ratios between two
// candidates in the same place are what the real-word check compares.
// Syllable ids: 0 is the edge of a phrase (punctuation, a number, a foreign word), 1… the
// vocabulary in order; lower case, tone on the new-style vowel (lexiconKey).

import { lexiconKey } from './syllableLexicon';

/** Bits per syllable id in a packed bigram or trigram key. */
export const ID_BITS = 14;
export const MAX_VOCABULARY = (1 << ID_BITS) - 1;
const SHIFT = 2 ** ID_BITS;

/** Plain form of the model (what the model file holds and what the worker receives). */
export interface NgramData {
  /** Syllables by id; index 0 is the phrase edge ''. */
  vocabulary: string[];
  unigramCounts: Uint32Array;
  /** Sorted keys `a·2^14 + b`, with their counts. */
  bigramKeys: Uint32Array;
  bigramCounts: Uint32Array;
  /** Sorted keys `a·2^28 + b·2^14 + c` (exact in a double), with their counts. */
  trigramKeys: Float64Array;
  trigramCounts: Uint32Array;
  /** Where the counts come from (names and licences, for the record). */
  sources: string[];
  /** A newsroom's own model only: what it has learnt (newsroomModel.ts). */
  learnt?: LearntArchive;
}

/** What a newsroom's model was learnt from: so the same article is never counted twice. */
export interface LearntArchive {
  /** Hashes of the articles' texts (newsroomArchive.ts articleHash). */
  articles: string[];
  /** Vietnamese sentences (lines) counted, all runs together. */
  sentences: number;
  /** ISO time of the last run that added something. */
  updatedAt: string;
}

export interface NgramModel {
  /** The syllable's id, or 0 when the model has not seen it. */
  idOf(syllable: string | undefined): number;
  count(a: number): number;
  bigram(a: number, b: number): number;
  trigram(a: number, b: number, c: number): number;
  /** log of the stupid-backoff score of `c` after `a b` (0 = the edge). */
  logScore(a: number, b: number, c: number): number;
  readonly tokens: number;
  /** The counts it was made from (with a newsroom's model added, the bundled model's). */
  readonly data: NgramData;
}

export const bigramKey = (a: number, b: number) => a * SHIFT + b;
export const trigramKey = (a: number, b: number, c: number) => (a * SHIFT + b) * SHIFT + c;

function find(keys: Uint32Array | Float64Array, key: number): number {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = keys[middle]!;
    if (value === key) return middle;
    if (value < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Weight of a shorter context when the longer one was never seen. */
const BACKOFF = 0.4;

/** Counts by id, however they are kept (one model's arrays, or a bundled and a newsroom's model added up). */
export interface NgramCounter {
  count(a: number): number;
  bigram(a: number, b: number): number;
  trigram(a: number, b: number, c: number): number;
}

/** log of the stupid-backoff score of `c` after `a b`, from any counts. */
export function backoffLogScore(counts: NgramCounter, tokens: number, vocabularySize: number): NgramModel['logScore'] {
  const { count, bigram, trigram } = counts;
  return (a, b, c) => {
    if (a !== 0 || b !== 0) {
      const abc = trigram(a, b, c);
      if (abc > 0) return Math.log(abc / Math.max(bigram(a, b), abc));
    }
    const bc = bigram(b, c);
    if (bc > 0) return Math.log(BACKOFF) + Math.log(bc / Math.max(count(b), bc));
    return 2 * Math.log(BACKOFF) + Math.log((count(c) + 1) / (tokens + vocabularySize));
  };
}

export function createNgramModel(data: NgramData): NgramModel {
  const ids = new Map<string, number>();
  data.vocabulary.forEach((syllable, id) => {
    if (id > 0) ids.set(syllable, id);
  });
  let tokens = 0;
  for (let id = 1; id < data.unigramCounts.length; id++) tokens += data.unigramCounts[id]!;
  const count = (a: number) => data.unigramCounts[a] ?? 0;
  const bigram = (a: number, b: number) => {
    const at = find(data.bigramKeys, bigramKey(a, b));
    return at < 0 ? 0 : data.bigramCounts[at]!;
  };
  const trigram = (a: number, b: number, c: number) => {
    const at = find(data.trigramKeys, trigramKey(a, b, c));
    return at < 0 ? 0 : data.trigramCounts[at]!;
  };
  const logScore = backoffLogScore({ count, bigram, trigram }, tokens, data.vocabulary.length);
  return {
    idOf(syllable) {
      if (!syllable) return 0;
      const key = lexiconKey(syllable);
      return (key && ids.get(key)) || 0;
    },
    count,
    bigram,
    trigram,
    logScore,
    tokens,
    data,
  };
}
