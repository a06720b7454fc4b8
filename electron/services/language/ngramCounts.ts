// Counting syllable n-grams in text, for the model file (scripts/buildLanguageModel.ts) and a
// newsroom's own archive (scripts/addArchiveToModel.ts). Text is cut into phrases the way the
// spell checker sees neighbours: letters separated by plain spaces only; punctuation, numbers
// and words that are not Vietnamese syllables end a phrase. Each phrase is counted with its
// edges (id 0), so "the first word of a phrase" is learnt too.

import { bigramKey, MAX_VOCABULARY, trigramKey, type NgramData } from './ngramModel';
import { lexiconKey, type SyllableLexicon } from './syllableLexicon';

const LETTER_RUN = /[\p{L}\p{M}]+/gu;
const PHRASE_GAP = /^[ \t\u00a0]+$/u;

/** Counts as they grow: keys are the same packed numbers as in NgramData. */
export interface NgramCounts {
  vocabulary: string[];
  ids: Map<string, number>;
  unigrams: Map<number, number>;
  bigrams: Map<number, number>;
  trigrams: Map<number, number>;
  /** Syllables counted (edges not included). */
  tokens: number;
}

export function emptyCounts(): NgramCounts {
  return { vocabulary: [''], ids: new Map(), unigrams: new Map(), bigrams: new Map(), trigrams: new Map(), tokens: 0 };
}

const add = (map: Map<number, number>, key: number, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

function idFor(counts: NgramCounts, key: string): number {
  let id = counts.ids.get(key);
  if (id === undefined) {
    if (counts.vocabulary.length > MAX_VOCABULARY) throw new Error(`more than ${MAX_VOCABULARY} different syllables: the model's keys cannot hold them`);
    id = counts.vocabulary.length;
    counts.vocabulary.push(key);
    counts.ids.set(key, id);
  }
  return id;
}

/** The phrases of a text, each a list of lexicon keys (lower case, new-style tones). */
export function phrasesOf(text: string, lexicon: SyllableLexicon): string[][] {
  const nfc = text.normalize('NFC');
  const phrases: string[][] = [];
  let phrase: string[] = [];
  let end = 0;
  const close = () => {
    if (phrase.length > 0) phrases.push(phrase);
    phrase = [];
  };
  for (const run of nfc.matchAll(LETTER_RUN)) {
    if (!PHRASE_GAP.test(nfc.slice(end, run.index))) close();
    end = run.index! + run[0].length;
    const key = lexicon.has(run[0]) ? lexiconKey(run[0]) : undefined;
    if (key) phrase.push(key);
    else close();
  }
  close();
  return phrases;
}

/** Adds one phrase (lexicon keys) to the counts, `weight` times. */
export function countPhrase(counts: NgramCounts, phrase: readonly string[], weight = 1): void {
  const ids = [0, ...phrase.map((key) => idFor(counts, key)), 0];
  add(counts.unigrams, 0, weight);
  for (let i = 1; i < ids.length; i++) {
    if (i < ids.length - 1) add(counts.unigrams, ids[i]!, weight);
    add(counts.bigrams, bigramKey(ids[i - 1]!, ids[i]!), weight);
    if (i >= 2) add(counts.trigrams, trigramKey(ids[i - 2]!, ids[i - 1]!, ids[i]!), weight);
  }
  counts.tokens += phrase.length * weight;
}

export function countText(counts: NgramCounts, text: string, lexicon: SyllableLexicon): void {
  for (const phrase of phrasesOf(text, lexicon)) countPhrase(counts, phrase);
}

/** Counts read back from a model file, so an archive can be added to them. */
export function countsFromData(data: NgramData): NgramCounts {
  const counts = emptyCounts();
  counts.vocabulary = [...data.vocabulary];
  data.vocabulary.forEach((syllable, id) => {
    if (id > 0) counts.ids.set(syllable, id);
  });
  data.unigramCounts.forEach((n, id) => {
    if (n > 0) counts.unigrams.set(id, n);
    if (id > 0) counts.tokens += n;
  });
  data.bigramKeys.forEach((key, i) => counts.bigrams.set(key, data.bigramCounts[i]!));
  data.trigramKeys.forEach((key, i) => counts.trigrams.set(key, data.trigramCounts[i]!));
  return counts;
}

function sortedEntries<K extends Uint32Array | Float64Array>(map: Map<number, number>, minimum: number, make: (n: number) => K): [K, Uint32Array] {
  const keys = [...map.entries()].filter(([, n]) => n >= minimum).map(([key]) => key).sort((a, b) => a - b);
  const keyArray = make(keys.length);
  const countArray = new Uint32Array(keys.length);
  keys.forEach((key, i) => {
    keyArray[i] = key;
    countArray[i] = Math.min(map.get(key)!, 0xffffffff);
  });
  return [keyArray, countArray];
}

/** The counts as model data; trigrams seen fewer than `minTrigram` times are left out. */
export function toNgramData(counts: NgramCounts, sources: string[], minTrigram = 2): NgramData {
  const unigramCounts = new Uint32Array(counts.vocabulary.length);
  for (const [id, n] of counts.unigrams) unigramCounts[id] = Math.min(n, 0xffffffff);
  const [bigramKeys, bigramCounts] = sortedEntries(counts.bigrams, 1, (n) => new Uint32Array(n));
  const [trigramKeys, trigramCounts] = sortedEntries(counts.trigrams, minTrigram, (n) => new Float64Array(n));
  return { vocabulary: counts.vocabulary, unigramCounts, bigramKeys, bigramCounts, trigramKeys, trigramCounts, sources };
}
