// Decides whether a token is a well-formed Vietnamese syllable: onset × rhyme × tone, with
// the spelling rules that tie them together (c/k/q, g/gh, ng/ngh, gi, qu; -p -t -c -ch take
// only sắc or nặng). Generated from the orthography, not from a word list, so nothing is
// copied from anyone's dictionary. Both tone placements (hòa/hoà, thủy/thuỷ) are accepted and
// reported, so that house style can prefer one.

import { ONSETS, endsInStop, medialRhymes, plainRhymes, type Onset } from './syllableInventory';
import { SHAPED_VOWELS, TONES, applyTone, isVowel, splitTone, type Tone } from './vietnameseLetters';

/** old = hòa, thủy (tone on the first vowel of oa oe uy); new = hoà, thuỷ. */
export type TonePlacement = 'old' | 'new';

export interface Syllable {
  onset: Onset;
  rhyme: string;
  tone: Tone;
  /** Which convention the tone placement follows; 'either' when both agree (hoàn, toán, ma). */
  placement: TonePlacement | 'either';
}

interface RhymeInfo {
  medial: boolean;
  /** Index in the rhyme of the vowel that carries the tone, per convention. */
  newIndex: number;
  oldIndex: number;
}

const FRONT_VOWEL_START = /^[ieêy]/u;
const O_MEDIAL = /^o[aăe]/u;
const LABIAL_ONSETS = new Set<string>(['b', 'm', 'p', 'ph', 'v']);

function toneIndexes(rhyme: string, medial: boolean): Pick<RhymeInfo, 'newIndex' | 'oldIndex'> {
  const letters = Array.from(rhyme);
  const vowelIndexes = letters.flatMap((letter, i) => (isVowel(letter) ? [i] : []));
  const same = (i: number) => ({ newIndex: i, oldIndex: i });
  // A vowel with a hat (ă â ê ô ơ ư) always takes the tone; in ươ it is the ơ.
  const shaped = letters.reduce((found, letter, i) => (SHAPED_VOWELS.includes(letter) ? i : found), -1);
  if (shaped >= 0) return same(shaped);
  const closed = !isVowel(letters[letters.length - 1]!);
  if (closed) return same(vowelIndexes[vowelIndexes.length - 1]!);
  if (medial) {
    // oa oe uy: the one place the two conventions differ. oai oay oeo uyu uya: middle vowel.
    return vowelIndexes.length === 2 ? { newIndex: 1, oldIndex: 0 } : same(1);
  }
  return same(vowelIndexes[0]!);
}

const rhymeTable = new Map<string, RhymeInfo>();
for (const rhyme of plainRhymes) rhymeTable.set(rhyme, { medial: false, ...toneIndexes(rhyme, false) });
for (const rhyme of medialRhymes) rhymeTable.set(rhyme, { medial: true, ...toneIndexes(rhyme, true) });

// After qu the glide is already written, so qu + X is valid when oX or uX is a medial rhyme
// (qua, quân, quyên), plus the rhymes only qu takes (quên, quệt, quắp, quều, quạu), the
// older spellings qui, quít and the common quốc.
const QU_ONLY_RHYMES = ['ên', 'êt', 'êu', 'ăp', 'au', 'i', 'it', 'ôc'];
const quRhymes = new Map<string, RhymeInfo>();
for (const rhyme of [...medialRhymes.map((r) => Array.from(r).slice(1).join('')), ...QU_ONLY_RHYMES]) {
  quRhymes.set(rhyme, { medial: false, ...toneIndexes(rhyme, false) });
}

function onsetAllows(onset: Onset, rhyme: string, info: RhymeInfo): boolean {
  const front = FRONT_VOWEL_START.test(rhyme);
  const iePair = /^iê/u.test(rhyme);
  const yePair = /^yê/u.test(rhyme);
  if (yePair && onset !== '') return false; // yên, yêu stand alone; after a consonant: tiên
  switch (onset) {
    case '':
      return !iePair;
    case 'k':
      return front && !info.medial;
    case 'gh':
    case 'ngh':
      return front && !rhyme.startsWith('y') && !info.medial;
    case 'c':
      return !front && !info.medial;
    case 'ng':
      return !front;
    case 'g':
      // g + i… reads as gi + i… (gì, gìn, giếng); gi + a / gi + u are spelled with onset gi.
      if (rhyme.startsWith('i')) return rhyme !== 'ia' && rhyme !== 'iu';
      return !front;
    case 'gi':
      return !/^[iy]/u.test(rhyme) && !info.medial;
    default:
      if (LABIAL_ONSETS.has(onset) && O_MEDIAL.test(rhyme)) return false;
      return true;
  }
}

