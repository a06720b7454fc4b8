// A Vietnamese letter seen as the legacy encodings see it: a base Latin letter, an optional
// shape (â ă ơ/ư đ), an optional tone and a case. Every legacy table in this folder is built
// by combining these parts, so the tables are generated, not typed in by hand.

import { SHAPE_MARKS, TONE_MARKS, toneOfMark, type Tone } from '../vietnameseLetters';

export type Shape = 'circumflex' | 'breve' | 'horn' | 'stroke' | 'none';

export interface LetterParts {
  base: string; // lower-case a…z
  shape: Shape;
  tone: Tone;
  upper: boolean;
}

/** All 134 lower-case vowel letters × tones plus đ, as [base, shape] pairs. */
export const VIETNAMESE_BASES: ReadonlyArray<readonly [string, Shape]> = [
  ['a', 'none'], ['a', 'breve'], ['a', 'circumflex'], ['e', 'none'], ['e', 'circumflex'],
  ['i', 'none'], ['o', 'none'], ['o', 'circumflex'], ['o', 'horn'], ['u', 'none'],
  ['u', 'horn'], ['y', 'none'],
];

const SHAPE_MARK: Record<Exclude<Shape, 'none' | 'stroke'>, string> = SHAPE_MARKS;

export function composeLetter(parts: LetterParts): string {
  let letter: string;
  if (parts.shape === 'stroke') letter = 'đ';
  else {
    letter = parts.base;
    if (parts.shape !== 'none') letter += SHAPE_MARK[parts.shape];
    if (parts.tone !== 'ngang') letter += TONE_MARKS[parts.tone];
  }
  letter = letter.normalize('NFC');
  return parts.upper ? letter.toUpperCase() : letter;
}

/** Splits one letter into its parts; undefined for anything that is not a Latin letter. */
export function letterParts(char: string): LetterParts | undefined {
  if (char === 'đ' || char === 'Đ') return { base: 'd', shape: 'stroke', tone: 'ngang', upper: char === 'Đ' };
  const decomposed = char.normalize('NFD');
  const base = decomposed[0]!;
  const lower = base.toLowerCase();
  if (!/^[a-z]$/u.test(lower)) return undefined;
  let shape: Shape = 'none';
  let tone: Tone = 'ngang';
  for (const mark of decomposed.slice(1)) {
    const markTone = toneOfMark(mark);
    if (markTone) tone = markTone;
    else if (mark === SHAPE_MARKS.circumflex) shape = 'circumflex';
    else if (mark === SHAPE_MARKS.breve) shape = 'breve';
    else if (mark === SHAPE_MARKS.horn) shape = 'horn';
    else return undefined;
  }
  return { base: lower, shape, tone, upper: base !== lower };
}

/** Every Vietnamese letter (both cases, all tones) — the round-trip test set. */
export function allVietnameseLetters(): string[] {
  const letters: string[] = ['đ', 'Đ'];
  for (const upper of [false, true]) {
    for (const [base, shape] of VIETNAMESE_BASES) {
      for (const tone of ['ngang', 'huyen', 'sac', 'hoi', 'nga', 'nang'] as const) {
        letters.push(composeLetter({ base, shape, tone, upper }));
      }
    }
  }
  return letters;
}
