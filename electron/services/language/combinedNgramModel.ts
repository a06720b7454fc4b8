// The bundled n-gram model and a newsroom's own (learnt from its archive, kept in the user-data
// folder) scored together as if their counts had been added up: each count is the bundled
// model's plus the newsroom's. Nothing is copied or re-sorted, so it costs no time at start
// and no memory beyond the two models; a look-up is two binary searches instead of one.
// Syllable ids are the bundled model's, then the syllables only the newsroom's text has.

import { backoffLogScore, type NgramModel } from './ngramModel';

export function combineNgramModels(bundled: NgramModel, newsroom: NgramModel): NgramModel {
  const bundledSize = bundled.data.vocabulary.length;
  const onlyNewsroom = newsroom.data.vocabulary.filter((syllable, id) => id > 0 && bundled.idOf(syllable) === 0);
  const size = bundledSize + onlyNewsroom.length;
  // Combined id → the newsroom's id, -1 when its text never had the syllable (0 is the edge in both).
  const inNewsroom = new Int32Array(size).fill(-1);
  inNewsroom[0] = 0;
  for (let id = 1; id < bundledSize; id++) inNewsroom[id] = newsroom.idOf(bundled.data.vocabulary[id]) || -1;
  const extraIds = new Map<string, number>();
  onlyNewsroom.forEach((syllable, i) => {
    extraIds.set(syllable, bundledSize + i);
    inNewsroom[bundledSize + i] = newsroom.idOf(syllable);
  });
  const fromBundled = (id: number) => id < bundledSize;
  const fromNewsroom = (id: number) => inNewsroom[id]! >= 0;

  const count = (a: number) => (fromBundled(a) ? bundled.count(a) : 0) + (fromNewsroom(a) ? newsroom.count(inNewsroom[a]!) : 0);
  const bigram = (a: number, b: number) =>
    (fromBundled(a) && fromBundled(b) ? bundled.bigram(a, b) : 0) + (fromNewsroom(a) && fromNewsroom(b) ? newsroom.bigram(inNewsroom[a]!, inNewsroom[b]!) : 0);
  const trigram = (a: number, b: number, c: number) =>
    (fromBundled(a) && fromBundled(b) && fromBundled(c) ? bundled.trigram(a, b, c) : 0) +
    (fromNewsroom(a) && fromNewsroom(b) && fromNewsroom(c) ? newsroom.trigram(inNewsroom[a]!, inNewsroom[b]!, inNewsroom[c]!) : 0);
  const tokens = bundled.tokens + newsroom.tokens;
  return {
    idOf(syllable) {
      const id = bundled.idOf(syllable);
      if (id > 0) return id;
      const own = newsroom.idOf(syllable);
      return own > 0 ? extraIds.get(newsroom.data.vocabulary[own]!)! : 0;
    },
    count,
    bigram,
    trigram,
    logScore: backoffLogScore({ count, bigram, trigram }, tokens, size),
    tokens,
    data: bundled.data,
  };
}