interface Candidate {
  onset: Onset;
  rhyme: string;
  info: RhymeInfo;
}

function candidatesFor(toneless: string): Candidate[] {
  const found: Candidate[] = [];
  for (const onset of ONSETS) {
    if (!toneless.startsWith(onset)) continue;
    const rhyme = toneless.slice(onset.length);
    const info = onset === 'qu' ? quRhymes.get(rhyme) : rhymeTable.get(rhyme);
    if (info && (onset === 'qu' || onsetAllows(onset, rhyme, info))) found.push({ onset, rhyme, info });
  }
  return found;
}

const parseCache = new Map<string, Syllable | null>();

/** Parses one token (any case, NFC or NFD). Undefined when it is not a Vietnamese syllable. */
export function parseSyllable(token: string): Syllable | undefined {
  const cached = parseCache.get(token);
  if (cached !== undefined) return cached ?? undefined;
  const result = parseUncached(token);
  if (parseCache.size > 50_000) parseCache.clear();
  parseCache.set(token, result ?? null);
  return result;
}

function parseUncached(token: string): Syllable | undefined {
  const split = splitTone(token);
  if (!split || split.toneless.length === 0 || split.toneless.length > 7) return undefined;
  const { toneless, tone, toneIndex } = split;
  for (const { onset, rhyme, info } of candidatesFor(toneless)) {
    if (endsInStop(rhyme) && tone !== 'sac' && tone !== 'nang') continue;
    if (tone === 'ngang') return { onset, rhyme, tone, placement: 'either' };
    const indexInRhyme = toneIndex - onset.length;
    if (indexInRhyme === info.newIndex && indexInRhyme === info.oldIndex) {
      return { onset, rhyme, tone, placement: 'either' };
    }
    if (indexInRhyme === info.newIndex) return { onset, rhyme, tone, placement: 'new' };
    if (indexInRhyme === info.oldIndex) return { onset, rhyme, tone, placement: 'old' };
  }
  return undefined;
}

export function isVietnameseSyllable(token: string): boolean {
  return parseSyllable(token) !== undefined;
}

/**
 * The same syllable with its tone placed per `placement` (lower case, NFC):
 * withTonePlacement('hòa', 'new') → 'hoà'. Undefined when `token` is not a syllable.
 */
export function withTonePlacement(token: string, placement: TonePlacement): string | undefined {
  const syllable = parseSyllable(token);
  if (!syllable) return undefined;
  const info = syllable.onset === 'qu' ? quRhymes.get(syllable.rhyme)! : rhymeTable.get(syllable.rhyme)!;
  const index = placement === 'new' ? info.newIndex : info.oldIndex;
  return syllable.onset + applyTone(syllable.rhyme, syllable.tone, index);
}

/** Every valid syllable in lower-case NFC, both placements where they differ (~16,500 forms). */
export function* allSyllables(): Generator<string> {
  const seen = new Set<string>(); // gi + êt and g + iêt both spell giết
  const fresh = (s: string) => !seen.has(s) && !!seen.add(s);
  for (const onset of ONSETS) {
    const rhymes = onset === 'qu' ? quRhymes : rhymeTable;
    for (const [rhyme, info] of rhymes) {
      if (onset !== 'qu' && !onsetAllows(onset, rhyme, info)) continue;
      for (const tone of TONES) {
        if (endsInStop(rhyme) && tone !== 'sac' && tone !== 'nang') continue;
        const modern = onset + applyTone(rhyme, tone, info.newIndex);
        if (fresh(modern)) yield modern;
        const traditional = onset + applyTone(rhyme, tone, info.oldIndex);
        if (fresh(traditional)) yield traditional;
      }
    }
  }
}

/**
 * Builds a syllable from its parts with the tone placed the new way (lower case, NFC):
 * composeSyllable('gi', 'ai', 'hoi') → 'giải'. Undefined when the spelling rules forbid it.
 */
export function composeSyllable(onset: string, rhyme: string, tone: Tone): string | undefined {
  const info = onset === 'qu' ? quRhymes.get(rhyme) : rhymeTable.get(rhyme);
  if (!info || !(ONSETS as readonly string[]).includes(onset)) return undefined;
  if (onset !== 'qu' && !onsetAllows(onset as Onset, rhyme, info)) return undefined;
  if (endsInStop(rhyme) && tone !== 'sac' && tone !== 'nang') return undefined;
  const written = onset + applyTone(rhyme, tone, info.newIndex);
  return parseSyllable(written) ? written : undefined;
}
