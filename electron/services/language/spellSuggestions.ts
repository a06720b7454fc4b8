// Suggestions for a word that is not Vietnamese, ranked by how Vietnamese typists err: the
// cheapest fixes are hỏi↔ngã and d↔đ, then a dialect slip (s/x, ch/tr, d/gi/r, n/l, -n/-ng,
// -c/-t) or a hat put on or left off, then a spelling-rule slip (c/k, g/gh, ng/ngh), then any
// one-letter edit. A candidate that pairs with the neighbouring words (sẵn sàng) goes first;
// frequent syllables break ties. Candidates come from the lexicon, else from the grammar.

import { COMMON_SYLLABLES } from './commonSyllables';
import { confusablesOf } from './confusionSets';
import type { ContextModel } from './contextModel';
import { allSyllables, withTonePlacement, type TonePlacement } from './syllable';
import { lexiconKey, type SyllableLexicon } from './syllableLexicon';
import { bareLetters, matchCase, splitTone } from './vietnameseLetters';

const EDIT_ALPHABET = 'abcdeghiklmnopqrstuvxy';

let grammarIndex: Map<string, string[]> | undefined;
const lexiconIndexes = new WeakMap<SyllableLexicon, Map<string, string[]>>();

function indexByBareLetters(syllables: Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const syllable of syllables) {
    const bare = bareLetters(syllable);
    const list = index.get(bare);
    if (list) list.push(syllable);
    else index.set(bare, [syllable]);
  }
  return index;
}

function candidateIndex(lexicon: SyllableLexicon | undefined): Map<string, string[]> {
  if (!lexicon) return (grammarIndex ??= indexByBareLetters(allSyllables()));
  let index = lexiconIndexes.get(lexicon);
  if (!index) lexiconIndexes.set(lexicon, (index = indexByBareLetters(lexicon.entries)));
  return index;
}

const RULE_REWRITES: ReadonlyArray<[RegExp, string]> = [
  [/^c(?=[ieêy])/u, 'k'], [/^k(?![h])/u, 'c'], [/^ng(?![h])/u, 'ngh'], [/^ngh/u, 'ng'],
  [/^g(?![hi])/u, 'gh'], [/^gh/u, 'g'], [/i$/u, 'y'], [/y$/u, 'i'], [/^q(?!u)/u, 'qu'],
];

function oneLetterEdits(word: string): Map<string, number> {
  const edits = new Map<string, number>();
  const add = (edit: string, cost: number) => {
    if (edit !== word && (edits.get(edit) ?? Infinity) > cost) edits.set(edit, cost);
  };
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) add(head + tail.slice(1), 1.5);
    if (tail.length > 1) add(head + tail[1] + tail[0] + tail.slice(2), 2);
    for (const letter of EDIT_ALPHABET) {
      add(head + letter + tail, 1.5);
      if (tail) add(head + letter + tail.slice(1), 2);
    }
  }
  return edits;
}

/** How far apart the marks of two words with the same bare letters are. */
function markDistance(a: string, b: string): number {
  const sa = splitTone(a);
  const sb = splitTone(b);
  const toneA = sa?.tone ?? 'ngang';
  const toneB = sb?.tone ?? 'ngang';
  let distance = 0;
  if (toneA !== toneB) distance += (toneA === 'hoi' && toneB === 'nga') || (toneA === 'nga' && toneB === 'hoi') ? 0.2 : 1;
  const marksA = Array.from(sa?.toneless ?? a).filter((c) => 'ăâêôơưđ'.includes(c));
  const marksB = Array.from(sb?.toneless ?? b).filter((c) => 'ăâêôơưđ'.includes(c));
  for (const mark of new Set([...marksA, ...marksB])) {
    if (marksA.filter((m) => m === mark).length !== marksB.filter((m) => m === mark).length) distance += mark === 'đ' ? 0.25 : 0.5;
  }
  return distance;
}

