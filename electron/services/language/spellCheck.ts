// Finds spelling mistakes in a text. What a Vietnamese editor calls a spelling mistake:
// - a word no Vietnamese syllable can be (tồt, đươc, ngiêng);
// - with the lexicon (spellingModel.ts): a well-formed syllable Vietnamese does not have
//   (sẳn, giửa, dến), words glued together (đượcmột), input-method leftovers (tieengs, na8m)
//   and, as a "likely" mistake, a real word in the wrong place (nắm viện → nằm viện).
// Numbers, codes, URLs, e-mail addresses, file extensions (.soan), abbreviations in capitals,
// foreign words and names, the word list, the loanwords, the user's dictionary and the ignore
// list are left alone. A tone placed the way house style does not prefer (hoà vs hòa) is an
// 'info' style note. The real-word check (realWordCheck.ts) adds the phrases and n-grams.

import { confusablesOf } from './confusionSets';
import { byPosition, makeFinding, type Finding } from './findings';
import { hasVietnameseShape, isAsciiWord, isCapitalised, looksForeignOrAbbreviated, startsSentence, vowelRuns } from './foreignWords';
import { splitGlued } from './gluedWords';
import type { Locale, MessageKey } from './messages';
import { findWrongWords, type ContextToken } from './realWordCheck';
import type { SpellingModel } from './spellingModel';
import { suggestSyllables } from './spellSuggestions';
import { isVietnameseSyllable, parseSyllable, withTonePlacement, type TonePlacement } from './syllable';
import { digitSlipReadings, readTelex } from './typingSlips';
import { matchCase } from './vietnameseLetters';
import { createWordList, EMPTY_WORD_LIST, type WordList } from './wordList';

