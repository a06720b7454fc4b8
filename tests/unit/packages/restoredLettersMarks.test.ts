// Letters put back by a rewrite choice take the marks of the kept side's own letters next to
// them, never of the side being dropped: Minh's link on his "to" does not leak onto Lan's
// "nhỏ"; a bold word kept whole stays bold to its last letter, the plain space after it
// plain. Inside a pending deletion, letters put back between letters of that deletion join
// it, so accepting the deletion removes them too instead of leaving them stranded.
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import type { MergeFlag, PackageSender } from '../../../electron/contract/packages';
import { mergeIncoming } from '../../../electron/services/package/mergeIncoming';
import { resolveChoice } from '../../../electron/services/package/resolveChoice';
import { copyOf, editor, firstCopy, reporter, rewriteAsEditor, textAt } from './articleCopies';

type RewriteFlag = Extract<MergeFlag, { kind: 'overlapping-edits' }>;
type Op = { insert: string; attributes?: Record<string, unknown> };
const LAN: PackageSender = { name: reporter.name, role: 'reporter' };
const MINH: PackageSender = { name: editor.name, role: 'editor' };
const AT = '2026-11-27T10:00:00.000Z';
const ORDERS = [
  ['Lan’s letters first', 2, 3],
  ['Minh’s letters first', 3, 2],
] as const;

/** Lan rewrites `old` → `mine`, Minh → `theirs` (after `before` on his copy); Lan's library merges his copy and keeps her side. */
function keepLan(sentence: string, old: string, mine: string, theirs: string, order: readonly [string, number, number], format: (base: Y.Doc) => void = () => {}, onMinh: (minh: Y.Doc) => void = () => {}): Op[] {
  const base = firstCopy({ headline: 'Làng', sapo: 'Người dân.', body: [sentence, 'Năm nay.'] }, 1);
  format(base);
  const lan = copyOf(base, order[1]);
  const minh = copyOf(base, order[2]);
  rewriteAsEditor(lan, [2], old, mine);
  rewriteAsEditor(minh, [2], old, theirs);
  onMinh(minh);
  const incoming = { articleId: readArticle(minh).meta.id, sender: MINH, sentAt: AT, update: Y.encodeStateAsUpdate(minh), stateVector: Y.encodeStateVector(minh), doc: minh };
  const flags = mergeIncoming(lan, incoming, LAN, AT).report.flags.filter((f): f is RewriteFlag => f.kind === 'overlapping-edits');
  expect(flags).toHaveLength(1);
  const [flag] = flags;
  expect(flag.restoreLocal?.length).toBeGreaterThan(0);
  expect(resolveChoice(lan, { kind: 'overlapping-edits', flagId: flag.id, passage: flag.passage, drop: flag.dropIncoming }, 'test', flag.restoreLocal, flag.at)).toBe(true);
  return textAt(lan, [2]).toDelta() as Op[];
}

describe.each(ORDERS)('%s', (...order) => {
  test.each([
    ['at the end of the paragraph', 'Căn nhà ở đỏ', 'Căn nhà ở nhỏ'],
    ['inside the sentence', 'Căn nhà đỏ nằm', 'Căn nhà nhỏ nằm'],
  ])('the dropped side’s link does not leak onto the kept word (%s)', (_, sentence, kept) => {
    const ops = keepLan(sentence, 'đỏ', 'nhỏ', 'to', order, undefined, (minh) => {
      const run = textAt(minh, [2]);
      run.format(run.toString().indexOf('to'), 2, { link: { href: 'https://example.org/minh' } });
    });
    expect(ops).toEqual([{ insert: kept }]);
  });

  test('a bold word kept whole stays bold to its last letter, the space after it plain', () => {
    const ops = keepLan('Căn nhà đỏ nằm ở đầu làng.', 'đỏ', 'nhỏ', 'to', order, (base) => textAt(base, [2]).format(0, 10, { bold: {} }));
    expect(ops).toEqual([{ insert: 'Căn nhà nhỏ', attributes: { bold: {} } }, { insert: ' nằm ở đầu làng.' }]);
  });

  test('letters put back inside a pending deletion join it: accepting the deletion removes them with their neighbours', () => {
    const deletion = { id: 's1', author: 'Lê Văn Hùng', role: 'editor', at: AT };
    const ops = keepLan('Căn nhà nhỏ nằm ở đầu làng.', 'nhỏ', 'nhà', 'to', order, (base) => textAt(base, [2]).format(4, 7, { deletion }));
    expect(ops).toEqual([{ insert: 'Căn ' }, { insert: 'nhà nhà', attributes: { deletion } }, { insert: ' nằm ở đầu làng.' }]);
  });

  test('a pending formatting suggestion on the kept letters is not copied onto the letters put back (they were never suggested)', () => {
    const modification = { id: 's2', author: 'Lê Văn Hùng', role: 'editor', at: AT };
    const ops = keepLan('Căn nhà nhỏ nằm ở đầu làng.', 'nhỏ', 'nhà', 'to', order, (base) => textAt(base, [2]).format(4, 7, { modification }));
    expect(ops).toEqual([{ insert: 'Căn ' }, { insert: 'nhà ', attributes: { modification } }, { insert: 'nh' }, { insert: 'à', attributes: { modification } }, { insert: ' nằm ở đầu làng.' }]);
  });
});
