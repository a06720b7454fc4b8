// Benchmark: spell-checks and house-style-checks a generated 5,000-word article (or [words]) and prints
// timings (cold = first call, building the suggestion index; warm = later calls).
// Run: npx tsx electron/services/language/bench/benchSpell.ts [words]

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { checkArticle } from '../checkArticle';
import { readFlatArticle } from '../houseStyle/flatArticle';
import { loadLanguageResources } from '../loadLanguageResources';
import { spellCheck } from '../spellCheck';
import { spellingBenchArticle } from './generatedText';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../..');
const words = Number(process.argv[2] ?? 5000);
const { rules, wordList, spelling } = await loadLanguageResources(path.join(root, 'resources'));
const sample = readFileSync(path.join(root, 'tests/fixtures/baohatinh-tu-soi-tu-sua.txt'), 'utf8');

const text = spellingBenchArticle(sample, words);

function time<T>(label: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  console.log(`${label.padEnd(44)} ${(performance.now() - started).toFixed(1).padStart(7)} ms`);
  return result;
}

console.log(`article: ${words} words, ${text.length} characters`);
const cold = time('spellCheck, cold (builds suggestion index)', () => spellCheck(text, { wordList, preferredTonePlacement: 'old' }));
time('spellCheck, warm', () => spellCheck(text, { wordList, preferredTonePlacement: 'old' }));
time('spellCheck, warm, no suggestions', () => spellCheck(text, { wordList, maxSuggestions: 0 }));
const model = { wordList, model: spelling, preferredTonePlacement: 'old' as const };
const withModel = time('spellCheck + lexicon and context, cold', () => spellCheck(text, model));
// The machine may be shared: the median of several warm runs is the figure to quote.
const runs = Array.from({ length: 7 }, () => {
  const started = performance.now();
  spellCheck(text, model);
  return performance.now() - started;
}).sort((a, b) => a - b);
console.log(`${'spellCheck + lexicon and context, warm median of 7'.padEnd(44)} ${runs[3]!.toFixed(1).padStart(7)} ms`);
const article = readFlatArticle(text, rules.flatArticle);
const all = time(`checkArticle (spelling + house style, ${article.parts.length} parts)`, () => checkArticle(article.parts, { rules, wordList, spelling }));
console.log(`findings: ${cold.length} from spellCheck, ${withModel.length} with the lexicon, ${all.length} from checkArticle`);
