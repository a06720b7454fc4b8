// Spelling on text nobody tuned it on: tests/fixtures/spelling-heldout.vi.txt, public text held
// out of the n-gram model (buildLanguageModel.ts). Counts false alarms on it as it is, then puts
// one typist's slip into each line — a real word swapped for a confusable one (hỏi/ngã, d/đ,
// the onsets and finals dialects merge, a vowel's hat), chosen by a seeded random draw — and
// counts how many are found and how many with the right word first.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { confusablesOf } from '../confusionSets';
import type { LanguageResources } from '../loadLanguageResources';
import type { spellCheck as SpellCheck } from '../spellCheck';
import { matchCase } from '../vietnameseLetters';
import { seededRandom } from './generatedText';

const SLIP_KINDS = new Set(['hoi-nga', 'd-đ', 'onset', 'final', 'vowel-mark']);
const LETTER_RUN = /[\p{L}\p{M}]+/gu;

export function measureHeldOut(root: string, spellCheck: typeof SpellCheck, resources: LanguageResources) {
  const options = { wordList: resources.wordList, model: resources.spelling };
  const lexicon = resources.spelling.lexicon;
  const lines = readFileSync(path.join(root, 'tests/fixtures/spelling-heldout.vi.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));
  const random = seededRandom(18);
  let words = 0;
  const falseAlarms: string[] = [];
  let slips = 0;
  let found = 0;
  let rightFirst = 0;
  for (const line of lines) {
    words += line.split(/\s+/u).filter(Boolean).length;
    falseAlarms.push(...spellCheck(line, options).filter((f) => f.rule !== 'tone-placement').map((f) => f.text));
    const places = [...line.matchAll(LETTER_RUN)]
      .map((run) => ({ word: run[0], from: run.index!, slips: confusablesOf(run[0].toLowerCase()).filter((c) => SLIP_KINDS.has(c.kind) && lexicon.has(c.syllable)) }))
      .filter((place) => place.slips.length > 0 && lexicon.has(place.word));
    if (places.length < 5) continue;
    const place = places[Math.floor(random() * places.length)]!;
    const slip = matchCase(place.slips[Math.floor(random() * place.slips.length)]!.syllable, place.word);
    const typed = line.slice(0, place.from) + slip + line.slice(place.from + place.word.length);
    const hit = spellCheck(typed, options).find((f) => f.from < place.from + slip.length && f.to > place.from);
    slips++;
    if (!hit) continue;
    found++;
    if (hit.suggestions[0]?.toLowerCase() === place.word.toLowerCase()) rightFirst++;
  }
  const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);
  return {
    lines: lines.length,
    words,
    falseAlarmsPerThousandWords: Math.round((10000 * falseAlarms.length) / words) / 10,
    falseAlarms,
    slips,
    found,
    recallPercent: percent(found, slips),
    rightFirstPercentOfFound: percent(rightFirst, found),
  };
}
