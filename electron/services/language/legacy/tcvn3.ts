// TCVN3 (TCVN 5712:1993, the "ABC" encoding of the .VnTime fonts) → Unicode NFC.
// Input is text as Word pastes it: each TCVN3 byte appears as the Windows-1252/Latin-1
// character with the same number, so `Céng hßa` holds the bytes for `Cộng hòa`.
//
// The table follows the standard's layout: lower-case toned vowels in groups of five
// (huyền, hỏi, ngã, sắc, nặng), the hatted base letters at A1–AE, and — from the full VN1
// repertoire — the few upper-case toned letters that fit in A0–FF. Bytes 80–9F are left
// alone: ABC fonts keep Windows punctuation (“ ” – …) there.

import { c1ControlsAsWindows1252 } from './windows1252';
import { composeLetter, type Shape } from './letterParts';
import type { Tone } from '../vietnameseLetters';

const GROUP_TONES: Tone[] = ['huyen', 'hoi', 'nga', 'sac', 'nang'];

/** Byte positions of each lower-case vowel's five toned forms, in GROUP_TONES order. */
const TONED_VOWEL_BYTES: ReadonlyArray<[string, Shape, number[]]> = [
  ['a', 'none', [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['a', 'breve', [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['a', 'circumflex', [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', 'none', [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['e', 'circumflex', [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', 'none', [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', 'none', [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['o', 'circumflex', [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['o', 'horn', [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', 'none', [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['u', 'horn', [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', 'none', [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

/** Ă Â Ê Ô Ơ Ư Đ at A1–A7, then the same in lower case at A8–AE. */
const HATTED_BASES: ReadonlyArray<[string, Shape]> = [
  ['a', 'breve'], ['a', 'circumflex'], ['e', 'circumflex'], ['o', 'circumflex'],
  ['o', 'horn'], ['u', 'horn'], ['d', 'stroke'],
];

/** Upper-case toned letters that VN1 places in the gaps of A0–FF. */
const UPPER_IN_GAPS: ReadonlyArray<[number, string, Shape, Tone]> = [
  [0xaf, 'a', 'breve', 'huyen'], [0xba, 'a', 'breve', 'hoi'], [0xbf, 'a', 'breve', 'nga'],
  [0xc0, 'a', 'breve', 'sac'], [0xc1, 'a', 'circumflex', 'huyen'], [0xc2, 'a', 'circumflex', 'hoi'],
  [0xc3, 'a', 'circumflex', 'nga'], [0xc4, 'a', 'circumflex', 'sac'], [0xc5, 'e', 'circumflex', 'huyen'],
  [0xcd, 'e', 'circumflex', 'hoi'], [0xd9, 'e', 'circumflex', 'nga'], [0xda, 'e', 'circumflex', 'sac'],
  [0xdb, 'o', 'circumflex', 'huyen'], [0xe0, 'o', 'circumflex', 'hoi'], [0xf0, 'o', 'circumflex', 'nga'],
  [0xff, 'o', 'circumflex', 'sac'],
];

/** Combining tone marks at B0–B4; applied only right after a vowel. */
const COMBINING_TONES: ReadonlyArray<[number, string]> = [
  [0xb0, '\u0300'], [0xb1, '\u0309'], [0xb2, '\u0303'], [0xb3, '\u0301'], [0xb4, '\u0323'],
];

function buildDecodeTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [base, shape, bytes] of TONED_VOWEL_BYTES) {
    bytes.forEach((byte, i) => {
      table.set(String.fromCharCode(byte), composeLetter({ base, shape, tone: GROUP_TONES[i]!, upper: false }));
    });
  }
  HATTED_BASES.forEach(([base, shape], i) => {
    table.set(String.fromCharCode(0xa1 + i), composeLetter({ base, shape, tone: 'ngang', upper: true }));
    table.set(String.fromCharCode(0xa8 + i), composeLetter({ base, shape, tone: 'ngang', upper: false }));
  });
  for (const [byte, base, shape, tone] of UPPER_IN_GAPS) {
    table.set(String.fromCharCode(byte), composeLetter({ base, shape, tone, upper: true }));
  }
  return table;
}

const DECODE = buildDecodeTable();
const COMBINING = new Map(COMBINING_TONES.map(([byte, mark]) => [String.fromCharCode(byte), mark]));
const ENCODE = new Map([...DECODE].map(([byte, letter]) => [letter, byte]));
const VOWEL_BEFORE = /[aeiouyAEIOUYăâêôơưĂÂÊÔƠƯ]$/u;

export interface Tcvn3Options {
  /** Text set in an upper-case font (.VnTimeH, .VnArialH): lower-case bytes draw capitals. */
  upperCaseFont?: boolean;
}

export function decodeTcvn3(text: string, options: Tcvn3Options = {}): string {
  let out = '';
  for (const char of c1ControlsAsWindows1252(text)) {
    const letter = DECODE.get(char);
    if (letter !== undefined) {
      out += letter;
      continue;
    }
    const mark = COMBINING.get(char);
    out += mark !== undefined && VOWEL_BEFORE.test(out) ? mark : char;
  }
  out = out.normalize('NFC');
  return options.upperCaseFont ? out.toUpperCase() : out;
}

/**
 * Unicode → TCVN3 characters (as Latin-1). For tests and round trips: upper-case toned
 * letters outside the table are written as their lower-case bytes, as ABC users did
 * with the …H fonts.
 */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    out += ENCODE.get(char) ?? ENCODE.get(char.toLowerCase()) ?? char;
  }
  return out;
}
