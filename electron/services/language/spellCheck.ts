// Finds unknown syllables in a text. What a Vietnamese editor calls a spelling mistake is a
// word with Vietnamese letters that no Vietnamese syllable can be (tồt, đươc, ngiêng), so:
// numbers, codes, URLs, e-mail addresses, abbreviations in capitals and foreign words
// written in plain Latin letters are left alone, and the word list, the user's dictionary
// and the ignore list are honoured. A tone placed the way house style does not prefer
// (hoà vs hòa) is a style note of severity 'info', never a spelling error.

import { makeFinding, type Finding } from './findings';
import type { Locale } from './messages';
import { suggestSyllables } from './spellSuggestions';
import { parseSyllable, withTonePlacement, type TonePlacement } from './syllable';
import { isVietnameseLetter, matchCase } from './vietnameseLetters';
import { createWordList, EMPTY_WORD_LIST, type WordList } from './wordList';

export interface SpellCheckOptions {
  /** The newsroom list (resources/language/wordlist.vi.txt). */
  wordList?: WordList;
  userDictionary?: Iterable<string>;
  /** Words the user chose to ignore in this article. */
  ignore?: Iterable<string>;
  /** House style's tone placement; the other one is reported as 'info'. Unset: both fine. */
  preferredTonePlacement?: TonePlacement;
  locale?: Locale;
  /** Suggestions per finding (default 6). 0 skips computing them. */
  maxSuggestions?: number;
}

const CHUNK = /\S+/gu;
const LETTER_RUN = /[\p{L}\p{M}]+/gu;
const EDGE_PUNCTUATION = /^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu;
const URL_LIKE = /:\/\/|^www\.|[\p{L}\p{N}]\.(vn|com|net|org|gov|edu|info|io)\b/iu;
const DIGIT = /\p{N}/u;
const ASCII_ONLY = /^[A-Za-z]+$/u;
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;

export function spellCheck(text: string, options: SpellCheckOptions = {}): Finding[] {
  const nfc = text.normalize('NFC');
  const wordList = options.wordList ?? EMPTY_WORD_LIST;
  const personal = createWordList([...(options.userDictionary ?? []), ...(options.ignore ?? [])]);
  const known = (token: string) => wordList.has(token) || personal.has(token);
  const suggestionCache = new Map<string, string[]>();
  const findings: Finding[] = [];

  for (const chunkMatch of nfc.matchAll(CHUNK)) {
    const chunk = chunkMatch[0];
    // Numbers, dates, document codes (03/HD-Th.U), addresses: nothing to spell-check.
    if (DIGIT.test(chunk) || chunk.includes('@') || URL_LIKE.test(chunk)) continue;
    const core = chunk.replace(EDGE_PUNCTUATION, '');
    if (core && known(core)) continue; // GD&ĐT, TP.HCM
    for (const run of chunk.matchAll(LETTER_RUN)) {
      const word = run[0];
      const from = chunkMatch.index! + run.index!;
      const finding = checkWord(word, from, known, options, suggestionCache);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

function checkWord(
  word: string,
  from: number,
  known: (token: string) => boolean,
  options: SpellCheckOptions,
  suggestionCache: Map<string, string[]>,
): Finding | undefined {
  const syllable = parseSyllable(word);
  const locale = options.locale ?? 'vi';
  if (syllable) {
    const preferred = options.preferredTonePlacement;
    if (!preferred || syllable.placement === 'either' || syllable.placement === preferred) return undefined;
    if (known(word)) return undefined;
    const fixed = matchCase(withTonePlacement(word, preferred)!, word);
    return makeFinding(
      {
        rule: 'tone-placement',
        severity: 'info',
        messageKey: 'spelling.tonePlacement',
        params: {
          preferred: fixed,
          styleVi: syllable.placement === 'old' ? 'cũ' : 'mới',
          styleEn: syllable.placement,
        },
        text: word,
        from,
        to: from + word.length,
        suggestions: [fixed],
      },
      locale,
    );
  }
  if (known(word) || looksForeignOrAbbreviated(word)) return undefined;
  let suggestions = suggestionCache.get(word);
  if (!suggestions) {
    const max = options.maxSuggestions ?? 6;
    suggestions = max > 0 ? suggestSyllables(word, { preferredTonePlacement: options.preferredTonePlacement, max }) : [];
    suggestionCache.set(word, suggestions);
  }
  return makeFinding(
    {
      rule: 'spelling',
      severity: 'error',
      messageKey: 'spelling.unknown',
      params: { word },
      text: word,
      from,
      to: from + word.length,
      suggestions,
    },
    locale,
  );
}

/**
 * Plain Latin words (Podcast, Emagazine, HD), words with letters Vietnamese does not use
 * (Zürich, façade, Wi), and capitalised abbreviations without tones (ĐHQG, HĐND) are not
 * Vietnamese syllables but not mistakes either.
 */
function looksForeignOrAbbreviated(word: string): boolean {
  if (ASCII_ONLY.test(word)) return true;
  const lower = word.toLowerCase();
  for (const letter of lower.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B]/gu, '').normalize('NFC')) {
    if (!isVietnameseLetter(letter)) return true; // f j w z ü ç ñ …
  }
  const isCapitals = word.length > 1 && word === word.toUpperCase();
  return isCapitals && !TONE_MARK.test(word.normalize('NFD'));
}
