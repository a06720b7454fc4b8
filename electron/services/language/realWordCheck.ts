// Real words in the wrong place: `nắm viện` for nằm viện, `giải đất` for dải đất, `sưng hô`
// for xưng hô. A syllable is flagged only when neither neighbour pairs with it in the context
// model while a confusable syllable (confusionSets.ts) does: the finding says "likely", and a
// syllable with no known neighbour is left alone.

import { confusablesOf } from './confusionSets';
import { makeFinding, type Finding } from './findings';
import type { Locale } from './messages';
import type { SpellingModel } from './spellingModel';
import { withTonePlacement, type TonePlacement } from './syllable';
import { matchCase } from './vietnameseLetters';

export interface ContextToken {
  word: string;
  from: number;
  /** The adjacent words in the same phrase (no punctuation between), when they are Vietnamese. */
  before?: string;
  after?: string;
  /** A Vietnamese word of the lexicon that may be checked (not a name, not the user's word). */
  checkable: boolean;
}

export interface RealWordOptions {
  preferredTonePlacement?: TonePlacement;
  locale?: Locale;
}

export function findWrongWords(tokens: readonly ContextToken[], model: SpellingModel, options: RealWordOptions = {}): Finding[] {
  const { context, lexicon } = model;
  const findings: Finding[] = [];
  for (const { word, from, before, after, checkable } of tokens) {
    if (!checkable || (!before && !after)) continue;
    if ((before && context.pairs(before, word)) || (after && context.pairs(word, after))) continue;
    const better = confusablesOf(word)
      .filter(({ syllable }) => lexicon.has(syllable))
      .map((c) => ({ ...c, score: (before && context.pairs(before, c.syllable) ? 1 : 0) + (after && context.pairs(c.syllable, after) ? 1 : 0) }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score || a.cost - b.cost);
    if (better.length === 0) continue;
    const suggestions = better.map((c) => matchCase(withTonePlacement(c.syllable, options.preferredTonePlacement ?? 'new')!, word));
    findings.push(
      makeFinding(
        {
          rule: 'spelling-context',
          severity: 'warning',
          messageKey: 'spelling.likelyWrongWord',
          params: { word, suggestion: suggestions[0]! },
          text: word,
          from,
          to: from + word.length,
          suggestions,
        },
        options.locale,
      ),
    );
  }
  return findings;
}
