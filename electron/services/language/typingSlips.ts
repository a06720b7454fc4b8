// Words left half-converted by a Vietnamese input method, read back as the syllable the typist
// meant: Telex (`tieengs` → tiếng, `nawm` → năm, `dduwowcj` → được) and VNI (`na8m` → năm,
// `vie65t` → việt), and a digit struck instead of its neighbour key (`na9m` → năm).

import { ONSETS } from './syllableInventory';
import { composeSyllable } from './syllable';
import type { Tone } from './vietnameseLetters';

const VOWELS = 'aăâeêioôơuưy';
const TELEX_TONES: Record<string, Tone> = { s: 'sac', f: 'huyen', r: 'hoi', x: 'nga', j: 'nang' };
const VNI_TONES: Record<string, Tone> = { '1': 'sac', '2': 'huyen', '3': 'hoi', '4': 'nga', '5': 'nang', '0': 'ngang' };
const HAT: Record<string, string> = { a: 'â', e: 'ê', o: 'ô' };
const HORN: Record<string, string> = { a: 'ă', o: 'ơ', u: 'ư' };

/** The letters and tone as one syllable, or undefined when they spell none. */
function compose(letters: readonly string[], tone: Tone): string | undefined {
  const written = letters.join('');
  for (const onset of ONSETS) {
    if (!written.startsWith(onset)) continue;
    const syllable = composeSyllable(onset, written.slice(onset.length), tone);
    if (syllable) return syllable;
  }
  return undefined;
}

function lastIndexOf(letters: readonly string[], among: string): number {
  for (let i = letters.length - 1; i >= 0; i--) if (among.includes(letters[i]!)) return i;
  return -1;
}

/** ư ơ ă on the last u/o/a (uo → ươ together); false when there is none. */
function putHorn(letters: string[]): boolean {
  const i = lastIndexOf(letters, 'aou');
  if (i < 0) return false;
  if (letters[i] === 'o' && letters[i - 1] === 'u') letters[i - 1] = 'ư';
  letters[i] = HORN[letters[i]!]!;
  return true;
}

/** A hat on the last a/e/o of that same letter (Telex aa ee oo, typed right after or later). */
function putHat(letters: string[], vowel: string): boolean {
  const i = lastIndexOf(letters, vowel);
  if (i < 0 || letters.slice(i + 1).some((l) => VOWELS.includes(l))) return false;
  letters[i] = HAT[vowel]!;
  return true;
}

/** The syllable a Telex key sequence types, when it contains at least one Telex key. */
export function readTelex(token: string): string | undefined {
  const lower = token.toLowerCase();
  if (!/^[a-z]+$/u.test(lower)) return undefined;
  const letters: string[] = [];
  let tone: Tone = 'ngang';
  let keys = 0;
  for (const key of lower) {
    const seenVowel = letters.some((l) => VOWELS.includes(l));
    if (seenVowel && key in TELEX_TONES) {
      tone = TELEX_TONES[key]!;
      keys++;
    } else if (key === 'w') {
      if (!putHorn(letters)) letters.push('ư');
      keys++;
    } else if (key === 'd' && letters.length === 1 && letters[0] === 'd') {
      letters[0] = 'đ';
      keys++;
    } else if (key in HAT && seenVowel && putHat(letters, key)) {
      keys++;
    } else {
      letters.push(key);
    }
  }
  return keys > 0 ? compose(letters, tone) : undefined;
}

/** The syllable a VNI key sequence types (digits 1–5 tones, 6 hat, 7 horn, 8 breve, 9 đ, 0 no tone). */
export function readVni(token: string): string | undefined {
  const lower = token.toLowerCase();
  if (!/^[a-z][a-z0-9]*$/u.test(lower) || !/[0-9]/u.test(lower)) return undefined;
  const letters: string[] = [];
  let tone: Tone = 'ngang';
  for (const key of lower) {
    if (key in VNI_TONES) {
      if (!letters.some((l) => VOWELS.includes(l))) return undefined;
      tone = VNI_TONES[key]!;
    } else if (key === '6') {
      const i = lastIndexOf(letters, 'aeo');
      if (i < 0) return undefined;
      letters[i] = HAT[letters[i]!]!;
    } else if (key === '7') {
      const i = lastIndexOf(letters, 'ou');
      if (i < 0) return undefined;
      if (letters[i] === 'o' && letters[i - 1] === 'u') letters[i - 1] = 'ư';
      letters[i] = HORN[letters[i]!]!;
    } else if (key === '8') {
      const i = lastIndexOf(letters, 'a');
      if (i < 0) return undefined;
      letters[i] = 'ă';
    } else if (key === '9') {
      if (letters[0] !== 'd') return undefined;
      letters[0] = 'đ';
    } else {
      letters.push(key);
    }
  }
  return compose(letters, tone);
}

/**
 * What a word with a digit in it was probably meant to be, most likely first: its VNI reading,
 * then the reading with a neighbouring digit key, then the word without its digits.
 */
export function digitSlipReadings(token: string): string[] {
  const readings: Array<string | undefined> = [readVni(token)];
  token.replace(/[0-9]/gu, (digit, at: number) => {
    for (const near of [Number(digit) - 1, Number(digit) + 1]) {
      if (near >= 0 && near <= 9) readings.push(readVni(token.slice(0, at) + near + token.slice(at + 1)));
    }
    return digit;
  });
  readings.push(compose(Array.from(token.toLowerCase().replace(/[0-9]/gu, '')), 'ngang'));
  return [...new Set(readings.filter((r): r is string => r !== undefined))];
}
