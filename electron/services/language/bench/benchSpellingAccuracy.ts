// Benchmark: how many of the hand-labelled mistakes in tests/fixtures/spelling-eval.vi.txt the
// spell checker finds, per kind, how often its first suggestion is the right word, and how
// many false alarms it raises per 1,000 words on the corrected sentences and on the
// reference article. Prints a table (or JSON with --json).
// Run: npx tsx electron/services/language/bench/benchSpellingAccuracy.ts [--json]
//        [--no-model] [--checker <path to another spellCheck.ts, e.g. an older checkout's>]

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadLanguageResources } from '../loadLanguageResources';
import type { spellCheck as SpellCheck } from '../spellCheck';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const argument = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const checkerPath = argument('--checker') ?? path.join(root, 'electron/services/language/spellCheck.ts');
const { spellCheck } = (await import(pathToFileURL(path.resolve(checkerPath)).href)) as { spellCheck: typeof SpellCheck };
const resources = await loadLanguageResources(path.join(root, 'resources'));
const options = { wordList: resources.wordList, model: process.argv.includes('--no-model') ? undefined : resources.spelling };

type Kind = 'non-word' | 'real-word' | 'typing-slip' | 'glued' | 'trap';
interface Mistake { kind: Kind; typed: string; meant: string; from: number; to: number }
interface Sentence { typed: string; meant: string; mistakes: Mistake[] }

const MARK = /\[([^|\]]+)\|([^\]]+)\]/gu;

function kindOf(typed: string, meant: string): Kind {
  if (typed === meant) return 'trap';
  if (/[0-9]/u.test(typed) || /^[a-z]+$/iu.test(typed)) return 'typing-slip';
  if (meant.includes(' ')) return 'glued';
  return resources.spelling.lexicon.has(typed) ? 'real-word' : 'non-word';
}

function readSentences(file: string): Sentence[] {
  const lines = readFileSync(file, 'utf8').normalize('NFC').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  return lines.map((line) => {
    let typed = '';
    let meant = '';
    let last = 0;
    const mistakes: Mistake[] = [];
    for (const match of line.matchAll(MARK)) {
      const between = line.slice(last, match.index);
      typed += between;
      meant += between;
      mistakes.push({ kind: kindOf(match[1]!, match[2]!), typed: match[1]!, meant: match[2]!, from: typed.length, to: typed.length + match[1]!.length });
      typed += match[1];
      meant += match[2];
      last = match.index! + match[0].length;
    }
    return { typed: typed + line.slice(last), meant: meant + line.slice(last), mistakes };
  });
}

const isMistakeFinding = (rule: string) => rule !== 'tone-placement';
const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;

const sentences = readSentences(path.join(root, 'tests/fixtures/spelling-eval.vi.txt'));
const kinds: Kind[] = ['non-word', 'typing-slip', 'glued', 'real-word'];
const tally = new Map<Kind, { total: number; found: number; rightFirst: number }>(
  [...kinds, 'trap' as Kind].map((k) => [k, { total: 0, found: 0, rightFirst: 0 }]),
);
let strayOnTyped = 0;
let started = performance.now();
for (const sentence of sentences) {
  const findings = spellCheck(sentence.typed, options).filter((f) => isMistakeFinding(f.rule));
  for (const mistake of sentence.mistakes) {
    const entry = tally.get(mistake.kind)!;
    entry.total++;
    const hit = findings.find((f) => f.from < mistake.to && f.to > mistake.from);
    if (!hit) continue;
    entry.found++;
    if (hit.suggestions[0]?.toLowerCase() === mistake.meant.toLowerCase()) entry.rightFirst++;
  }
  strayOnTyped += findings.filter((f) => !sentence.mistakes.some((m) => f.from < m.to && f.to > m.from)).length;
}
const typedMs = performance.now() - started;