export interface SpellCheckOptions {
  /** The newsroom list (resources/language/wordlist.vi.txt). */
  wordList?: WordList;
  /** Lexicon, loanwords and context pairs; without it only the syllable grammar is checked. */
  model?: SpellingModel;
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
/** A file name extension written on its own (.soan, .docx): a name, not a word. */
const FILE_EXTENSION = /^[(\[“"']?\.\p{L}/u;
/** A lower-case word with a digit typed into it (na8m, vie65t), not a code (H5N1, km2, U23). */
const DIGIT_SLIP = /^\p{Ll}+[0-9]\p{Ll}*[0-9]?\p{Ll}*$/u;
const PHRASE_GAP = /^[ \t\u00a0]+$/u;

interface Token {
  word: string;
  from: number;
  /** Left alone by the chunk it is in: a number, a code, a URL, a listed abbreviation. */
  skipped: boolean;
}

interface Checker {
  text: string;
  options: SpellCheckOptions;
  known: (token: string) => boolean;
  tokens: readonly Token[];
  suggestionCache: Map<string, string[]>;
}

export function spellCheck(text: string, options: SpellCheckOptions = {}): Finding[] {
  const nfc = text.normalize('NFC');
  const wordList = options.wordList ?? EMPTY_WORD_LIST;
  const personal = createWordList([...(options.userDictionary ?? []), ...(options.ignore ?? [])]);
  const loanwords = options.model?.loanwords ?? EMPTY_WORD_LIST;
  // Asked several times per word, of three lists that each normalise: remembered per check.
  const knownWords = new Map<string, boolean>();
  const known = (token: string) => {
    let isKnown = knownWords.get(token);
    if (isKnown === undefined) knownWords.set(token, (isKnown = wordList.has(token) || personal.has(token) || loanwords.has(token)));
    return isKnown;
  };
  const tokens: Token[] = [];
  const findings: Finding[] = [];
  const checker: Checker = { text: nfc, options, known, tokens, suggestionCache: new Map() };

  for (const chunkMatch of nfc.matchAll(CHUNK)) {
    const chunk = chunkMatch[0];
    const core = chunk.replace(EDGE_PUNCTUATION, '');
    const coreFrom = chunkMatch.index! + chunk.indexOf(core);
    if (DIGIT.test(chunk)) {
      // Numbers, dates, document codes (03/HD-Th.U), addresses: nothing to spell-check, unless
      // the whole word is letters with a digit typed into them.
      const slip = options.model && DIGIT_SLIP.test(core) && !known(core) ? digitSlipFinding(checker, core, coreFrom) : undefined;
      if (slip) findings.push(slip);
      tokens.push({ word: core, from: coreFrom, skipped: true });
      continue;
    }
    const skipped = chunk.includes('@') || URL_LIKE.test(chunk) || FILE_EXTENSION.test(chunk) || (core !== '' && known(core)); // GD&ĐT, TP.HCM
    for (const run of chunk.matchAll(LETTER_RUN)) tokens.push({ word: run[0], from: chunkMatch.index! + run.index!, skipped });
  }

  const contextTokens: ContextToken[] = [];
  tokens.forEach((token, i) => {
    if (token.skipped) return;
    const finding = checkWord(checker, i);
    if (finding) findings.push(finding);
    if (options.model) contextTokens.push(contextToken(checker, i, finding !== undefined));
  });
  if (options.model) {
    const { preferredTonePlacement, locale } = options;
    findings.push(...findWrongWords(contextTokens, options.model, { preferredTonePlacement, locale }));
  }
  return findings.sort(byPosition);
}

/** The word next to token i in the same phrase, when it is a Vietnamese word. */
function neighbour(checker: Checker, i: number, step: -1 | 1): string | undefined {
  const self = checker.tokens[i]!;
  const other = checker.tokens[i + step];
  if (!other || other.skipped) return undefined;
  const gap = step === 1 ? checker.text.slice(self.from + self.word.length, other.from) : checker.text.slice(other.from + other.word.length, self.from);
  if (!PHRASE_GAP.test(gap)) return undefined;
  const lexicon = checker.options.model?.lexicon;
  return (lexicon ? lexicon.has(other.word) : isVietnameseSyllable(other.word)) ? other.word : undefined;
}

function contextToken(checker: Checker, i: number, flagged: boolean): ContextToken {
  const { word, from } = checker.tokens[i]!;
  const name = isCapitalised(word) && !startsSentence(checker.text, from);
  const checkable = !flagged && !name && !checker.known(word) && checker.options.model!.lexicon.has(word);
  const before = neighbour(checker, i, -1);
  const after = neighbour(checker, i, 1);
  const beforeBefore = before ? neighbour(checker, i - 1, -1) : undefined;
  const afterAfter = after ? neighbour(checker, i + 1, 1) : undefined;
  return { word, from, before, after, beforeBefore, afterAfter, checkable };
}

function finding(checker: Checker, messageKey: MessageKey, word: string, from: number, suggestions: string[], params = {}): Finding {
  return makeFinding(
    { rule: 'spelling', severity: 'error', messageKey, params: { word, ...params }, text: word, from, to: from + word.length, suggestions },
    checker.options.locale ?? 'vi',
  );
}

function suggestionsFor(checker: Checker, i: number): string[] {
  const { word } = checker.tokens[i]!;
  const { model, preferredTonePlacement, maxSuggestions } = checker.options;
  const max = maxSuggestions ?? 6;
  if (max === 0) return [];
  const before = neighbour(checker, i, -1);
  const after = neighbour(checker, i, 1);
  const key = `${before ?? ''}|${word}|${after ?? ''}`;
  let suggestions = checker.suggestionCache.get(key);
  if (!suggestions) {
    const context = model ? { model: model.context, before, after } : undefined;
    suggestions = suggestSyllables(word, { preferredTonePlacement, max, lexicon: model?.lexicon, context });
    checker.suggestionCache.set(key, suggestions);
  }
  return suggestions;
}

function checkWord(checker: Checker, i: number): Finding | undefined {
  const { word, from } = checker.tokens[i]!;
  const { model, preferredTonePlacement } = checker.options;
  if (checker.known(word)) return undefined;
  const syllable = parseSyllable(word);
  if (syllable) {
    if (model && !model.lexicon.has(word)) {
      // A capitalised word inside a sentence is a name (Giôn, Pắc) unless it is one hỏi/ngã or
      // d/đ slip from a real syllable (Nguyển).
      const name = isCapitalised(word) && !startsSentence(checker.text, from);
      const slip = confusablesOf(word).some((c) => (c.kind === 'hoi-nga' || c.kind === 'd-đ') && model.lexicon.has(c.syllable));
      if (!name || slip) return finding(checker, 'spelling.notAWord', word, from, suggestionsFor(checker, i));
    }
    if (!preferredTonePlacement || syllable.placement === 'either' || syllable.placement === preferredTonePlacement) return undefined;
    const fixed = matchCase(withTonePlacement(word, preferredTonePlacement)!, word);
    return makeFinding(
      {
        rule: 'tone-placement',
        severity: 'info',
        messageKey: 'spelling.tonePlacement',
        params: { preferred: fixed, styleVi: syllable.placement === 'old' ? 'cũ' : 'mới', styleEn: syllable.placement },
        text: word,
        from,
        to: from + word.length,
        suggestions: [fixed],
      },
      checker.options.locale ?? 'vi',
    );
  }
  if (isAsciiWord(word)) return model ? telexFinding(checker, word, from) : undefined;
  if (looksForeignOrAbbreviated(word)) return undefined;
  const isPiece = model ? (piece: string) => model.lexicon.has(piece) : isVietnameseSyllable;
  // One run of vowels is one syllable misspelled (tòan), not two glued (tò an).
  const splits = vowelRuns(word) > 1 ? splitGlued(word, isPiece) : [];
  const foreignShape = !hasVietnameseShape(word);
  if (isCapitalised(word) && foreignShape && (splits.length === 0 || !startsSentence(checker.text, from))) return undefined; // Ríos, Hmông, Kitô
  if (splits.length > 0) {
    const max = checker.options.maxSuggestions ?? 6;
    return finding(checker, 'spelling.glued', word, from, splits.slice(0, Math.min(3, max)).map((s) => s.join(' ')), { split: splits[0]!.join(' ') });
  }
  if (foreignShape && vowelRuns(word) > 1) return undefined; // lôgic, nitrôglyxêrin: a loanword's shape
  return finding(checker, 'spelling.unknown', word, from, suggestionsFor(checker, i));
}

// Telex keys English words rarely have (dd aa uw) count at any length; the others (ee oo aw ow
// w, a tone key f r x j at the end) only in words of four letters or more, so `how`, `car` and
// `too` stay English.
const STRONG_TELEX = /dd|aa|uw/u;
const WEAK_TELEX = /ee|oo|aw|ow|w|[fjrx]$/u;

function telexFinding(checker: Checker, word: string, from: number): Finding | undefined {
  const lower = word.toLowerCase();
  if (word !== lower && word.slice(1) !== lower.slice(1)) return undefined; // iPhone, COVID
  if (!STRONG_TELEX.test(lower) && !(WEAK_TELEX.test(lower) && lower.length >= 4)) return undefined;
  const reading = readTelex(lower);
  if (!reading || !checker.options.model!.lexicon.has(reading)) return undefined;
  const suggestion = matchCase(withTonePlacement(reading, checker.options.preferredTonePlacement ?? 'new')!, word);
  return finding(checker, 'spelling.typingSlip', word, from, [suggestion], { suggestion });
}

function digitSlipFinding(checker: Checker, word: string, from: number): Finding | undefined {
  const lexicon = checker.options.model!.lexicon;
  const placement = checker.options.preferredTonePlacement ?? 'new';
  const readings = digitSlipReadings(word)
    .filter((reading) => lexicon.has(reading))
    .map((reading) => withTonePlacement(reading, placement)!);
  if (readings.length === 0) return undefined;
  return finding(checker, 'spelling.typingSlip', word, from, readings, { suggestion: readings[0]! });
}
