// VNI-Windows (the VNI-Times fonts) → Unicode NFC. VNI writes most toned vowels as a base
// letter followed by a mark byte, e.g. `a` + `ù` = á, `a` + `á` = ấ, `a` + `é` = ắ; the
// horned vowels, đ and the toned i / ỵ are single bytes. As with TCVN3, the input is
// the bytes read as Windows-1252/Latin-1 characters (what a paste from Word delivers).

import { c1ControlsAsWindows1252 } from './windows1252';
import { composeLetter, letterParts, type Shape } from './letterParts';
import type { Tone } from '../vietnameseLetters';

const TONES_IN_ORDER: Tone[] = ['sac', 'huyen', 'hoi', 'nga', 'nang'];

// Trailing mark bytes, lower case; the upper-case byte (same letter capitalised) is accepted
// after either case of base letter.
const TONE_ONLY = 'ùøûõï'; // sắc huyền hỏi ngã nặng on a plain vowel
const CIRCUMFLEX = 'áàåãä'; // the same five tones on â ê ô; `â` alone is the bare hat
const BREVE = 'éèúüë'; // the five tones on ă; `ê` alone is the bare breve

interface Trailer {
  shape: Shape | 'keep';
  tone: Tone;
}

const TRAILERS = new Map<string, Trailer>();
function addTrailer(lower: string, trailer: Trailer): void {
  TRAILERS.set(lower, trailer);
  TRAILERS.set(lower.toUpperCase(), trailer);
}
Array.from(TONE_ONLY).forEach((c, i) => addTrailer(c, { shape: 'keep', tone: TONES_IN_ORDER[i]! }));
Array.from(CIRCUMFLEX).forEach((c, i) => addTrailer(c, { shape: 'circumflex', tone: TONES_IN_ORDER[i]! }));
Array.from(BREVE).forEach((c, i) => addTrailer(c, { shape: 'breve', tone: TONES_IN_ORDER[i]! }));
addTrailer('â', { shape: 'circumflex', tone: 'ngang' });
addTrailer('ê', { shape: 'breve', tone: 'ngang' });

/** Single bytes that stand for a whole letter (lower case; capitals likewise). */
const SINGLE_LETTERS: ReadonlyArray<[string, string, Shape, Tone]> = [
  ['ô', 'o', 'horn', 'ngang'], ['ö', 'u', 'horn', 'ngang'], ['ñ', 'd', 'stroke', 'ngang'],
  ['í', 'i', 'none', 'sac'], ['ì', 'i', 'none', 'huyen'], ['æ', 'i', 'none', 'hoi'],
  ['ó', 'i', 'none', 'nga'], ['ò', 'i', 'none', 'nang'], ['î', 'y', 'none', 'nang'],
];

interface Base {
  base: string;
  shape: Shape;
  upper: boolean;
}

const BASES = new Map<string, Base>();
for (const letter of 'aeouy') {
  BASES.set(letter, { base: letter, shape: 'none', upper: false });
  BASES.set(letter.toUpperCase(), { base: letter, shape: 'none', upper: true });
}
const SINGLES = new Map<string, string>();
for (const [byte, base, shape, tone] of SINGLE_LETTERS) {
  SINGLES.set(byte, composeLetter({ base, shape, tone, upper: false }));
  SINGLES.set(byte.toUpperCase(), composeLetter({ base, shape, tone, upper: true }));
  if (shape === 'horn') {
    BASES.set(byte, { base, shape, upper: false });
    BASES.set(byte.toUpperCase(), { base, shape, upper: true });
  }
}

function shapeAllowed(base: string, current: Shape, trailer: Trailer): boolean {
  if (trailer.shape === 'keep') return true;
  if (current !== 'none') return false;
  if (trailer.shape === 'breve') return base === 'a';
  return base === 'a' || base === 'e' || base === 'o';
}

export function decodeVni(text: string): string {
  const chars = Array.from(c1ControlsAsWindows1252(text));
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const base = BASES.get(char);
    const trailer = base ? TRAILERS.get(chars[i + 1] ?? '') : undefined;
    if (base && trailer && shapeAllowed(base.base, base.shape, trailer)) {
      const shape = trailer.shape === 'keep' ? base.shape : trailer.shape;
      out += composeLetter({ base: base.base, shape, tone: trailer.tone, upper: base.upper });
      i++;
      continue;
    }
    out += SINGLES.get(char) ?? char;
  }
  return out.normalize('NFC');
}

/** Unicode → VNI characters (as Latin-1); for tests and round trips. */
export function encodeVni(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const parts = letterParts(char);
    if (!parts || (parts.shape === 'none' && parts.tone === 'ngang')) {
      out += char;
      continue;
    }
    out += encodeLetter(parts.base, parts.shape, parts.tone, parts.upper) ?? char;
  }
  return out;
}

function encodeLetter(base: string, shape: Shape, tone: Tone, upper: boolean): string | undefined {
  const cased = (s: string) => (upper ? s.toUpperCase() : s);
  const single = SINGLE_LETTERS.find(([, b, s, t]) => b === base && s === shape && t === tone);
  if (single) return cased(single[0]);
  const toneIndex = TONES_IN_ORDER.indexOf(tone);
  if (shape === 'horn') {
    const horned = SINGLE_LETTERS.find(([, b, s]) => b === base && s === 'horn')![0];
    return cased(horned + (toneIndex >= 0 ? TONE_ONLY[toneIndex] : ''));
  }
  if (shape === 'circumflex') return cased(base + (toneIndex >= 0 ? CIRCUMFLEX[toneIndex] : 'â'));
  if (shape === 'breve') return cased(base + (toneIndex >= 0 ? BREVE[toneIndex] : 'ê'));
  if (shape === 'none' && toneIndex >= 0) return cased(base + TONE_ONLY[toneIndex]);
  return undefined;
}
