// A rewrite choice acts on its conflict's own characters (by Yjs id, recorded in the report):
// made a second time it never drops the letters that now stand where the dropped side was,
// and "made already" is looked for in the conflict's own paragraph only.
import { expect, test } from 'vitest';
import type * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import { copyOf, firstCopy, rewriteAsEditor, textAt, plainOf } from './articleCopies';
import { choose, keep, mergedRewrites, type RewriteFlag } from './rewriteChoices';

const para = (doc: Y.Doc, i: number) => storedTexts(readArticle(doc)).find((t) => t.path.join('.') === String(i))!.standing.text;
const keepLocal = (f: RewriteFlag) => keep(f, 'local');

/** "Giá tăng mạnh.": Lan rewrites "tăng" as "giảm", Minh types " mạnh" after "tăng". */
function priceRise() {
  const base = firstCopy({ headline: 'Giá', sapo: 'S.', body: ['Giá tăng mạnh.'] }, 1);
  const lan = copyOf(base, 2);
  const minh = copyOf(base, 3);
  rewriteAsEditor(lan, [2], 'tăng', 'giảm');
  const run = textAt(minh, [2]);
  run.insert(plainOf(run).indexOf('tăng') + 4, ' mạnh');
  return { lan, flags: mergedRewrites(lan, minh) };
}

test('the same rewrite choice made twice keeps the sentence: the word that now reads like the dropped side is never deleted', () => {
  const { lan, flags } = priceRise();
  expect(para(lan, 2)).toBe('Giá giảm mạnh mạnh.');
  expect(flags).toHaveLength(1);
  expect(flags[0].passage).toBe('giảm mạnh');
  expect(flags[0].passageIds?.reduce((n, [, , count]) => n + count, 0)).toBe('giảm mạnh'.length);
  expect(choose(lan, flags, keepLocal(flags[0]))).toBe('done');
  expect(para(lan, 2)).toBe('Giá giảm mạnh.');
  // A second click, a restart with a stored report, the same choice after the result came in.
  expect(choose(lan, flags, keepLocal(flags[0]))).toBe('done');
  expect(para(lan, 2)).toBe('Giá giảm mạnh.');
});

test('a report whose recorded characters are damaged is refused, the sentence untouched', () => {
  const { lan, flags } = priceRise();
  const damaged = [{ ...flags[0], passageIds: [[1, 2, 999]] as Array<[number, number, number]> }];
  expect(choose(lan, damaged, keepLocal(damaged[0]))).toBe('damaged');
  const negative = [{ ...flags[0], passageIds: [[-1, 0, 9]] as Array<[number, number, number]> }];
  expect(choose(lan, negative, keepLocal(negative[0]))).toBe('damaged');
  expect(para(lan, 2)).toBe('Giá giảm mạnh mạnh.');
});

test('"made already" is looked for in the conflict\'s own paragraph: a caption that reads like another chosen one is not said done', () => {
  const base = firstCopy({ headline: 'Ảnh', sapo: 'S.', body: ['Ảnh: TTXVN', 'Ảnh: TTXVN'] }, 1);
  const lan = copyOf(base, 2);
  const minh = copyOf(base, 3);
  for (const i of [2, 3]) {
    rewriteAsEditor(lan, [i], 'TTXVN', 'Reuters');
    rewriteAsEditor(minh, [i], 'TTXVN', 'AFP');
  }
  const flags = mergedRewrites(lan, minh);
  expect(flags).toHaveLength(2);
  const [first, second] = flags;
  expect(choose(lan, flags, keepLocal(first))).toBe('done');
  expect(para(lan, 2)).toBe('Ảnh: Reuters');
  // A co-editor types a letter inside the second caption's passage.
  const run = textAt(lan, [3]);
  run.insert(plainOf(run).indexOf('AFP'), 'x');
  expect(para(lan, 3)).toBe('Ảnh: ReutersxAFP');
  expect(choose(lan, flags, keepLocal(second))).toBe('stale');
  expect(para(lan, 3)).toBe('Ảnh: ReutersxAFP');
  expect(para(lan, 2)).toBe('Ảnh: Reuters');
});