export interface SuggestOptions {
  preferredTonePlacement?: TonePlacement;
  max?: number;
  /** Only syllables of the lexicon are suggested; without it, any well-formed syllable. */
  lexicon?: SyllableLexicon;
  /** The words either side, to prefer a candidate that goes with them. */
  context?: { model: ContextModel; before?: string; after?: string };
  /** Readings that come first whatever their cost (an input-method reading, a split). */
  first?: readonly string[];
}

// The costs of a word's candidates before context, cheapest first, per lexicon (the same typo
// recurs).
const baseCostCaches = new WeakMap<object, Map<string, Array<[string, number]>>>();
const GRAMMAR = {};
/** The most context can take off a candidate's cost: fitting a neighbour (1) and frequency (0.3). */
const MOST_CONTEXT_BONUS = 1.3;

const byCostThenName = (a: [string, number], b: [string, number]) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

export function suggestSyllables(word: string, options: SuggestOptions = {}): string[] {
  const lower = word.normalize('NFC').toLowerCase();
  let cache = baseCostCaches.get(options.lexicon ?? GRAMMAR);
  if (!cache) baseCostCaches.set(options.lexicon ?? GRAMMAR, (cache = new Map()));
  let base = cache.get(lower);
  if (!base) {
    if (cache.size > 20_000) cache.clear();
    cache.set(lower, (base = [...baseCosts(lower, options.lexicon)].sort(byCostThenName)));
  }
  const first = (options.first ?? []).map((reading) => reading.normalize('NFC'));
  const max = options.max ?? 8;
  const shown = max + first.length;
  // Only candidates that context could lift into the first `shown` are weighed against it.
  const reach = base.length > shown ? base[shown - 1]![1] + MOST_CONTEXT_BONUS : Number.POSITIVE_INFINITY;
  const { model, before, after } = options.context ?? {};
  const costs: Array<[string, number]> = [];
  for (const [key, cost] of base) {
    if (cost > reach) break;
    const fits = model && ((before && model.pairs(before, key)) || (after && model.pairs(key, after)));
    // Frequent syllables first among equals: the common list, and how often the phrase list has it.
    const weight = Math.min(0.3, 0.05 * (model?.weight(key) ?? 0));
    costs.push([key, cost - (fits ? 1 : 0) - weight]);
  }
  const placement = options.preferredTonePlacement ?? 'new';
  const ranked = costs
    .sort(byCostThenName)
    .slice(0, shown) // only these can be shown: spell the rest not at all
    .map(([key]) => withTonePlacement(key, placement) ?? key);
  return [...new Set([...first, ...ranked])].slice(0, max).map((candidate) => matchCase(candidate, word));
}

function baseCosts(lower: string, lexicon: SyllableLexicon | undefined): Map<string, number> {
  const index = candidateIndex(lexicon);
  const costs = new Map<string, number>();
  const self = lexiconKey(lower);
  const consider = (candidate: string, cost: number) => {
    const key = lexiconKey(candidate);
    if (!key || key === self) return;
    if (lexicon && !lexicon.has(key)) return;
    const total = cost - (COMMON_SYLLABLES.has(key) ? 0.15 : 0);
    if (!costs.has(key) || costs.get(key)! > total) costs.set(key, total);
  };
  for (const { syllable, cost } of confusablesOf(lower)) consider(syllable, cost);
  const bare = bareLetters(lower);
  for (const candidate of index.get(bare) ?? []) consider(candidate, markDistance(lower, candidate));
  for (const [pattern, replacement] of RULE_REWRITES) {
    const rewrite = bare.replace(pattern, replacement);
    if (rewrite === bare) continue;
    for (const candidate of index.get(rewrite) ?? []) consider(candidate, 0.5 + markDistance(lower, candidate));
  }
  // A letter left out or typed twice (kện for kiện) is likelier than one struck for another.
  for (const [edit, cost] of oneLetterEdits(bare)) {
    for (const candidate of index.get(edit) ?? []) consider(candidate, cost + markDistance(lower, candidate));
  }
  return costs;
}
