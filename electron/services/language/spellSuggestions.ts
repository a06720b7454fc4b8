// Suggestions for a syllable that is not valid Vietnamese: first the same letters with other
// marks (tone or hat moved, added or removed — the commonest typing slip), then one-letter
// edits that give a valid syllable. Candidates come from the generated syllable inventory.

import { COMMON_SYLLABLES } from './commonSyllables';
import { allSyllables, parseSyllable, type TonePlacement } from './syllable';
import { bareLetters, matchCase, splitTone } from './vietnameseLetters';

const EDIT_ALPHABET = 'abcdeghiklmnopqrstuvxy';

let byBareLetters: Map<string, string[]> | undefined;

function syllablesByBareLetters(): Map<string, string[]> {
  if (byBareLetters) return byBareLetters;
  byBareLetters = new Map();
  for (const syllable of allSyllables()) {
    const bare = bareLetters(syllable);
    const list = byBareLetters.get(bare);
    if (list) list.push(syllable);
    else byBareLetters.set(bare, [syllable]);
  }
  return byBareLetters;
}

// Slips against the spelling rules themselves (c/k, g/gh, ng/ngh, final i/y) cost less than
// an arbitrary one-letter edit.
const RULE_REWRITES: ReadonlyArray<[RegExp, string]> = [
  [/^c(?=[ieêy])/u, 'k'], [/^k(?![h])/u, 'c'], [/^ng(?![h])/u, 'ngh'], [/^ngh/u, 'ng'],
  [/^g(?![hi])/u, 'gh'], [/^gh/u, 'g'], [/i$/u, 'y'], [/y$/u, 'i'], [/^q(?!u)/u, 'qu'],
];

function ruleRewrites(bare: string): string[] {
  return RULE_REWRITES.map(([pattern, replacement]) => bare.replace(pattern, replacement)).filter((w) => w !== bare);
}

function oneLetterEdits(word: string): Set<string> {
  const edits = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) edits.add(head + tail.slice(1));
    if (tail.length > 1) edits.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of EDIT_ALPHABET) {
      edits.add(head + letter + tail);
      if (tail) edits.add(head + letter + tail.slice(1));
    }
  }
  edits.delete(word);
  return edits;
}

/** How far apart the marks of two words are: tone, hats and the stroke of đ. */
function markDistance(a: string, b: string): number {
  const sa = splitTone(a);
  const sb = splitTone(b);
  let distance = 0;
  if ((sa?.tone ?? 'ngang') !== (sb?.tone ?? 'ngang')) distance += 1;
  const hatsA = hats(sa?.toneless ?? a);
  const hatsB = hats(sb?.toneless ?? b);
  for (const hat of new Set([...hatsA, ...hatsB])) {
    // A missing or extra hat is a lighter slip than a wrong tone (Telex users drop the w).
    if (hatsA.filter((h) => h === hat).length !== hatsB.filter((h) => h === hat).length) distance += 0.5;
  }
  return distance;
}

function hats(toneless: string): string[] {
  return Array.from(toneless).filter((c) => 'ăâêôơưđ'.includes(c));
}

export interface SuggestOptions {
  preferredTonePlacement?: TonePlacement;
  max?: number;
}

export function suggestSyllables(word: string, options: SuggestOptions = {}): string[] {
  const lower = word.normalize('NFC').toLowerCase();
  const bare = bareLetters(lower);
  const index = syllablesByBareLetters();
  const costs = new Map<string, number>();
  const consider = (candidate: string, cost: number) => {
    const placement = parseSyllable(candidate)?.placement;
    if (options.preferredTonePlacement && placement && placement !== 'either' && placement !== options.preferredTonePlacement) {
      return; // the other placement of the same syllable is also a candidate
    }
    const tieBreak = COMMON_SYLLABLES.has(candidate) ? -0.5 : 0;
    const total = cost + tieBreak;
    if (!costs.has(candidate) || costs.get(candidate)! > total) costs.set(candidate, total);
  };
  for (const candidate of index.get(bare) ?? []) {
    if (candidate !== lower) consider(candidate, markDistance(lower, candidate));
  }
  for (const rewrite of ruleRewrites(bare)) {
    for (const candidate of index.get(rewrite) ?? []) consider(candidate, 0.5 + markDistance(lower, candidate));
  }
  for (const edit of oneLetterEdits(bare)) {
    for (const candidate of index.get(edit) ?? []) consider(candidate, 2 + markDistance(lower, candidate));
  }
  return [...costs]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0], 'vi'))
    .slice(0, options.max ?? 8)
    .map(([candidate]) => matchCase(candidate, word));
}
