// Recognises text in a legacy Vietnamese encoding and converts it to Unicode NFC.
// A legacy font name (pasted HTML often says `font-family: .VnTime` or `VNI-Times`) wins.
// Otherwise the text is decoded under each candidate and the one that yields the most valid
// Vietnamese syllables is kept — only if clearly better than the text as it is, so Unicode
// (NFC or NFD), English and unaccented Vietnamese pass through untouched.
// Junk cleanup (soft hyphens…) must run after this: in TCVN3, U+00AD is the letter ư.

import { isVietnameseSyllable } from '../syllable';
import { decodeTcvn3 } from './tcvn3';
import { decodeViqr } from './viqr';
import { decodeVni } from './vni';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'viqr';
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'viqr'];

export interface FontHint {
  encoding: LegacyEncoding;
  /** .VnTimeH and friends: an upper-case TCVN3 font. */
  upperCaseFont: boolean;
}

/** What a font name says about the encoding of the text set in it, if anything. */
export function encodingFromFontName(fontName: string): FontHint | undefined {
  const name = fontName.trim().replace(/^['"]|['"]$/g, '');
  if (/^\.?vn[a-z]/i.test(name) && !/^vni/i.test(name)) {
    return { encoding: 'tcvn3', upperCaseFont: /^\.vn\w*?h$/i.test(name) };
  }
  if (/^vni[-\s]/i.test(name)) return { encoding: 'vni', upperCaseFont: false };
  return undefined;
}

export function decodeLegacy(text: string, encoding: LegacyEncoding, options: { upperCaseFont?: boolean } = {}): string {
  switch (encoding) {
    case 'tcvn3':
      return decodeTcvn3(text, options);
    case 'vni':
      return decodeVni(text);
    case 'viqr':
      return decodeViqr(text);
  }
}

export interface SyllableScore {
  /** Valid syllables that carry a tone or a hat: what only correctly decoded text has. */
  valid: number;
  /** Words with non-ASCII letters that are not Vietnamese syllables: mojibake. */
  invalid: number;
  score: number;
}

const WORD = /[\p{L}\p{M}]+/gu;
const NON_ASCII = /[^\u0000-\u007f]/u;
const MARKED = /[^a-zA-Z]/u;

export function scoreSyllables(text: string): SyllableScore {
  let valid = 0;
  let invalid = 0;
  for (const [word] of text.normalize('NFC').matchAll(WORD)) {
    // A lone letter proves nothing either way: Word's Symbol and Wingdings bullets ("·", "Ø",
    // "ü") and page separators decode to one-letter "syllables" such as "ã" and "ỉ".
    if (word.length < 2) continue;
    // Unaccented fragments ("Co" in VIQR "Co^.ng") prove nothing, so only marked ones count.
    if (isVietnameseSyllable(word)) {
      if (MARKED.test(word)) valid++;
    }
    else if (NON_ASCII.test(word)) invalid++;
  }
  return { valid, invalid, score: valid - 2 * invalid };
}

export interface EncodingVerdict {
  encoding: LegacyEncoding | 'unicode';
  /** The converted text (NFC), or the input unchanged when it is already Unicode. */
  text: string;
  reason: 'font-name' | 'syllables' | 'unchanged';
  scores: Partial<Record<LegacyEncoding | 'unicode', SyllableScore>>;
}

// VIQR marks look like punctuation, so VIQR is only a candidate when hats or tone marks
// visibly sit on vowels more than once.
const VIQR_EVIDENCE = /[aeiouyAEIOUY][(^+][`'?~.]?|[aeiouyAEIOUY][`~](?=[\p{L}\s]|$)|\bdd[aeiouy]/gu;

export function detectEncoding(text: string, options: { fontName?: string } = {}): EncodingVerdict {
  const hint = options.fontName ? encodingFromFontName(options.fontName) : undefined;
  if (hint) {
    return {
      encoding: hint.encoding,
      text: decodeLegacy(text, hint.encoding, { upperCaseFont: hint.upperCaseFont }),
      reason: 'font-name',
      scores: {},
    };
  }
  const original = scoreSyllables(text);
  const scores: EncodingVerdict['scores'] = { unicode: original };
  let best: { encoding: LegacyEncoding; text: string; score: SyllableScore } | undefined;
  for (const encoding of LEGACY_ENCODINGS) {
    if (encoding === 'viqr' && (text.match(VIQR_EVIDENCE)?.length ?? 0) < 2) continue;
    const decoded = decodeLegacy(text, encoding);
    if (decoded === text.normalize('NFC')) continue;
    const score = scoreSyllables(decoded);
    scores[encoding] = score;
    if (!best || score.score > best.score.score) best = { encoding, text: decoded, score };
  }
  const words = original.valid + original.invalid;
  const margin = Math.max(2, Math.ceil(words * 0.15));
  if (best && best.score.score - original.score >= margin && best.score.invalid < original.invalid + 1) {
    return { encoding: best.encoding, text: best.text, reason: 'syllables', scores };
  }
  return { encoding: 'unicode', text, reason: 'unchanged', scores };
}
