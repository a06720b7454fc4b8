// Straight double quotes where house style uses “ ”. Pairs are fixed as a whole
// ("tự soi" → “tự soi”); a lone one gets the curly quote its position calls for.

import type { StyleRule, RuleHit } from '../ruleTypes';

export const straightQuotes: StyleRule = {
  id: 'straight-quotes',
  setting: 'quotes',
  check(parts, rules) {
    const { open, close } = rules.quotes;
    const hits: RuleHit[] = [];
    parts.forEach((part, index) => {
      const positions = [...part.text.matchAll(/"/gu)].map((m) => m.index!);
      for (let i = 0; i + 1 < positions.length; i += 2) {
        const from = positions[i]!;
        const to = positions[i + 1]! + 1;
        const text = part.text.slice(from, to);
        hits.push({ part: index, messageKey: 'quotes.straight', text, from, to, suggestions: [open + text.slice(1, -1) + close] });
      }
      if (positions.length % 2 === 1) {
        const from = positions[positions.length - 1]!;
        const opening = from === 0 || /\s/u.test(part.text[from - 1]!);
        hits.push({ part: index, messageKey: 'quotes.straight', text: '"', from, to: from + 1, suggestions: [opening ? open : close] });
      }
    });
    return hits;
  },
};
