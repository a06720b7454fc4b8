// Real words in the wrong place: `nắm viện` for nằm viện, `giải đất` for dải đất, `sưng hô`
// for xưng hô. A syllable is flagged only when neither neighbour pairs with it in the context
// model while a confusable syllable (confusionSets.ts) does: the finding says "likely", and a
// syllable with no known neighbour is left alone. A neighbour already bound to the word on
// its other side (đảm bảo | về) is no evidence: a syllable belongs to one word. Another tone
// altogether (viết/việt, để/đề) is the commonest real pair of words, so it needs more: both
// neighbours, or one that pairs with few words (viện, not người). Where the phrases say
// nothing, the n-gram model trained on public text (ngramRealWords.ts) may: only when a
// confusable is clearly likelier there. Where the model has often seen the word beside the
// very neighbour the phrases point at, their verdict is not trusted (ghi rõ rằng is right).

import { confusablesOf, type Confusable } from './confusionSets';
import { makeFinding, type Finding } from './findings';
import type { Locale } from './messages';
import { contradictedByModel, likelierByModel } from './ngramRealWords';
import type { SpellingModel } from './spellingModel';
import type { SyllableLexicon } from './syllableLexicon';
import { withTonePlacement, type TonePlacement } from './syllable';
import { matchCase } from './vietnameseLetters';

export interface ContextToken {
  word: string;
  from: number;
  /** The adjacent words in the same phrase (no punctuation between), when they are Vietnamese. */
  before?: string;
  after?: string;
  /** The words one further out (before `before`, after `after`), same conditions. */
  beforeBefore?: string;
  afterAfter?: string;
  /** A Vietnamese word of the lexicon that may be checked (not a name, not the user's word). */
  checkable: boolean;
}

export interface RealWordOptions {
  preferredTonePlacement?: TonePlacement;
  locale?: Locale;
}

/** A neighbour in at most this many known pairs says something about the word beside it. */
const SPECIFIC = 2;

// A word's confusables that are words too, per lexicon: the same words recur in every check.
const realConfusableCaches = new WeakMap<SyllableLexicon, Map<string, readonly Confusable[]>>();

function realConfusables(word: string, lexicon: SyllableLexicon): readonly Confusable[] {
  let cache = realConfusableCaches.get(lexicon);
  if (!cache) realConfusableCaches.set(lexicon, (cache = new Map()));
  let found = cache.get(word);
  if (!found) {
    if (cache.size > 50_000) cache.clear();
    cache.set(word, (found = confusablesOf(word).filter(({ syllable }) => lexicon.has(syllable))));
  }
  return found;
}

export function findWrongWords(tokens: readonly ContextToken[], model: SpellingModel, options: RealWordOptions = {}): Finding[] {
  const { context, lexicon } = model;
  const findings: Finding[] = [];
  for (const { word, from, before, after, beforeBefore, afterAfter, checkable } of tokens) {
    if (!checkable || (!before && !after)) continue;
    if ((before && context.pairs(before, word)) || (after && context.pairs(word, after))) continue;
    const left = before && !(beforeBefore && context.pairs(beforeBefore, before)) ? before : undefined;
    const right = after && !(afterAfter && context.pairs(after, afterAfter)) ? after : undefined;
    const specific = (alternative: string) =>
      (left !== undefined && context.pairs(left, alternative) && context.weight(left) <= SPECIFIC) ||
      (right !== undefined && context.pairs(alternative, right) && context.weight(right) <= SPECIFIC);
    const confusables = realConfusables(word, lexicon);
    const around = { beforeBefore, before, after, afterAfter };
    let better: Array<{ syllable: string; score: number; cost: number }> = [];
    let contradicted = false;
    for (const { syllable, kind, cost } of confusables) {
      const side = { left: !!left && context.pairs(left, syllable), right: !!right && context.pairs(syllable, right) };
      const score = (side.left ? 1 : 0) + (side.right ? 1 : 0);
      if (score <= (kind === 'tone' && !specific(syllable) ? 1 : 0)) continue;
      if (model.ngrams && contradictedByModel(model.ngrams, word, syllable, around, side)) contradicted = true;
      else better.push({ syllable, score, cost });
    }
    better.sort((a, b) => b.score - a.score || a.cost - b.cost);
    if (better.length === 0 && !contradicted && model.ngrams) better = likelierByModel(model.ngrams, word, around, confusables).map((c) => ({ ...c, score: 0 }));
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