const cleanText = sentences.map((s) => s.meant).join('\n');
const cleanFindings = spellCheck(cleanText, options).filter((f) => isMistakeFinding(f.rule));
const sample = readFileSync(path.join(root, 'tests/fixtures/baohatinh-tu-soi-tu-sua.txt'), 'utf8');
const sampleFindings = spellCheck(sample, options).filter((f) => isMistakeFinding(f.rule));
// Clean Vietnamese written independently of the checker's lists: the app's own UI strings.
const uiText = uiStrings().join('\n');
const uiFindings = spellCheck(uiText, options).filter((f) => isMistakeFinding(f.rule));

function uiStrings(): string[] {
  const dir = path.join(root, 'resources/locales');
  const strings: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') strings.push(value.replace(/\{\{?\w+\}?\}|<\/?\d+>|\$t\([^)]*\)/gu, ' '));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('vi.json'))) walk(JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
  return strings;
}

const real = kinds.map((k) => tally.get(k)!);
const all = real.reduce((sum, t) => ({ total: sum.total + t.total, found: sum.found + t.found, rightFirst: sum.rightFirst + t.rightFirst }), { total: 0, found: 0, rightFirst: 0 });
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);
const cleanWords = words(cleanText);
const result = {
  checker: path.relative(root, path.resolve(checkerPath)) || checkerPath,
  model: options.model !== undefined,
  sentences: sentences.length,
  words: cleanWords,
  recall: Object.fromEntries(kinds.map((k) => [k, { mistakes: tally.get(k)!.total, found: tally.get(k)!.found, percent: percent(tally.get(k)!.found, tally.get(k)!.total) }])),
  recallAll: { mistakes: all.total, found: all.found, percent: percent(all.found, all.total) },
  rightFirstPercentOfFound: percent(all.rightFirst, all.found),
  falseAlarms: {
    perThousandWordsClean: Math.round((10000 * cleanFindings.length) / cleanWords) / 10,
    onCleanSentences: cleanFindings.map((f) => f.text),
    trapsFlagged: tally.get('trap')!.found,
    traps: tally.get('trap')!.total,
    strayOnTypedSentences: strayOnTyped,
    onReferenceArticle: sampleFindings.map((f) => f.text),
    uiStringsWords: words(uiText),
    perThousandWordsUiStrings: Math.round((10000 * uiFindings.length) / words(uiText)) / 10,
    onUiStrings: uiFindings.map((f) => f.text),
  },
  msPerSentenceAverage: Math.round((100 * typedMs) / sentences.length) / 100,
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(`checker: ${result.checker}${result.model ? ' with lexicon and context pairs' : ' (grammar only)'}`);
  console.log(`set: ${result.sentences} sentences, ${result.words} words, ${all.total} mistakes, ${result.falseAlarms.traps} traps`);
  for (const k of kinds) {
    const r = result.recall[k]!;
    console.log(`recall ${k.padEnd(12)} ${String(r.found).padStart(4)} / ${String(r.mistakes).padEnd(4)} ${r.percent.toFixed(1).padStart(5)} %`);
  }
  console.log(`recall ${'all'.padEnd(12)} ${String(all.found).padStart(4)} / ${String(all.total).padEnd(4)} ${result.recallAll.percent.toFixed(1).padStart(5)} %`);
  console.log(`right word first among suggestions: ${result.rightFirstPercentOfFound.toFixed(1)} % of found mistakes`);
  console.log(`false alarms: ${result.falseAlarms.perThousandWordsClean} per 1,000 words on the corrected sentences ${JSON.stringify(result.falseAlarms.onCleanSentences)}`);
  console.log(`              ${result.falseAlarms.trapsFlagged} of ${result.falseAlarms.traps} correctly used confusable words flagged; ${strayOnTyped} stray findings on the typed sentences`);
  console.log(`              ${sampleFindings.length} on the reference article ${JSON.stringify(result.falseAlarms.onReferenceArticle)}`);
  console.log(`              ${result.falseAlarms.perThousandWordsUiStrings} per 1,000 words on the app's Vietnamese UI strings (${result.falseAlarms.uiStringsWords} words) ${JSON.stringify(result.falseAlarms.onUiStrings)}`);
}
