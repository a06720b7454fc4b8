// Headline and sapo length, in syllables as newsrooms count them.

import { countWords } from '../../../../contract/text/wordCount';
import type { RuleHit, StyleRule } from '../ruleTypes';

const PART_NAMES = { headline: { vi: 'Tít', en: 'headline' }, sapo: { vi: 'Sapo', en: 'sapo' } } as const;

export const lengthLimits: StyleRule = {
  id: 'length-limit',
  setting: 'limits',
  check(parts, rules) {
    const hits: RuleHit[] = [];
    parts.forEach((part, index) => {
      if (part.kind !== 'headline' && part.kind !== 'sapo') return;
      const limit = part.kind === 'headline' ? rules.limits.headlineMaxWords : rules.limits.sapoMaxWords;
      const count = countWords(part.text);
      if (count <= limit) return;
      hits.push({
        part: index,
        messageKey: 'length.overLimit',
        params: { partVi: PART_NAMES[part.kind].vi, partEn: PART_NAMES[part.kind].en, count, limit },
        text: part.text,
        from: 0,
        to: part.text.length,
        suggestions: [],
      });
    });
    return hits;
  },
};
