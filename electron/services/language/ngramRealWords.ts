// The language model's say on a real word that may be the wrong one: each confusable syllable
// (confusionSets.ts) is put in the word's place and the n-gram model scores the five-syllable
// window around it. A confusable wins only when it is clearly likelier — by a wide margin, with
// the model having seen it beside every neighbour it knows here, and the word itself beside
// none although chance would have put them together — so a rare but right word is left alone.
// A word or neighbour the model has never seen is no evidence either way.

import type { Confusable } from './confusionSets';
import type { NgramModel } from './ngramModel';

export interface Neighbours {
  beforeBefore?: string;
  before?: string;
  after?: string;
  afterAfter?: string;
}

/** How much likelier (natural log) a confusable must be: e^3 ≈ 20 times. */
export const MARGIN = 3;
/** Another tone altogether (viết/việt) is the commonest real pair: it needs e^7 ≈ 1,100 times. */
export const TONE_MARGIN = 7;
/** Times the model must have seen the confusable beside a neighbour. */
export const MIN_EVIDENCE = 2;
/** Times the model must have seen the word itself, to know it at all. */
export const MIN_SEEN = 5;
/** Times the word and its neighbour would meet by chance, for their never meeting to count. */
export const MIN_EXPECTED = 1;

/** Neighbour ids: 0 for no neighbour (the phrase's edge), -1 for one the model does not know. */
function neighbourId(model: NgramModel, syllable: string | undefined): number {
  if (syllable === undefined) return 0;
  return model.idOf(syllable) || -1;
}

interface Context {
  l2: number;
  l1: number;
  r1: number;
  r2: number;
}

/** log score of the window with `x` in the middle; terms that touch an unknown neighbour are left out. */
function windowScore(model: NgramModel, { l2, l1, r1, r2 }: Context, x: number): number {
  let score = 0;
  if (l1 >= 0) score += model.logScore(l1 === 0 || l2 < 0 ? 0 : l2, l1, x);
  if (r1 >= 0) score += model.logScore(l1 < 0 ? 0 : l1, x, r1);
  if (r1 > 0 && r2 >= 0) score += model.logScore(x, r1, r2);
  return score;
}

/** Times `x` was seen beside each neighbour (the phrase's edge counts as one); -1 for an unknown one. */
function seen(model: NgramModel, { l1, r1 }: Context, x: number): [number, number] {
  return [l1 >= 0 ? model.bigram(l1, x) : -1, r1 >= 0 ? model.bigram(x, r1) : -1];
}

/**
 * Per side, whether never having seen `x` beside that word means something: were the two
 * independent, the model would have seen them together at least MIN_EXPECTED times. (A small
 * corpus has not seen most pairs; that alone says nothing.)
 */
function telling(model: NgramModel, { l1, r1 }: Context, x: number): [boolean, boolean] {
  // Not the edge: a news sentence may start or end with nearly any word.
  const expected = (n: number) => n > 0 && (model.count(x) * model.count(n)) / model.tokens >= MIN_EXPECTED;
  return [expected(l1), expected(r1)];
}

/** The confusables the model finds clearly likelier than `word` here, likeliest first. */
export function likelierByModel(model: NgramModel, word: string, around: Neighbours, confusables: readonly Confusable[]): Confusable[] {
  const self = model.idOf(word);
  if (self === 0 || model.count(self) < MIN_SEEN) return [];
  const context: Context = {
    l2: neighbourId(model, around.beforeBefore),
    l1: neighbourId(model, around.before),
    r1: neighbourId(model, around.after),
    r2: neighbourId(model, around.afterAfter),
  };
  if (context.l1 <= 0 && context.r1 <= 0) return [];
  const selfSeen = seen(model, context, self);
  if (selfSeen[0] > 0 || selfSeen[1] > 0) return [];
  const absent = telling(model, context, self);
  if (!absent[0] && !absent[1]) return [];
  const own = windowScore(model, context, self);
  const better: Array<Confusable & { gain: number }> = [];
  for (const confusable of confusables) {
    const id = model.idOf(confusable.syllable);
    if (id === 0) continue;
    const [left, right] = seen(model, context, id);
    if ((absent[0] ? left : 0) + (absent[1] ? right : 0) < MIN_EVIDENCE) continue;
    // Seen beside every neighbour the model knows: `chỉ thư ký` is not `chỉ thu ký` (chỉ thu
    // is common, thu ký never seen), `cho thu hoạch` is not `cho thư hoạch`.
    if ((context.l1 > 0 && left === 0) || (context.r1 > 0 && right === 0)) continue;
    const gain = windowScore(model, context, id) - own;
    if (gain >= (confusable.kind === 'tone' ? TONE_MARGIN : MARGIN)) better.push({ ...confusable, gain });
  }
  return better.sort((a, b) => b.gain - a.gain);
}

/** Times the model must have seen the word beside a neighbour to speak for it. */
export const MIN_ATTESTED = 2;
/** …and not this many times less often than the confusable in the same place. */
export const ATTESTED_RATIO = 10;

/**
 * True when the model has seen `word` beside the neighbour on the side the phrases' evidence
 * for `confusable` comes from, and not much less often than the confusable there (rõ rằng in
 * "ghi rõ rằng…" is as common as rõ ràng): the phrases then misread where words begin. A
 * common slip the text itself has a few times (sử lý beside hundreds of xử lý) is no defence.
 */
export function contradictedByModel(model: NgramModel, word: string, confusable: string, around: Neighbours, side: { left: boolean; right: boolean }): boolean {
  const self = model.idOf(word);
  const other = model.idOf(confusable);
  if (self === 0) return false;
  const attested = (mine: number, theirs: number) => mine >= MIN_ATTESTED && mine * ATTESTED_RATIO >= theirs;
  const before = model.idOf(around.before);
  const after = model.idOf(around.after);
  return (
    (side.left && before > 0 && attested(model.bigram(before, self), model.bigram(before, other))) ||
    (side.right && after > 0 && attested(model.bigram(self, after), model.bigram(other, after)))
  );
}
