// The mistakes Vietnamese writers make with real syllables, each with a cost: hỏi and ngã
// (which most of the country pronounces alike), d and đ, the onsets and finals that dialects
// merge (d/gi/r/v, s/x, ch/tr, n/l; -n/-ng, -c/-t), and a hat put on or left off a vowel.
// Used to rank suggestions for non-words and to find a real word used in place of another.

import { composeSyllable, parseSyllable } from './syllable';
import { TONES, type Tone } from './vietnameseLetters';

export interface Confusable {
  syllable: string;
  cost: number;
  kind: 'hoi-nga' | 'tone' | 'd-đ' | 'onset' | 'final' | 'vowel-mark';
}

const ONSET_GROUPS: ReadonlyArray<readonly string[]> = [['d', 'gi', 'r', 'v'], ['s', 'x'], ['ch', 'tr'], ['n', 'l']];
const FINAL_SWAPS: ReadonlyArray<[RegExp, string]> = [
  [/(?<![ng])n$/u, 'ng'], [/(?<!n)ng$/u, 'n'], [/nh$/u, 'n'], [/(?<![ng])n$/u, 'nh'], [/c$/u, 't'], [/t$/u, 'c'], [/ch$/u, 't'], [/t$/u, 'ch'],
];
const VOWEL_SHAPES: ReadonlyArray<readonly string[]> = [['a', 'ă', 'â'], ['o', 'ô', 'ơ'], ['u', 'ư'], ['e', 'ê']];

function toneAlternatives(tone: Tone): Array<[Tone, number, Confusable['kind']]> {
  return TONES.filter((t) => t !== tone).map((t) =>
    (tone === 'hoi' && t === 'nga') || (tone === 'nga' && t === 'hoi') ? [t, 0.2, 'hoi-nga'] : [t, 1, 'tone'],
  );
}

function onsetAlternatives(onset: string): Array<[string, number, Confusable['kind']]> {
  if (onset === 'd') return [['đ', 0.25, 'd-đ'], ...dialectOnsets('d')];
  if (onset === 'đ') return [['d', 0.25, 'd-đ']];
  if (onset === 'g') return dialectOnsets('gi'); // g + i… is read as gi (gì, gìn)
  return dialectOnsets(onset);
}

function dialectOnsets(onset: string): Array<[string, number, Confusable['kind']]> {
  const group = ONSET_GROUPS.find((g) => g.includes(onset));
  return (group ?? []).filter((o) => o !== onset).map((o) => [o, 0.5, 'onset']);
}

function vowelMarkAlternatives(rhyme: string): string[] {
  const letters = Array.from(rhyme);
  const found: string[] = [];
  letters.forEach((letter, i) => {
    const shapes = VOWEL_SHAPES.find((s) => s.includes(letter));
    for (const other of shapes ?? []) {
      if (other !== letter) found.push([...letters.slice(0, i), other, ...letters.slice(i + 1)].join(''));
    }
  });
  // ươ moves together: người ↔ nguời is not a slip, but ưo/uơ are handled by the grammar.
  return found;
}

const cache = new Map<string, readonly Confusable[]>();

/** Every syllable one typical slip away from `token`, cheapest first. */
export function confusablesOf(token: string): readonly Confusable[] {
  let found = cache.get(token);
  if (!found) {
    if (cache.size > 50_000) cache.clear();
    cache.set(token, (found = computeConfusables(token)));
  }
  return found;
}

function computeConfusables(token: string): Confusable[] {
  const parsed = parseSyllable(token);
  if (!parsed) return [];
  const { onset, rhyme, tone } = parsed;
  const found = new Map<string, Confusable>();
  const add = (syllable: string | undefined, cost: number, kind: Confusable['kind']) => {
    if (!syllable) return;
    const known = found.get(syllable);
    if (!known || known.cost > cost) found.set(syllable, { syllable, cost, kind });
  };
  const self = composeSyllable(onset, rhyme, tone);
  for (const [other, cost, kind] of toneAlternatives(tone)) add(composeSyllable(onset, rhyme, other), cost, kind);
  for (const [other, cost, kind] of onsetAlternatives(onset)) {
    // gì and giếng are written g + i…: their d/r/v twins are dì, diếng; and back again.
    add(composeSyllable(other, rhyme, tone) ?? (other === 'gi' ? composeSyllable('g', rhyme, tone) : undefined), cost, kind);
  }
  for (const [pattern, replacement] of FINAL_SWAPS) {
    if (pattern.test(rhyme)) add(composeSyllable(onset, rhyme.replace(pattern, replacement), tone), 0.6, 'final');
  }
  for (const other of vowelMarkAlternatives(rhyme)) add(composeSyllable(onset, other, tone), 0.5, 'vowel-mark');
  if (self) found.delete(self);
  return [...found.values()].sort((a, b) => a.cost - b.cost);
}
