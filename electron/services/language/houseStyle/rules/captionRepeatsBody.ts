// A caption that repeats body text almost word for word tells the reader nothing new. Each
// caption is compared with every body paragraph and every body sentence; a word-level edit
// distance within the configured share of the longer text is reported (the closest match).

import { comparableWords } from '../partWords';
import type { RuleHit, StyleRule } from '../ruleTypes';
import { wordEditDistance } from './wordDistance';

const SENTENCE = /[^.!?…]+[.!?…]*/gu;

export const captionRepeatsBody: StyleRule = {
  id: 'caption-repeats-body',
  setting: 'captionRepeatsBody',
  check(parts, rules) {
    const { maxDifferenceRatio, minWords } = rules.captionRepeatsBody;
    const bodyTexts: Array<{ paragraph: number; words: string[] }> = [];
    let paragraph = 0;
    for (const part of parts) {
      if (part.kind !== 'body') continue;
      paragraph++;
      bodyTexts.push({ paragraph, words: comparableWords(part.text) });
      for (const sentence of part.text.match(SENTENCE) ?? []) {
        bodyTexts.push({ paragraph, words: comparableWords(sentence) });
      }
    }
    const hits: RuleHit[] = [];
    parts.forEach((part, index) => {
      if (part.kind !== 'caption') return;
      const caption = comparableWords(part.text);
      if (caption.length < minWords) return;
      let best: { paragraph: number; difference: number; ratio: number } | undefined;
      for (const body of bodyTexts) {
        const longer = Math.max(caption.length, body.words.length);
        // Lengths alone rule most pairs out before the quadratic comparison.
        if (Math.abs(caption.length - body.words.length) > longer * maxDifferenceRatio) continue;
        const difference = wordEditDistance(caption, body.words);
        const ratio = difference / longer;
        if (ratio <= maxDifferenceRatio && (!best || ratio < best.ratio)) best = { paragraph: body.paragraph, difference, ratio };
      }
      if (best) {
        hits.push({
          part: index,
          messageKey: 'caption.repeatsBody',
          params: { paragraph: best.paragraph, difference: best.difference },
          text: part.text,
          from: 0,
          to: part.text.length,
          suggestions: [],
        });
      }
    });
    return hits;
  },
};
