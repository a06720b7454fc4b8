// Several rewrite conflicts in one paragraph that read alike — a credit line whose every
// "TTXVN" one side made "Reuters" and the other "AFP". Settling one must not make the next
// look settled: each choice is made on its own conflict's characters, and the paragraph ends
// reading exactly as chosen, never "ReutersAFP" answered "done".
import { describe, expect, test } from 'vitest';
import type * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import { copyOf, firstCopy, plainOf, textAt } from './articleCopies';
import { choose, keep, mergedRewrites } from './rewriteChoices';

const bodyText = (doc: Y.Doc) => storedTexts(readArticle(doc)).find((t) => t.path.join('.') === '2')!.standing.text;

/** Every `old` in the body replaced by `next`, whole word selected and retyped. */
function rewriteAll(doc: Y.Doc, old: string, next: string): void {
  const run = textAt(doc, [2]);
  for (let i = plainOf(run).indexOf(old); i >= 0; i = plainOf(run).indexOf(old)) {
    run.delete(i, old.length);
    run.insert(i, next);
  }
}

function diverged(body: string): { lan: Y.Doc; minh: Y.Doc } {
  const base = firstCopy({ headline: 'Tin ảnh', sapo: 'Ảnh trong ngày.', body: [body] }, 1);
  const lan = copyOf(base, 2);
  const minh = copyOf(base, 3);
  rewriteAll(lan, 'TTXVN', 'Reuters');
  rewriteAll(minh, 'TTXVN', 'AFP');
  return { lan, minh };
}

describe('look-alike rewrite conflicts in one paragraph', () => {
  test('a credit line chosen top to bottom ends as chosen, each choice made on its own conflict', () => {
    const { lan, minh } = diverged('Ảnh: TTXVN – Ảnh: TTXVN – Ảnh: TTXVN – Ảnh: TTXVN');
    const flags = mergedRewrites(lan, minh);
    expect(flags).toHaveLength(4);
    expect(flags.map((f) => choose(lan, flags, keep(f, 'incoming')))).toEqual(['done', 'done', 'done', 'done']);
    expect(bodyText(lan)).toBe('Ảnh: AFP – Ảnh: AFP – Ảnh: AFP – Ảnh: AFP');
  });

  test('the second of two alike conflicts is made, not taken for the first', () => {
    const { lan, minh } = diverged('x a TTXVN a TTXVN a');
    const flags = mergedRewrites(lan, minh);
    expect(flags).toHaveLength(2);
    expect(choose(lan, flags, keep(flags[0]!, 'local'))).toBe('done');
    expect(choose(lan, flags, keep(flags[1]!, 'local'))).toBe('done');
    expect(bodyText(lan)).toBe('x a Reuters a Reuters a');
    // The same choices again change nothing.
    expect(flags.map((f) => choose(lan, flags, keep(f, 'local')))).toEqual(['done', 'done']);
    expect(bodyText(lan)).toBe('x a Reuters a Reuters a');
  });
});
