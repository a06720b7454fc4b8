// Two rewrite conflicts in one sentence ("nhỏ" and "đỏ" both rewritten on two machines). Lan
// makes both choices; Minh, once her result came in, makes the same two: each is recognised as
// made already — how the block reads around one conflict does not depend on how the other was
// settled — and nothing is put back twice. Choosing the other side of one is refused.
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import type { MergeChoice, MergeFlag, PackageSender } from '../../../electron/contract/packages';
import { mergeIncoming } from '../../../electron/services/package/mergeIncoming';
import { listedSide } from '../../../electron/services/package/knownRewrites';
import { keepListedSide } from '../../../electron/services/package/resolveChoice';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import { copyOf, editor, firstCopy, reporter, rewriteAsEditor } from './articleCopies';

type RewriteFlag = Extract<MergeFlag, { kind: 'overlapping-edits' }>;
type RewriteChoice = Extract<MergeChoice, { kind: 'overlapping-edits' }>;
const LAN: PackageSender = { name: reporter.name, role: 'reporter' };
const MINH: PackageSender = { name: editor.name, role: 'editor' };
const AT = '2026-11-27T10:00:00.000Z';

function merge(here: Y.Doc, there: Y.Doc, sender: PackageSender, keeper: PackageSender): RewriteFlag[] {
  const incoming = { articleId: readArticle(there).meta.id, sender, sentAt: AT, update: Y.encodeStateAsUpdate(there), stateVector: Y.encodeStateVector(there), doc: there };
  return mergeIncoming(here, incoming, keeper, AT).report.flags.filter((f): f is RewriteFlag => f.kind === 'overlapping-edits');
}
const keep = (flag: RewriteFlag, side: 'local' | 'incoming'): RewriteChoice => ({ kind: 'overlapping-edits', flagId: flag.id, passage: flag.passage, drop: side === 'local' ? flag.dropIncoming : flag.dropLocal });
function choose(doc: Y.Doc, flags: RewriteFlag[], choice: RewriteChoice): string {
  const listed = listedSide(flags, choice);
  return typeof listed === 'string' ? listed : keepListedSide(doc, choice, listed, 'test') ? 'done' : 'stale';
}
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
    const onLan = merge(lan, copyOf(minh, 51), MINH, LAN);
    const onMinh = merge(minh, lanBefore, LAN, MINH);
    expect(onLan).toHaveLength(2);
    expect(onMinh).toHaveLength(2);
    for (const flag of onLan) expect(choose(lan, onLan, keep(flag, 'local'))).toBe('done');
    expect(sentence(lan)).toBe('Căn nhà nhà màu xanh nằm ở đầu làng.');
    merge(minh, copyOf(lan, 52), LAN, MINH);
    const vector = Y.encodeStateVector(minh);
    for (const flag of onMinh) expect(choose(minh, onMinh, keep(flag, 'incoming'))).toBe('done');
    expect(Y.encodeStateVector(minh)).toEqual(vector);
    expect(sentence(minh)).toBe('Căn nhà nhà màu xanh nằm ở đầu làng.');
    for (const flag of onMinh) expect(choose(minh, onMinh, keep(flag, 'local'))).toBe('stale');
    expect(sentence(minh)).toBe('Căn nhà nhà màu xanh nằm ở đầu làng.');
  });
});
