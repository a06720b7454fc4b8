// House forms of abbreviations before a place name: "TP. Hà Tĩnh" → "TP Hà Tĩnh" when house
// style writes TP without a full stop (or the reverse, per the rules file).

import type { RuleHit, StyleRule } from '../ruleTypes';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const abbreviations: StyleRule = {
  id: 'abbreviation',
  setting: 'abbreviations',
  check(parts, rules) {
    const entries = Object.entries(rules.abbreviations.preferred).filter(([form, house]) => form !== house);
    if (entries.length === 0) return [];
    const hits: RuleHit[] = [];
    parts.forEach((part, index) => {
      for (const [form, house] of entries) {
        // The form must stand alone and be followed by a space and a capitalised name.
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}.])${escapeRegExp(form)}(?= \\p{Lu})`, 'gu');
        for (const m of part.text.matchAll(pattern)) {
          hits.push({
            part: index,
            messageKey: 'abbreviation.houseForm',
            params: { preferred: house, text: form },
            text: form,
            from: m.index!,
            to: m.index! + form.length,
            suggestions: [house],
          });
        }
      }
    });
    return hits;
  },
};
