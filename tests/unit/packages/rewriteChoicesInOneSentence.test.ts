// Two rewrite conflicts in one sentence ("nhỏ" and "đỏ" both rewritten on two machines). Lan
// makes both choices; Minh, once her result came in, makes the same two: each is recognised as
// made already — how the block reads around one conflict does not depend on how the other was
// settled — and nothing is put back twice. Choosing the other side of one is refused.
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import { copyOf, firstCopy, rewriteAsEditor } from './articleCopies';
import { choose, keep, LAN, MINH, mergedRewrites } from './rewriteChoices';

const sentence = (doc: Y.Doc) => storedTexts(readArticle(doc)).find((t) => t.path.join('.') === '2')!.standing.text;

describe.each([
  ['Lan’s letters first', 2, 3],
  ['Minh’s letters first', 3, 2],
])('%s', (_, lanClient, minhClient) => {
  test('Minh making Lan’s two choices after her result came in: both made already, nothing put back twice', () => {
    const base = firstCopy({ headline: 'Làng', sapo: 'Người dân.', body: ['Căn nhà nhỏ màu đỏ nằm ở đầu làng.', 'Năm nay.'] }, 1);
    const lan = copyOf(base, lanClient);
    const minh = copyOf(base, minhClient);
    rewriteAsEditor(lan, [2], 'nhỏ', 'nhà');
    rewriteAsEditor(minh, [2], 'nhỏ', 'to');
    rewriteAsEditor(lan, [2], 'đỏ', 'xanh');
    rewriteAsEditor(minh, [2], 'đỏ', 'vàng');
    const lanBefore = copyOf(lan, 50);
    const onLan = mergedRewrites(lan, copyOf(minh, 51), MINH, LAN);
    const onMinh = mergedRewrites(minh, lanBefore, LAN, MINH);
    expect(onLan).toHaveLength(2);
    expect(onMinh).toHaveLength(2);
    for (const flag of onLan) expect(choose(lan, onLan, keep(flag, 'local'))).toBe('done');
    expect(sentence(lan)).toBe('Căn nhà nhà màu xanh nằm ở đầu làng.');
    mergedRewrites(minh, copyOf(lan, 52), LAN, MINH);
    const vector = Y.encodeStateVector(minh);
    for (const flag of onMinh) expect(choose(minh, onMinh, keep(flag, 'incoming'))).toBe('done');
    expect(Y.encodeStateVector(minh)).toEqual(vector);
    expect(sentence(minh)).toBe('Căn nhà nhà màu xanh nằm ở đầu làng.');
    for (const flag of onMinh) expect(choose(minh, onMinh, keep(flag, 'local'))).toBe('stale');
    expect(sentence(minh)).toBe('Căn nhà nhà màu xanh nằm ở đầu làng.');
  });
});
