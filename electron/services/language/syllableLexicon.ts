// The syllables Vietnamese actually uses. The grammar (syllable.ts) says what can be written;
// the lexicon says what is: `sẳn`, `giửa`, `dến` are well formed but no Vietnamese word has
// them. Entries and look-ups are compared in lower case with the tone on the new-style vowel,
// so hòa/hoà and thủy/thuỷ are the same entry.

import { withTonePlacement } from './syllable';

export interface SyllableLexicon {
  /** True for a Vietnamese syllable in any case, NFC or NFD, either tone placement. */
  has(token: string): boolean;
  /** Every entry, lower case NFC, new-style tone placement. */
  readonly entries: readonly string[];
}

/** The form a syllable is stored under (lower case, NFC, tone placed the new way). */
export function lexiconKey(token: string): string | undefined {
  let key = keys.get(token);
  if (key === undefined) {
    key = withTonePlacement(token, 'new') ?? null;
    if (keys.size > 50_000) keys.clear();
    keys.set(token, key);
  }
  return key ?? undefined;
}

// Every check looks each word up several times (lexicon, phrases, n-grams): parse it once.
const keys = new Map<string, string | null>();

export function createSyllableLexicon(entries: Iterable<string>): SyllableLexicon {
  const keys = new Set<string>();
  for (const entry of entries) {
    const key = lexiconKey(entry.trim());
    if (key) keys.add(key);
  }
  const list = [...keys];
  return {
    has(token: string): boolean {
      const key = lexiconKey(token);
      return key !== undefined && keys.has(key);
    },
    entries: list,
  };
}
