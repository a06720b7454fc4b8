// VIQR (RFC 1456, "Vietnamese Quoted-Readable") → Unicode NFC. After a vowel, ( ^ + give
// ă â ơ/ư and ' ` ? ~ . give the tones; dd/DD/Dd give đ/Đ; a backslash keeps the next
// character literal. RFC 1456 reads a mark as a diacritic only when it combines with the
// previous letter into a legal Vietnamese letter; we add two guards so ordinary
// punctuation survives unescaped text: a . ? or ' that ends a word on a plain vowel is
// kept as punctuation unless it completes a valid toneless syllable ("la." → "lạ", but
// "Ha`." keeps its full stop), and dd is đ only at the start of a word, the one place
// Vietnamese has it.

import { composeLetter, letterParts, type Shape } from './letterParts';
import { isVietnameseSyllable } from '../syllable';
import type { Tone } from '../vietnameseLetters';

const SHAPE_BY_MARK: Record<string, Shape> = { '(': 'breve', '^': 'circumflex', '+': 'horn' };
const TONE_BY_MARK: Record<string, Tone> = { "'": 'sac', '`': 'huyen', '?': 'hoi', '~': 'nga', '.': 'nang' };
const MARK_BY_SHAPE: Partial<Record<Shape, string>> = { breve: '(', circumflex: '^', horn: '+' };
const MARK_BY_TONE: Partial<Record<Tone, string>> = { sac: "'", huyen: '`', hoi: '?', nga: '~', nang: '.' };

const SHAPES_FOR_BASE: Record<string, Shape[]> = {
  a: ['breve', 'circumflex'],
  e: ['circumflex'],
  o: ['circumflex', 'horn'],
  u: ['horn'],
};

const LETTER = /[\p{L}\p{M}]/u;
/** Tone marks that double as sentence punctuation. */
const PUNCTUATION_LIKE = new Set(['.', '?', "'"]);

export function decodeViqr(text: string): string {
  const chars = Array.from(text);
  let out = '';
  let wordStart = 0; // index in `out` where the current word began
  let inWord = false; // the last thing written was a letter (marks already folded into it)
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (char === '\\' && i + 1 < chars.length && isMark(chars[i + 1]!)) {
      out += chars[++i];
      inWord = false;
      continue;
    }
    const lower = char.toLowerCase();
    const atWordStart = !inWord;
    if (atWordStart) wordStart = out.length;
    inWord = LETTER.test(char);
    const next = chars[i + 1];
    if (atWordStart && ((char === 'd' && next === 'd') || (char === 'D' && (next === 'D' || next === 'd')))) {
      out += char === 'D' ? 'Đ' : 'đ';
      i++;
      continue;
    }
    if (!'aeiouy'.includes(lower)) {
      out += char;
      continue;
    }
    let shape: Shape = 'none';
    let tone: Tone = 'ngang';
    let used = 0;
    for (let j = i + 1; j < chars.length && used < 2; j++) {
      const mark = chars[j]!;
      const markShape = SHAPE_BY_MARK[mark];
      const markTone = TONE_BY_MARK[mark];
      if (markShape && shape === 'none' && SHAPES_FOR_BASE[lower]?.includes(markShape)) shape = markShape;
      else if (markTone && tone === 'ngang') {
        if (shape === 'none' && PUNCTUATION_LIKE.has(mark) && endsWord(chars, j) && !wordStaysValid(out.slice(wordStart), char, shape, markTone)) break;
        tone = markTone;
      } else break;
      used++;
    }
    out += composeLetter({ base: lower, shape, tone, upper: char !== lower });
    i += used;
  }
  return out.normalize('NFC');
}

function isMark(char: string): boolean {
  return char in SHAPE_BY_MARK || char in TONE_BY_MARK || char === '\\';
}

/** True when the mark at `index` is the last thing before a space or the end of text. */
function endsWord(chars: string[], index: number): boolean {
  const next = chars[index + 1];
  return next === undefined || !LETTER.test(next) && !isMark(next);
}

/** A word-final . ? ' is a tone only if the word it would finish is a valid syllable. */
function wordStaysValid(soFar: string, base: string, shape: Shape, tone: Tone): boolean {
  const letter = composeLetter({ base: base.toLowerCase(), shape, tone, upper: false });
  return isVietnameseSyllable(soFar + letter) && !/[\u0300\u0301\u0303\u0309\u0323]/u.test(soFar.normalize('NFD'));
}

/** Unicode → VIQR; for tests and round trips. */
export function encodeViqr(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const parts = letterParts(char);
    if (!parts || (parts.shape === 'none' && parts.tone === 'ngang')) {
      out += char;
      continue;
    }
    if (parts.shape === 'stroke') {
      out += parts.upper ? 'DD' : 'dd';
      continue;
    }
    const base = parts.upper ? parts.base.toUpperCase() : parts.base;
    out += base + (MARK_BY_SHAPE[parts.shape] ?? '') + (MARK_BY_TONE[parts.tone] ?? '');
  }
  return out;
}
