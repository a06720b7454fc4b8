// Keeping one side of a rewrite puts back letters the merge dropped ("nh" of "nhỏ" → "nhà",
// when the other side deleted the word). Those letters keep the formatting of the word they
// belong to — a bold paragraph stays bold, a linked word stays linked whole — and never carry a
// pending suggestion's mark: they are standing text (inside a pending deletion they join it:
// restoredLettersMarks.test.ts).
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import type { MergeFlag, PackageSender } from '../../../electron/contract/packages';
import { suggestionMarks } from '../../../electron/contract/review';
import { mergeIncoming } from '../../../electron/services/package/mergeIncoming';
import { resolveChoice } from '../../../electron/services/package/resolveChoice';
import { copyOf, editor, firstCopy, reporter, rewriteAsEditor, textAt } from './articleCopies';

const LAN: PackageSender = { name: reporter.name, role: 'reporter' };
const MINH: PackageSender = { name: editor.name, role: 'editor' };
const AT = '2026-11-27T10:00:00.000Z';
const BODY = [2];
const SENTENCE = 'Căn nhà nhỏ nằm ở đầu làng.';
type Op = { insert: string; attributes?: Record<string, unknown> };

/** Lan rewrites "nhỏ" → "nhà" (keeping "nh"), Minh "nhỏ" → "to"; Lan's copy merges Minh's and Lan's side is kept. */
function keepLansWord(format: (base: Y.Doc) => void, lanClient: number, minhClient: number): Op[] {
  const base = firstCopy({ headline: 'Làng ven biển', sapo: 'Người dân chuẩn bị.', body: [SENTENCE, 'Năm nay được mùa.'] }, 1);
  format(base);
  const here = copyOf(base, lanClient);
  const there = copyOf(base, minhClient);
  rewriteAsEditor(here, BODY, 'nhỏ', 'nhà');
  rewriteAsEditor(there, BODY, 'nhỏ', 'to');
  const report = mergeIncoming(
    here,
    { articleId: readArticle(there).meta.id, sender: MINH, sentAt: AT, update: Y.encodeStateAsUpdate(there), stateVector: Y.encodeStateVector(there), doc: there },
    LAN,
    AT,
  ).report;
  const flag = report.flags.find((f): f is Extract<MergeFlag, { kind: 'overlapping-edits' }> => f.kind === 'overlapping-edits')!;
  expect(flag.restoreLocal?.map(([, text]) => text)).toEqual(['nh']);
  expect(resolveChoice(here, { kind: 'overlapping-edits', flagId: flag.id, passage: flag.passage, drop: flag.dropIncoming }, 'test', flag.restoreLocal)).toBe(true);
  const ops = textAt(here, BODY).toDelta() as Op[];
  expect(ops.map((op) => op.insert).join('')).toBe('Căn nhà nhà nằm ở đầu làng.');
  // Standing text only: no suggestion's mark anywhere.
  for (const op of ops) expect(Object.keys(op.attributes ?? {}).filter((k) => k === suggestionMarks.insertion || k === suggestionMarks.deletion)).toEqual([]);
  return ops;
}

describe('letters put back keep the formatting around them', () => {
  for (const [lanClient, minhClient] of [
    [2, 3],
    [3, 2],
  ]) {
    test(`a bold paragraph stays bold, "nh" included (clients ${lanClient}/${minhClient})`, () => {
      const ops = keepLansWord((base) => textAt(base, BODY).format(0, SENTENCE.length, { bold: {} }), lanClient, minhClient);
      expect(ops).toEqual([{ insert: 'Căn nhà nhà nằm ở đầu làng.', attributes: { bold: {} } }]);
    });

    // The link spans "nhà nhỏ": Minh deleting only "nhỏ" leaves the link's ends in the merge. (A
    // link on "nhỏ" alone goes with Minh's deletion of the whole word — Yjs drops a format's ends
    // once nothing is left inside — before any choice.)
    test(`a linked phrase stays linked whole, "nh" included (clients ${lanClient}/${minhClient})`, () => {
      const link = { href: 'https://example.org/nha' };
      const ops = keepLansWord((base) => textAt(base, BODY).format(4, 7, { link }), lanClient, minhClient);
      expect(ops.filter((op) => op.attributes?.link).map((op) => [op.insert, op.attributes!.link])).toEqual([['nhà nhà', link]]);
      expect(ops.filter((op) => !op.attributes?.link).map((op) => op.insert)).toEqual(['Căn ', ' nằm ở đầu làng.']);
    });
  }
});
