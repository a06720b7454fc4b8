// A body or sapo paragraph should end with closing punctuation (. ! ? … : or ;), possibly
// followed by a closing quote or bracket. Headlines, subheads, captions and bylines are exempt.

import type { RuleHit, StyleRule } from '../ruleTypes';

const CLOSED = /[.!?…:;][”’"»)\]]*\s*$/u;

export const paragraphEnd: StyleRule = {
  id: 'paragraph-end',
  setting: 'paragraphEnd',
  check(parts) {
    const hits: RuleHit[] = [];
    parts.forEach((part, index) => {
      if (part.kind !== 'body' && part.kind !== 'sapo') return;
      const trimmed = part.text.trimEnd();
      if (!trimmed || CLOSED.test(trimmed)) return;
      // Report the last word, so the fix reads "sửa chữa" → "sửa chữa." rather than "a" → "a.".
      const last = /\S+$/u.exec(trimmed)![0];
      const from = trimmed.length - last.length;
      hits.push({
        part: index,
        messageKey: 'paragraph.noEndPunctuation',
        text: last,
        from,
        to: trimmed.length,
        suggestions: [`${last}.`],
      });
    });
    return hits;
  },
};
