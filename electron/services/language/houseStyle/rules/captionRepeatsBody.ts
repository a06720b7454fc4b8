// A caption that repeats body text almost word for word tells the reader nothing new. The
// rule itself is the contract's (contract/article/figureChecks.ts), shared with the Captions
// panel; here it runs with the newsroom's rules file and reports on the caption part.

import { captionRepeatsBody as repeatOf } from '../../../../contract/article/figureChecks';
import type { RuleHit, StyleRule } from '../ruleTypes';

export const captionRepeatsBody: StyleRule = {
  id: 'caption-repeats-body',
  setting: 'captionRepeatsBody',
  check(parts, rules) {
    const body = parts.filter((part) => part.kind === 'body').map((part) => part.text);
    const hits: RuleHit[] = [];
    parts.forEach((part, index) => {
      if (part.kind !== 'caption') return;
      const repeat = repeatOf(part.text, body, rules.captionRepeatsBody);
      if (!repeat) return;
      hits.push({
        part: index,
        messageKey: 'caption.repeatsBody',
        params: { paragraph: repeat.paragraph, difference: repeat.difference },
        text: part.text,
        from: 0,
        to: part.text.length,
        suggestions: [],
      });
    });
    return hits;
  },
};
