// A rewrite choice counts as "made already" (and is not made again) only when the article
// reads exactly as the kept side: the same letters — no spaces folded, no no-break space read
// as a space — with the same marks. Lan linked her "xanh" (or wrote "cao 10 m" with a
// no-break space); Minh wrote the same words plain. Lan keeps Minh's side; Minh, once her
// result came in, keeps Lan's side after all: that is another choice, refused as no longer
// fitting — never answered "done" with Lan's side silently not kept.
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { copyOf, firstCopy, rewriteAsEditor, textAt } from './articleCopies';
import { choose, keep, LAN, MINH, mergedRewrites } from './rewriteChoices';

const LINK = { link: { href: 'https://example.org/x' } };

const delta = (doc: Y.Doc) => JSON.stringify(textAt(doc, [2]).toDelta());

const variants: Array<[string, (lan: Y.Doc, minh: Y.Doc) => void]> = [
  [
    'a linked "xanh" against a plain one',
    (lan, minh) => {
      rewriteAsEditor(lan, [2], 'đỏ', 'xanh');
      textAt(lan, [2]).format(8, 4, LINK);
      rewriteAsEditor(minh, [2], 'đỏ', 'xanh');
    },
  ],
  [
    '"cao 10 m" with a no-break space against an ordinary one',
    (lan, minh) => {
      rewriteAsEditor(lan, [2], 'đỏ', 'cao 10\u00a0m');
      rewriteAsEditor(minh, [2], 'đỏ', 'cao 10 m');
    },
  ],
];

describe.each(variants)('%s', (_, write) => {
  test.each([
    ['Lan’s letters first', 2, 3],
    ['Minh’s letters first', 3, 2],
  ])('%s: Minh keeping Lan’s side after Lan kept his is refused; keeping his own is made already', (__, lanClient, minhClient) => {
    const base = firstCopy({ headline: 'Làng', sapo: 'Người dân.', body: ['Căn nhà đỏ nằm ở đầu làng.', 'Năm nay.'] }, 1);
    const lan = copyOf(base, lanClient);
    const minh = copyOf(base, minhClient);
    write(lan, minh);
    const lanBefore = copyOf(lan, 50);
    const onLan = mergedRewrites(lan, copyOf(minh, 51), MINH, LAN);
    const onMinh = mergedRewrites(minh, lanBefore, LAN, MINH);
    expect(onLan).toHaveLength(1);
    expect(onMinh).toHaveLength(1);
    // Lan keeps Minh's side; her result reaches Minh.
    expect(choose(lan, onLan, keep(onLan[0], 'incoming'))).toBe('done');
    mergedRewrites(minh, copyOf(lan, 52), LAN, MINH);
    const minhReads = delta(minh);
    expect(minhReads).toBe(delta(lan));
    // Keeping Lan's side now is another choice: refused, nothing changed.
    expect(choose(minh, onMinh, keep(onMinh[0], 'incoming'))).toBe('stale');
    expect(delta(minh)).toBe(minhReads);
    // Keeping his own side is what Lan chose: made already, nothing done again.
    const vector = Y.encodeStateVector(minh);
    expect(choose(minh, onMinh, keep(onMinh[0], 'local'))).toBe('done');
    expect(Y.encodeStateVector(minh)).toEqual(vector);
  });

  test('the other way round: Lan keeps her own side, Minh keeping it too is made already, his own refused', () => {
    const base = firstCopy({ headline: 'Làng', sapo: 'Người dân.', body: ['Căn nhà đỏ nằm ở đầu làng.', 'Năm nay.'] }, 1);
    const lan = copyOf(base, 2);
    const minh = copyOf(base, 3);
    write(lan, minh);
    const lanBefore = copyOf(lan, 50);
    const onLan = mergedRewrites(lan, copyOf(minh, 51), MINH, LAN);
    const onMinh = mergedRewrites(minh, lanBefore, LAN, MINH);
    expect(choose(lan, onLan, keep(onLan[0], 'local'))).toBe('done');
    mergedRewrites(minh, copyOf(lan, 52), LAN, MINH);
    const vector = Y.encodeStateVector(minh);
    expect(choose(minh, onMinh, keep(onMinh[0], 'incoming'))).toBe('done');
    expect(Y.encodeStateVector(minh)).toEqual(vector);
    expect(choose(minh, onMinh, keep(onMinh[0], 'local'))).toBe('stale');
  });
});
