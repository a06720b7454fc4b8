// Benchmark: how many of the hand-labelled mistakes in tests/fixtures/spelling-eval.vi.txt the
// spell checker finds, per kind, how often its first suggestion is the right word, and how
// many false alarms it raises per 1,000 words on clean text (spellingAccuracy.ts). Prints a
// table (or JSON with --json). `npm run bench -- --only spelling` reports the same figures.
// Run: npx tsx electron/services/language/bench/benchSpellingAccuracy.ts [--json]
//        [--no-model] [--checker <path to another spellCheck.ts, e.g. an older checkout's>]

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadLanguageResources } from '../loadLanguageResources';
import type { spellCheck as SpellCheck } from '../spellCheck';
import { measureSpellingAccuracy, MISTAKE_KINDS } from './spellingAccuracy';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const argument = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const checkerPath = argument('--checker') ?? path.join(root, 'electron/services/language/spellCheck.ts');
const { spellCheck } = (await import(pathToFileURL(path.resolve(checkerPath)).href)) as { spellCheck: typeof SpellCheck };
const resources = await loadLanguageResources(path.join(root, 'resources'));
const result = { checker: path.relative(root, path.resolve(checkerPath)) || checkerPath, ...measureSpellingAccuracy(root, spellCheck, resources, !process.argv.includes('--no-model')) };

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const { recall, recallAll: all, falseAlarms: fa } = result;
  console.log(`checker: ${result.checker}${result.model ? ' with lexicon, phrases and n-gram model' : ' (grammar only)'}`);
  console.log(`set: ${result.sentences} sentences, ${result.words} words, ${all.mistakes} mistakes, ${fa.traps} traps`);
  for (const k of MISTAKE_KINDS) {
    const r = recall[k];
    console.log(`recall ${k.padEnd(12)} ${String(r.found).padStart(4)} / ${String(r.mistakes).padEnd(4)} ${r.percent.toFixed(1).padStart(5)} %`);
  }
  console.log(`recall ${'all'.padEnd(12)} ${String(all.found).padStart(4)} / ${String(all.mistakes).padEnd(4)} ${all.percent.toFixed(1).padStart(5)} %`);
  console.log(`right word first among suggestions: ${result.rightFirstPercentOfFound.toFixed(1)} % of found mistakes`);
  console.log(`false alarms: ${fa.perThousandWords} per 1,000 words on all clean text (${fa.cleanWords} words)`);
  console.log(`              ${fa.perThousandWordsCorrectedSentences} per 1,000 words on the corrected sentences ${JSON.stringify(fa.onCorrectedSentences)}`);
  console.log(`              ${fa.trapsFlagged} of ${fa.traps} correctly used confusable words flagged; ${fa.strayOnTypedSentences} stray findings on the typed sentences`);
  console.log(`              ${fa.onReferenceArticle.length} on the reference article ${JSON.stringify(fa.onReferenceArticle)}`);
  console.log(`              ${fa.perThousandWordsUiStrings} per 1,000 words on the app's Vietnamese UI strings (${fa.uiStringsWords} words) ${JSON.stringify(fa.onUiStrings)}`);
  console.log(`              ${fa.onFixtures.length} on the other tests' Vietnamese fixtures (${fa.fixtureWords} words) ${JSON.stringify(fa.onFixtures)}`);
}
