// What is wrong with a figure, decided once for the Captions panel, export pre-flight and the
// house-style checks: a placeholder without its photo, no caption, credit or alt text, an alt
// text that only repeats the headline, and a caption that (almost) repeats the body — as the
// third caption of the newsroom's sample article does.
import { comparableWords } from '../text/comparableWords';
import { wordEditDistance } from '../text/wordEditDistance';
import type { ArticleFigure } from './readArticle';

export interface CaptionRepeatRule {
  /** Share of the longer text's words that may differ and still count as a repeat. */
  maxDifferenceRatio: number;
  /** Captions shorter than this are never flagged: short phrases recur naturally. */
  minWords: number;
}

/** The house-style rules file's values (resources/language/house-style.vi.json). */
export const DEFAULT_CAPTION_REPEAT_RULE: CaptionRepeatRule = { maxDifferenceRatio: 0.2, minWords: 6 };

export interface CaptionRepeat {
  /** The body paragraph repeated (1-based, counting body paragraphs only). */
  paragraph: number;
  /** How many words differ. */
  difference: number;
}

const SENTENCE = /[^.!?…]+[.!?…]*/gu;

// A paragraph's word counts (the whole paragraph's, then each sentence's), remembered by its
// text: the Captions panel checks every caption against the whole body on each keystroke, and
// only the paragraph being typed in is new. Most pairs are ruled out by length alone, so only
// the counts are kept; the sentences are split again for the few pairs that are not (and
// those comparisons are remembered in the pair cache). Keeping each sentence's text as well
// was a second copy of the article (0.7 MB at 20,000 words).
// Bounded by the characters remembered, so a long session does not keep every draft of every
// line (each keystroke in a paragraph is a new text: bounded by count alone, typing kept
// megabytes of drafts).
const countsCache = new Map<string, readonly number[]>();
const COUNTS_CACHE_LIMIT = 20_000;
/** About twice the text of a 50,000-word article. */
const CACHE_CHARS_LIMIT = 1_000_000;
let countsChars = 0;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The paragraph and its sentences: the texts a caption is compared with. */
function candidateTexts(paragraph: string): string[] {
  return [paragraph, ...(paragraph.match(SENTENCE) ?? [])];
}

function wordCountsOf(paragraph: string): readonly number[] {
  let counts = countsCache.get(paragraph);
  if (!counts) {
    counts = candidateTexts(paragraph).map(wordCount);
    if (countsCache.size >= COUNTS_CACHE_LIMIT || countsChars + paragraph.length > CACHE_CHARS_LIMIT) {
      countsCache.clear();
      countsChars = 0;
      pairCache.clear();
      pairCount = 0;
    }
    countsCache.set(paragraph, counts);
    countsChars += paragraph.length;
  }
  return counts;
}

function nearInLength(words: number, candidateWords: number, rule: CaptionRepeatRule): boolean {
  return Math.abs(words - candidateWords) <= Math.max(words, candidateWords) * rule.maxDifferenceRatio;
}

/** Whether any candidate of the paragraph is near enough in length to be compared at all. */
function mayRepeat(words: number, paragraph: string, rule: CaptionRepeatRule): boolean {
  return wordCountsOf(paragraph).some((count) => nearInLength(words, count, rule));
}

/**
 * The body paragraph a caption repeats almost word for word, or undefined. Each caption is
 * compared with every body paragraph and every sentence of one; the closest match wins.
 */
export function captionRepeatsBody(
  caption: string,
  bodyParagraphs: readonly string[],
  rule: CaptionRepeatRule = DEFAULT_CAPTION_REPEAT_RULE,
): CaptionRepeat | undefined {
  const words = comparableWords(caption);
  if (words.length < rule.minWords) return undefined;
  const known = pairsOf(caption, rule);
  let best: (CaptionRepeat & { ratio: number }) | undefined;
  bodyParagraphs.forEach((paragraph, index) => {
    if (!mayRepeat(words.length, paragraph, rule)) return;
    let match = known.get(paragraph);
    if (match === undefined) {
      match = closestIn(words, paragraph, rule);
      known.set(paragraph, match);
      pairCount++;
    }
    if (match && (!best || match.ratio < best.ratio)) best = { paragraph: index + 1, ...match };
  });
  return best && { paragraph: best.paragraph, difference: best.difference };
}

type Match = { difference: number; ratio: number } | null;

/** The closest of a paragraph and its sentences to the caption's words, within the rule. */
function closestIn(words: string[], paragraph: string, rule: CaptionRepeatRule): Match {
  let best: Match = null;
  const counts = wordCountsOf(paragraph);
  candidateTexts(paragraph).forEach((text, i) => {
    // Lengths alone rule most pairs out before the quadratic comparison.
    if (!nearInLength(words.length, counts[i]!, rule)) return;
    const longer = Math.max(words.length, counts[i]!);
    const difference = wordEditDistance(words, comparableWords(text));
    const ratio = difference / longer;
    if (ratio <= rule.maxDifferenceRatio && (!best || ratio < best.ratio)) best = { difference, ratio };
  });
  return best;
}

// Each caption's comparison with each paragraph, remembered by their texts: a keystroke
// changes one paragraph, so only its comparisons are made again.
// They hold paragraph texts too, so they go whenever the paragraphs' words go.
const pairCache = new Map<string, Map<string, Match>>();
let pairCount = 0;
const PAIR_CACHE_LIMIT = 200_000;

function pairsOf(caption: string, rule: CaptionRepeatRule): Map<string, Match> {
  const key = `${rule.maxDifferenceRatio}|${rule.minWords}|${caption}`;
  let pairs = pairCache.get(key);
  if (!pairs) {
    if (pairCount >= PAIR_CACHE_LIMIT) {
      pairCache.clear();
      pairCount = 0;
    }
    pairs = new Map();
    pairCache.set(key, pairs);
  }
  return pairs;
}

/** Same words in the same order, whatever the case, accents or punctuation. */
export function sameWords(a: string, b: string): boolean {
  const fold = (text: string) =>
    comparableWords(text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')).join(' ');
  const folded = fold(a);
  return folded.length > 0 && folded === fold(b);
}

export type FigureWarning =
  | { code: 'no-image' }
  | { code: 'no-caption' }
  | { code: 'caption-repeats-paragraph'; paragraph: number; difference: number }
  | { code: 'no-credit' }
  | { code: 'no-alt' }
  | { code: 'alt-repeats-headline' };

export function figureWarnings(figure: ArticleFigure, headline: string, bodyParagraphs: readonly string[]): FigureWarning[] {
  const found: FigureWarning[] = [];
  if (!figure.src) found.push({ code: 'no-image' });
  if (!figure.caption.trim()) found.push({ code: 'no-caption' });
  else {
    const repeat = captionRepeatsBody(figure.caption, bodyParagraphs);
    if (repeat) found.push({ code: 'caption-repeats-paragraph', ...repeat });
  }
  if (!figure.credit.trim()) found.push({ code: 'no-credit' });
  if (!figure.alt.trim()) found.push({ code: 'no-alt' });
  else if (headline.trim() && sameWords(figure.alt, headline)) found.push({ code: 'alt-repeats-headline' });
  return found;
}
