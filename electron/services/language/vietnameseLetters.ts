// The building blocks of Vietnamese orthography: the six tones as Unicode combining marks,
// the letters of the alphabet, and helpers to take a tone off a letter or put one on.
// Everything works on NFD internally so that precomposed and decomposed input behave alike.

export type Tone = 'ngang' | 'huyen' | 'sac' | 'hoi' | 'nga' | 'nang';

/** Combining mark of each tone (ngang has none). */
export const TONE_MARKS: Record<Exclude<Tone, 'ngang'>, string> = {
  huyen: '\u0300',
  sac: '\u0301',
  hoi: '\u0309',
  nga: '\u0303',
  nang: '\u0323',
};

export const TONES: readonly Tone[] = ['ngang', 'huyen', 'sac', 'hoi', 'nga', 'nang'];

const TONE_BY_MARK = new Map<string, Tone>(
  Object.entries(TONE_MARKS).map(([tone, mark]) => [mark, tone as Tone]),
);

/** Marks that change a vowel's shape (â ă ơ …) rather than its tone. */
export const SHAPE_MARKS = { circumflex: '\u0302', breve: '\u0306', horn: '\u031B' } as const;

/** The 29 letters of the Vietnamese alphabet plus f j w z, which appear only in loanwords. */
export const VIETNAMESE_LETTERS = 'aăâbcdđeêghiklmnoôơpqrstuưvxy';
export const VOWELS = 'aăâeêioôơuưy';
/** Vowels whose shape mark attracts the tone (the "hat" vowels). */
export const SHAPED_VOWELS = 'ăâêôơư';

const VIETNAMESE_LETTER_SET = new Set(VIETNAMESE_LETTERS);
const VOWEL_SET = new Set(VOWELS);

export function isVowel(letter: string): boolean {
  return VOWEL_SET.has(letter);
}

export function isVietnameseLetter(letter: string): boolean {
  return VIETNAMESE_LETTER_SET.has(letter);
}

export function toneOfMark(mark: string): Tone | undefined {
  return TONE_BY_MARK.get(mark);
}

export interface ToneSplit {
  /** The word in NFC with its tone mark removed (shape marks kept), lower case. */
  toneless: string;
  tone: Tone;
  /** Index (in `toneless`) of the letter that carried the tone; -1 for ngang. */
  toneIndex: number;
}

/**
 * Separates the tone from a word: `Hoà` → { toneless: 'hoa', tone: 'huyen', toneIndex: 2 }.
 * Returns undefined when the word carries two tones or a mark Vietnamese does not use.
 */
export function splitTone(word: string): ToneSplit | undefined {
  const decomposed = word.normalize('NFD').toLowerCase();
  let toneless = '';
  let tone: Tone = 'ngang';
  let toneIndex = -1;
  let letterIndex = -1;
  for (const char of decomposed) {
    const markTone = TONE_BY_MARK.get(char);
    if (markTone) {
      if (tone !== 'ngang' || letterIndex < 0) return undefined;
      tone = markTone;
      toneIndex = letterIndex;
      continue;
    }
    if (/\p{M}/u.test(char)) {
      if (!isShapeMark(char) || letterIndex < 0) return undefined;
      toneless += char;
      continue;
    }
    letterIndex++;
    toneless += char;
  }
  const composed = toneless.normalize('NFC');
  // Each letter must compose to one code point; otherwise a mark sat on the wrong base.
  if (Array.from(composed).length !== letterIndex + 1) return undefined;
  return { toneless: composed, tone, toneIndex };
}

function isShapeMark(char: string): boolean {
  return char === SHAPE_MARKS.circumflex || char === SHAPE_MARKS.breve || char === SHAPE_MARKS.horn;
}

/** Puts `tone` on the letter at `index` of a toneless NFC word and returns NFC. */
export function applyTone(toneless: string, tone: Tone, index: number): string {
  if (tone === 'ngang') return toneless;
  const letters = Array.from(toneless);
  letters[index] = tonedLetter(letters[index]!, tone);
  return letters.join('');
}

// Normalising twice per letter was most of a spell check's time: a vowel and a tone make one
// of a few hundred letters, so each is composed once.
const tonedLetters = new Map<string, string>();

function tonedLetter(letter: string, tone: Exclude<Tone, 'ngang'>): string {
  const key = letter + tone;
  let toned = tonedLetters.get(key);
  if (toned === undefined) {
    toned = (letter.normalize('NFD') + TONE_MARKS[tone]).normalize('NFC');
    if (tonedLetters.size < 10_000) tonedLetters.set(key, toned);
  }
  return toned;
}

/** Removes tone and shape marks and maps đ→d: the "bare letters" of a word, lower case. */
export function bareLetters(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Copies the capitalisation pattern of `model` (lower, Capitalised, UPPER) onto `word`. */
export function matchCase(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) {
    return word.toUpperCase();
  }
  const first = Array.from(model)[0] ?? '';
  if (first !== first.toLowerCase()) {
    const letters = Array.from(word);
    return letters[0]!.toUpperCase() + letters.slice(1).join('');
  }
  return word;
}
