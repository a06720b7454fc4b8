// Spacing around punctuation: no space before . , ; : ! ? (“đẹp .” → “đẹp.”), a space after
// , ; : when a word follows (not inside numbers, times or web addresses), and no runs of spaces.

import type { RuleHit, StyleRule } from '../ruleTypes';

// A full stop only counts when it ends something (not ".vn"); the others unless a digit follows.
const SPACE_BEFORE = /(?<=[\p{L}\p{N}”)])[ \u00A0]+([,;:!?]+|\.+(?=\s|$|[”")\]]))(?!\p{N})/gu;
const NO_SPACE_AFTER = /(?<=[\p{L}\p{M}”)] ?)([,;:])(?=\p{L})/gu;
const SPACE_RUN = /(?<=\S) {2,}(?=\S)/gu;
const WEB_ADDRESS = /\S*(?:https?:|www\.)\S*/giu;

export const spacing: StyleRule = {
  id: 'spacing',
  setting: 'spacing',
  check(parts) {
    const hits: RuleHit[] = [];
    parts.forEach((part, index) => {
      const text = part.text;
      for (const m of text.matchAll(SPACE_BEFORE)) {
        const mark = m[1]!;
        hits.push({ part: index, messageKey: 'spacing.beforePunctuation', params: { mark }, text: m[0], from: m.index!, to: m.index! + m[0].length, suggestions: [mark] });
      }
      const webRanges = [...text.matchAll(WEB_ADDRESS)].map((m) => [m.index!, m.index! + m[0].length] as const);
      for (const m of text.matchAll(NO_SPACE_AFTER)) {
        const at = m.index!;
        if (webRanges.some(([from, to]) => at >= from && at < to)) continue;
        hits.push({ part: index, messageKey: 'spacing.afterPunctuation', params: { mark: m[1]! }, text: m[1]!, from: at, to: at + 1, suggestions: [`${m[1]} `] });
      }
      for (const m of text.matchAll(SPACE_RUN)) {
        hits.push({ part: index, messageKey: 'spacing.double', text: m[0], from: m.index!, to: m.index! + m[0].length, suggestions: [' '] });
      }
    });
    return hits;
  },
};
