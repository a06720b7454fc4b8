// Words that are not Vietnamese syllables but not mistakes either: plain Latin words
// (Podcast, HD), words with letters Vietnamese does not use (Zürich, façade), abbreviations in
// capitals (ĐHQG), and names written with a foreign shape (Ríos, Hmông, Krông, Đắk).

import { isVietnameseLetter } from './vietnameseLetters';

const ASCII_ONLY = /^[A-Za-z]+$/u;
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
const ALL_MARKS = /[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B]/gu;
// One onset, one run of vowels, one final, as Vietnamese writes them (spelling rules aside).
const VIETNAMESE_SHAPE =
  /^(ngh|ng|gh|gi|kh|ch|nh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(ch|ng|nh|[cmnpt])?$/u;
const VOWEL_RUNS = /[aăâeêioôơuưy]+/gu;

export function isAsciiWord(word: string): boolean {
  return ASCII_ONLY.test(word);
}

/** Without tone marks, lower case, hats kept: the letters a reader sees. */
function plainLetters(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC');
}

export function looksForeignOrAbbreviated(word: string): boolean {
  if (isAsciiWord(word)) return true;
  for (const letter of word.toLowerCase().normalize('NFD').replace(ALL_MARKS, '').normalize('NFC')) {
    if (!isVietnameseLetter(letter)) return true; // f j w z ü ç ñ …
  }
  const isCapitals = word.length > 1 && word === word.toUpperCase();
  return isCapitals && !TONE_MARK.test(word.normalize('NFD'));
}

/** Written like one Vietnamese syllable (onset, vowels, final), whatever its marks. */
export function hasVietnameseShape(word: string): boolean {
  return VIETNAMESE_SHAPE.test(plainLetters(word));
}

/** How many separate runs of vowels the word has: kilômét 3, người 1. */
export function vowelRuns(word: string): number {
  return plainLetters(word).match(VOWEL_RUNS)?.length ?? 0;
}

export function isCapitalised(word: string): boolean {
  const first = Array.from(word)[0] ?? '';
  return first !== first.toLowerCase();
}

/** True when `from` begins a sentence: start of text or line, or after . ! ? … : (quotes aside). */
export function startsSentence(text: string, from: number): boolean {
  let i = from - 1;
  while (i >= 0 && /[ \t\u00a0“"'‘(«[]/u.test(text[i]!)) i--;
  return i < 0 || /[.!?…:\n]/u.test(text[i]!);
}
