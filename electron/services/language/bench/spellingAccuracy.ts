// How well spelling does on tests/fixtures/spelling-eval.vi.txt: how many of its hand-labelled
// mistakes are found, per kind, how often the first suggestion is the right word, and how many
// false alarms are raised on clean text (the corrected sentences, the reference article, the
// app's own Vietnamese UI strings, the Vietnamese of the other tests' fixtures: pasted pages
// and documents). Used by benchSpellingAccuracy.ts and `npm run bench`.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LanguageResources } from '../loadLanguageResources';
import type { spellCheck as SpellCheck } from '../spellCheck';
import { htmlToText } from '../scripts/corpusText';

export type MistakeKind = 'non-word' | 'real-word' | 'typing-slip' | 'glued' | 'trap';
export const MISTAKE_KINDS = ['non-word', 'typing-slip', 'glued', 'real-word'] as const;
interface Mistake { kind: MistakeKind; typed: string; meant: string; from: number; to: number }
interface Sentence { typed: string; meant: string; mistakes: Mistake[] }
interface Tally { mistakes: number; found: number; rightFirst: number }

const MARK = /\[([^|\]]+)\|([^\]]+)\]/gu;

function readSentences(file: string, isSyllable: (word: string) => boolean): Sentence[] {
  const kindOf = (typed: string, meant: string): MistakeKind => {
    if (typed === meant) return 'trap';
    if (/[0-9]/u.test(typed) || /^[a-z]+$/iu.test(typed)) return 'typing-slip';
    if (meant.includes(' ')) return 'glued';
    return isSyllable(typed) ? 'real-word' : 'non-word';
  };
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

/** Clean Vietnamese written independently of the checker's lists: the app's own UI strings. */
export function uiStrings(root: string): string[] {
  const dir = path.join(root, 'resources/locales');
  const strings: string[] = [];
  const walk = (value: unknown) => {
    // Placeholders, numbered tags and commands (<code>…</code>: code, not Vietnamese) go.
    if (typeof value === 'string') strings.push(value.replace(/<code>.*?<\/code>|\{\{?\w+\}?\}|<\/?\d+>|\$t\([^)]*\)/gu, ' '));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('vi.json')).sort()) walk(JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
  return strings;
}

/** The Vietnamese articles other tests paste and import: written by people, not for spelling. */
export const FIXTURE_ARTICLES = ['paste/google-docs.html', 'paste/libreoffice-writer.html', 'paste/news-web-page.html', 'paste/outlook-365.html', 'paste/word-365-windows.html', 'paste/word-mac.html', 'docx/danh-sach.fodt', 'docx/bao-cao.fodt'];

export function fixtureArticlesText(root: string): string {
  return FIXTURE_ARTICLES.map((name) => htmlToText(readFileSync(path.join(root, 'tests/fixtures', name), 'utf8'))).join('\n');
}

const isMistakeFinding = (rule: string) => rule !== 'tone-placement';
const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);
const perThousand = (count: number, total: number) => Math.round((10000 * count) / total) / 10;

export function measureSpellingAccuracy(root: string, spellCheck: typeof SpellCheck, resources: LanguageResources, withModel = true) {
  const options = { wordList: resources.wordList, model: withModel ? resources.spelling : undefined };
  const sentences = readSentences(path.join(root, 'tests/fixtures/spelling-eval.vi.txt'), (w) => resources.spelling.lexicon.has(w));
  const tally = new Map<MistakeKind, Tally>([...MISTAKE_KINDS, 'trap' as const].map((k) => [k, { mistakes: 0, found: 0, rightFirst: 0 }]));
  let strayOnTyped = 0;
  const started = performance.now();
  for (const sentence of sentences) {
    const findings = spellCheck(sentence.typed, options).filter((f) => isMistakeFinding(f.rule));
    for (const mistake of sentence.mistakes) {
      const entry = tally.get(mistake.kind)!;
      entry.mistakes++;
      const hit = findings.find((f) => f.from < mistake.to && f.to > mistake.from);
      if (!hit) continue;
      entry.found++;
      if (hit.suggestions[0]?.toLowerCase() === mistake.meant.toLowerCase()) entry.rightFirst++;
    }
    strayOnTyped += findings.filter((f) => !sentence.mistakes.some((m) => f.from < m.to && f.to > m.from)).length;
  }
  const typedMs = performance.now() - started;

  const flagged = (text: string) => spellCheck(text, options).filter((f) => isMistakeFinding(f.rule)).map((f) => f.text);
  const cleanText = sentences.map((s) => s.meant).join('\n');
  const sample = readFileSync(path.join(root, 'tests/fixtures/baohatinh-tu-soi-tu-sua.txt'), 'utf8');
  const uiText = uiStrings(root).join('\n');
  const fixtures = fixtureArticlesText(root);
  const onClean = flagged(cleanText);
  const onSample = flagged(sample);
  const onUi = flagged(uiText);
  const onFixtures = flagged(fixtures);
  const cleanWords = words(cleanText) + words(sample) + words(uiText) + words(fixtures);

  const sum = (kinds: readonly MistakeKind[]) =>
    kinds.map((k) => tally.get(k)!).reduce((a, t) => ({ mistakes: a.mistakes + t.mistakes, found: a.found + t.found, rightFirst: a.rightFirst + t.rightFirst }), { mistakes: 0, found: 0, rightFirst: 0 });
  const all = sum(MISTAKE_KINDS);
  const nonWords = sum(['non-word', 'typing-slip', 'glued']);
  return {
    model: withModel,
    sentences: sentences.length,
    words: words(cleanText),
    recall: Object.fromEntries(MISTAKE_KINDS.map((k) => [k, { ...tally.get(k)!, percent: percent(tally.get(k)!.found, tally.get(k)!.mistakes) }])) as Record<(typeof MISTAKE_KINDS)[number], Tally & { percent: number }>,
    /** Every mistake that is not a real word: non-words, typing slips, glued words. */
    recallNonWords: { ...nonWords, percent: percent(nonWords.found, nonWords.mistakes) },
    recallAll: { ...all, percent: percent(all.found, all.mistakes) },
    rightFirstPercentOfFound: percent(all.rightFirst, all.found),
    falseAlarms: {
      /** On all the clean text together: corrected sentences, reference article, UI strings, fixtures. */
      cleanWords,
      perThousandWords: perThousand(onClean.length + onSample.length + onUi.length + onFixtures.length, cleanWords),
      perThousandWordsCorrectedSentences: perThousand(onClean.length, words(cleanText)),
      onCorrectedSentences: onClean,
      trapsFlagged: tally.get('trap')!.found,
      traps: tally.get('trap')!.mistakes,
      strayOnTypedSentences: strayOnTyped,
      onReferenceArticle: onSample,
      uiStringsWords: words(uiText),
      perThousandWordsUiStrings: perThousand(onUi.length, words(uiText)),
      onUiStrings: onUi,
      fixtureWords: words(fixtures),
      onFixtures,
    },
    msPerSentenceAverage: Math.round((100 * typedMs) / sentences.length) / 100,
  };
}

export type SpellingAccuracy = ReturnType<typeof measureSpellingAccuracy>;
