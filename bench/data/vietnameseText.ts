// Vietnamese-looking news text for the benchmark, deterministic for a seed: words drawn from
// the reference article's vocabulary and the spelling lexicon's real syllables, made into
// sentences and paragraphs, with a misspelling now and then (one word in 250) so the checks
// have something to underline, as they would in a draft.
// Until 7 December the words came from every possible syllable (the language desk's
// generator, made to exercise spelling suggestions): 41% of them were not Vietnamese words
// (ựn, xuỷ), and the checks underlined 8,156 words of 20,000 where a reporter's draft has a
// few dozen. `--stress-findings` still builds that text (stressText below).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedArticleWords, sampleVocabulary, seededRandom, skewedWords } from '../../electron/services/language/bench/generatedText';

export { seededRandom };

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Misspellings a reporter typing fast makes; the spell checker flags each. */
const TYPOS = ['đươc', 'tồt', 'ngiêng', 'tòan', 'nguồi', 'vịêt'];
/** One misspelling in about this many words. */
const WORDS_PER_TYPO = 250;

let draftVocabulary: string[] | undefined;

/** The sample's words first (the most frequent), then every third syllable of the spelling lexicon. */
function draftWords(random: () => number, count: number): string[] {
  if (!draftVocabulary) {
    const lexicon = ['syllables.vi.txt', 'syllables-added.vi.txt'].flatMap((name) =>
      readFileSync(path.join(REPO_ROOT, 'resources/language', name), 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#')),
    );
    draftVocabulary = [...sampleVocabulary(), ...lexicon.filter((_, i) => i % 3 === 0)];
  }
  return skewedWords(random, count, draftVocabulary);
}

/** Whether sentences are made of every possible syllable (most findings) rather than real ones. */
let stressText = false;

/** Makes the text of every sentence made afterwards the findings stress case (see the top). */
export function useStressText(on: boolean): void {
  stressText = on;
}

function capitalised(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}

/** A sentence of `words` words: capital first letter, a comma or two, a full stop. */
export function sentence(random: () => number, words: number): string {
  const list = stressText ? generatedArticleWords(random, words) : draftWords(random, words);
  for (let i = 0; i < list.length; i++) {
    if (random() < 1 / WORDS_PER_TYPO) list[i] = TYPOS[Math.floor(random() * TYPOS.length)]!;
    if (i > 2 && i < list.length - 3 && random() < 0.08) list[i] += ',';
  }
  list[0] = capitalised(list[0]!);
  return `${list.join(' ')}.`.normalize('NFC');
}

/** Paragraph texts adding up to exactly `words` words (about 60–110 words each). */
export function paragraphs(random: () => number, words: number): string[] {
  const out: string[] = [];
  let left = words;
  while (left > 0) {
    let inParagraph = Math.min(left, 60 + Math.floor(random() * 50));
    if (left - inParagraph < 20) inParagraph = left; // no stub paragraph at the end
    const sentences: string[] = [];
    let wordsLeft = inParagraph;
    while (wordsLeft > 0) {
      const length = wordsLeft < 28 ? wordsLeft : 12 + Math.floor(random() * 14);
      sentences.push(sentence(random, length));
      wordsLeft -= length;
    }
    out.push(sentences.join(' '));
    left -= inParagraph;
  }
  return out;
}

/** The reference article's body text (a real Vietnamese article), NFC, one line per paragraph. */
export function referenceArticleText(): string[] {
  const text = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/baohatinh-tu-soi-tu-sua.txt'), 'utf8');
  return text
    .normalize('NFC')
    .split(/\n+/u)
    .map((line) => line.trim())
    .filter((line) => line.split(/\s+/u).length > 12);
}

/** `characters` characters of real Vietnamese prose to type: the reference article's paragraphs. */
export function textToType(characters: number): string {
  let text = '';
  for (const line of referenceArticleText().slice(1)) { // the body, not the headline
    text += `${line} `;
    if ([...text].length >= characters) break;
  }
  return [...text].slice(0, characters).join('');
}

/** A source of generated words for code that asks for a few at a time. */
export function generatedArticleWordsFor(random: () => number): (count: number) => string[] {
  return (count) => generatedArticleWords(random, count);
}
