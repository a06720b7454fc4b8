// The same title before a name capitalised two ways mid-sentence: "thành phố Hà Tĩnh" and
// "Thành phố Hà Tĩnh". Only the one or two words right before a capitalised name are
// compared, and only where neither sits at the start of a sentence or quotation, so a
// generic noun ("các đảng bộ") is never set against an organisation's name
// ("Đảng bộ Thành phố Hà Tĩnh").

import { isCapitalised, partWords, type PartWord } from '../partWords';
import type { RuleHit, StyleRule } from '../ruleTypes';

interface Occurrence {
  part: number;
  from: number;
  to: number;
  text: string;
  title: PartWord[];
  /** Capitalisation of the title words, e.g. "Ul" for "Thành phố". */
  signature: string;
  nameStart: number;
}

function nameRuns(words: PartWord[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i]!.text) || words[i]!.opensSentence) continue;
    if (i > 0 && isCapitalised(words[i - 1]!.text) && words[i]!.gap === ' ') continue; // inside a run
    let j = i;
    while (j + 1 < words.length && words[j + 1]!.gap === ' ' && isCapitalised(words[j + 1]!.text)) j++;
    runs.push([i, j]);
  }
  return runs;
}

export const consistentCapitals: StyleRule = {
  id: 'consistent-capitals',
  setting: 'consistency',
  check(parts) {
    const byKey = new Map<string, Occurrence[]>();
    parts.forEach((part, index) => {
      const words = partWords(part.text);
      for (const [start, end] of nameRuns(words)) {
        const name = part.text.slice(words[start]!.from, words[end]!.to);
        for (const length of [1, 2]) {
          const title = words.slice(start - length, start);
          if (title.length !== length || title[0]!.opensSentence) continue;
          if (title.slice(1).some((w) => w.gap !== ' ') || words[start]!.gap !== ' ') continue;
          if (!title.every((w) => /^\p{L}/u.test(w.text))) continue;
          const key = `${length}|${title.map((w) => w.text.toLowerCase()).join(' ')}|${name}`;
          const occurrence: Occurrence = {
            part: index,
            from: title[0]!.from,
            to: words[end]!.to,
            text: part.text.slice(title[0]!.from, words[end]!.to),
            title,
            signature: title.map((w) => (isCapitalised(w.text) ? 'U' : 'l')).join(''),
            nameStart: words[start]!.from,
          };
          byKey.set(key, [...(byKey.get(key) ?? []), occurrence]);
        }
      }
    });
    const hits: RuleHit[] = [];
    const reported = new Set<string>(); // one report per name occurrence, from the shortest title
    for (const occurrences of [...byKey.values()]) {
      const counts = new Map<string, number>();
      for (const o of occurrences) counts.set(o.signature, (counts.get(o.signature) ?? 0) + 1);
      if (counts.size < 2) continue;
      const house = [...counts].sort((x, y) => y[1] - x[1])[0]![0];
      const example = occurrences.find((o) => o.signature === house)!;
      for (const o of occurrences) {
        const where = `${o.part}:${o.nameStart}`;
        if (o.signature === house || reported.has(where)) continue;
        reported.add(where);
        const fixedTitle = o.title.map((w, i) => recase(w.text, house[i] === 'U'));
        const fixed = fixedTitle.join(' ') + o.text.slice(o.title[o.title.length - 1]!.to - o.from);
        hits.push({
          part: o.part,
          messageKey: 'consistency.capitalisation',
          params: { text: o.text, preferred: example.text, count: counts.get(house)! },
          text: o.text,
          from: o.from,
          to: o.to,
          suggestions: [fixed],
        });
      }
    }
    return hits;
  },
};

function recase(word: string, capital: boolean): string {
  const first = word[0]!;
  return (capital ? first.toUpperCase() : first.toLowerCase()) + word.slice(1);
}
