// The same words joined two ways in one article: “tự soi, tự sửa” and “tự soi - tự sửa”.
// Two words either side of a comma, dash or slash form the key; where an article uses more
// than one joint for the same key, the most frequent (or, on a tie, the first) is the house
// form of this article and the others are reported with it as the fix.

import { partWords } from '../partWords';
import type { RuleHit, StyleRule } from '../ruleTypes';

type Joint = 'comma' | 'dash' | 'slash';

const JOINT_TEXT: Record<Joint, string> = { comma: ', ', dash: ' - ', slash: '/' };

function jointOf(gap: string): Joint | undefined {
  if (/^,\s+$/u.test(gap)) return 'comma';
  if (/^\s*[-–—]\s*$/u.test(gap)) return 'dash';
  if (/^\s*\/\s*$/u.test(gap)) return 'slash';
  return undefined;
}

interface Occurrence {
  part: number;
  from: number;
  to: number;
  text: string;
  joint: Joint;
  left: string;
  right: string;
}

export const consistentPhrasing: StyleRule = {
  id: 'consistent-phrasing',
  setting: 'consistency',
  check(parts) {
    const byKey = new Map<string, Occurrence[]>();
    parts.forEach((part, index) => {
      const words = partWords(part.text);
      for (let k = 1; k + 2 < words.length; k++) {
        const joint = jointOf(words[k + 1]!.gap);
        if (!joint || words[k]!.gap !== ' ' || words[k + 2]!.gap !== ' ') continue;
        const [a, b, c, d] = [words[k - 1]!, words[k]!, words[k + 1]!, words[k + 2]!];
        const key = `${a.text} ${b.text}|${c.text} ${d.text}`.toLowerCase();
        const occurrence: Occurrence = {
          part: index,
          from: a.from,
          to: d.to,
          text: part.text.slice(a.from, d.to),
          joint,
          left: part.text.slice(a.from, b.to),
          right: part.text.slice(c.from, d.to),
        };
        byKey.set(key, [...(byKey.get(key) ?? []), occurrence]);
      }
    });
    const hits: RuleHit[] = [];
    for (const occurrences of byKey.values()) {
      const counts = new Map<Joint, number>();
      for (const o of occurrences) counts.set(o.joint, (counts.get(o.joint) ?? 0) + 1);
      if (counts.size < 2) continue;
      const house = [...counts].sort((x, y) => y[1] - x[1])[0]![0];
      const houseExample = occurrences.find((o) => o.joint === house)!;
      for (const o of occurrences) {
        if (o.joint === house) continue;
        hits.push({
          part: o.part,
          messageKey: 'consistency.punctuation',
          params: { text: o.text, preferred: houseExample.text, count: counts.get(house)! },
          text: o.text,
          from: o.from,
          to: o.to,
          suggestions: [o.left + JOINT_TEXT[house] + o.right],
        });
      }
    }
    return hits;
  },
};
