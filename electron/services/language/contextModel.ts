// What the checker knows about syllables in context: pairs of syllables that make a word or a
// common phrase together (giải thưởng, dải đất, nằm viện, nắm tay). A real word in the wrong
// place (nắm viện) is recognised because its neighbour pairs with a confusable syllable but
// not with it. Pairs are stored like lexicon entries: lower case, new-style tone placement.

import { lexiconKey } from './syllableLexicon';

export interface ContextModel {
  /** True when `left right` is a known pair (any case, either tone placement). */
  pairs(left: string, right: string): boolean;
  /** In how many known pairs a syllable takes part: a rough measure of how common it is. */
  weight(syllable: string): number;
  readonly size: number;
}

function keyOf(token: string): string {
  return lexiconKey(token) ?? token.normalize('NFC').toLowerCase();
}

/** Entries are phrases of two or more syllables; each adjacent pair in one is known. */
export function createContextModel(phrases: Iterable<string>): ContextModel {
  // Right neighbours by left syllable: a look-up builds no "left right" string.
  const known = new Map<string, Set<string>>();
  const weights = new Map<string, number>();
  let size = 0;
  for (const phrase of phrases) {
    const syllables = phrase.trim().split(/[\s-]+/u).filter(Boolean).map(keyOf);
    for (let i = 1; i < syllables.length; i++) {
      const [left, right] = [syllables[i - 1]!, syllables[i]!];
      let rights = known.get(left);
      if (!rights) known.set(left, (rights = new Set()));
      if (rights.has(right)) continue;
      rights.add(right);
      size++;
      for (const syllable of [left, right]) weights.set(syllable, (weights.get(syllable) ?? 0) + 1);
    }
  }
  return {
    pairs: (left, right) => known.get(keyOf(left))?.has(keyOf(right)) ?? false,
    weight: (syllable) => weights.get(keyOf(syllable)) ?? 0,
    get size() {
      return size;
    },
  };
}

export const EMPTY_CONTEXT_MODEL: ContextModel = createContextModel([]);
