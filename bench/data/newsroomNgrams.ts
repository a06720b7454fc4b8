// A newsroom's own n-gram model as large as Soạn lets one grow (MAX_NEWSROOM_ENTRIES bigrams +
// trigrams), for the spelling figures: the worst case for memory and for look-ups. It uses the
// bundled model's syllables (so every look-up searches both models) and pseudo-random pairs
// and triples from a fixed seed; the bundled model's own pairs are in it too.
import { MAX_NEWSROOM_ENTRIES } from '../../electron/services/language/newsroomModelLearning';
import { bigramKey, trigramKey, type NgramData } from '../../electron/services/language/ngramModel';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sorted, distinct keys. */
function distinct<T extends Float64Array | Uint32Array>(keys: T): T {
  keys.sort();
  let kept = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[kept - 1]) keys[kept++] = keys[i]!;
  return keys.subarray(0, kept) as T;
}

export function largestNewsroomNgrams(bundled: NgramData, entries = MAX_NEWSROOM_ENTRIES): NgramData {
  const next = random(18);
  const size = bundled.vocabulary.length;
  const syllable = () => 1 + Math.floor(next() * (size - 1));
  const bigramTarget = Math.floor(entries / 3);
  const bigrams = new Uint32Array(bigramTarget);
  bigrams.set(bundled.bigramKeys.subarray(0, bigramTarget));
  for (let i = bundled.bigramKeys.length; i < bigramTarget; i++) bigrams[i] = bigramKey(syllable(), syllable());
  const trigrams = new Float64Array(entries - bigramTarget);
  trigrams.set(bundled.trigramKeys);
  for (let i = bundled.trigramKeys.length; i < trigrams.length; i++) trigrams[i] = trigramKey(syllable(), syllable(), syllable());
  const bigramKeys = distinct(bigrams).slice();
  const trigramKeys = distinct(trigrams).slice();
  const counts = (n: number) => Uint32Array.from({ length: n }, () => 1 + Math.floor(next() * 5));
  return {
    vocabulary: bundled.vocabulary,
    unigramCounts: bundled.unigramCounts.slice(),
    bigramKeys,
    bigramCounts: counts(bigramKeys.length),
    trigramKeys,
    trigramCounts: counts(trigramKeys.length),
    sources: ['synthetic: the largest newsroom model Soạn keeps (bench)'],
  };
}
