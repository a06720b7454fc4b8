// The services remember the rewrite conflicts of this run's package reports so a choice can be
// checked against them. No cap: a report with hundreds of conflicts keeps every one choosable
// (the dialog shows them all). Memory is let go instead: a conflict once chosen, an article's
// conflicts once the library no longer has it, everything when another library is opened.
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import type { MergeChoice, MergeFlag, MergeReport, PackageSender } from '../../../electron/contract/packages';
import { mergeIncoming } from '../../../electron/services/package/mergeIncoming';
import { KnownRewrites, listedSide } from '../../../electron/services/package/knownRewrites';
import { ARTICLE_ID, copyOf, editor, firstCopy, reporter, rewriteAsEditor } from './articleCopies';

type RewriteFlag = Extract<MergeFlag, { kind: 'overlapping-edits' }>;
type RewriteChoice = Extract<MergeChoice, { kind: 'overlapping-edits' }>;
const MINH: PackageSender = { name: editor.name, role: 'editor' };
const AT = '2026-11-27T10:00:00.000Z';

/** A real report of one article whose one paragraph has `count` rewrite conflicts. */
function reportWith(count: number): MergeReport {
  const words = Array.from({ length: count }, (_, i) => `t${i}x`);
  const base = firstCopy({ headline: 'Làng', sapo: 'Người dân.', body: [words.join(' '), 'Năm nay.'] }, 1);
  const lan = copyOf(base, 2);
  const minh = copyOf(base, 3);
  for (const word of words) {
    rewriteAsEditor(lan, [2], word, word.replace('x', 'a'));
    rewriteAsEditor(minh, [2], word, word.replace('x', 'b'));
  }
  const incoming = { articleId: readArticle(minh).meta.id, sender: MINH, sentAt: AT, update: Y.encodeStateAsUpdate(minh), stateVector: Y.encodeStateVector(minh), doc: minh };
  return mergeIncoming(lan, incoming, { name: reporter.name, role: 'reporter' }, AT).report;
}
const keepLocal = (flag: RewriteFlag): RewriteChoice => ({ kind: 'overlapping-edits', flagId: flag.id, passage: flag.passage, drop: flag.dropIncoming });
const libraryHolding = (...ids: string[]) => ({ has: (id: string) => ids.includes(id) });

test('a report with more than 200 conflicts keeps its first ones choosable', () => {
  const report = reportWith(230);
  const flags = report.flags.filter((f): f is RewriteFlag => f.kind === 'overlapping-edits');
  expect(flags.length).toBeGreaterThan(200);
  const known = new KnownRewrites();
  known.remember(report);
  expect(listedSide(known.flagsOf(ARTICLE_ID), keepLocal(flags[0]))).toMatchObject({ restore: expect.any(Array) });
  expect(listedSide(known.flagsOf(ARTICLE_ID), keepLocal(flags[flags.length - 1]))).toMatchObject({ restore: expect.any(Array) });
}, 60_000);

test('a conflict chosen is let go, and the same side again (not the other) is recognised', () => {
  const report = reportWith(2);
  const [first, second] = report.flags.filter((f): f is RewriteFlag => f.kind === 'overlapping-edits');
  const known = new KnownRewrites();
  known.remember(report);
  known.chose(ARTICLE_ID, keepLocal(first));
  expect(known.flagsOf(ARTICLE_ID).map((f) => f.id)).toEqual([second.id]);
  expect(known.chosenBefore(ARTICLE_ID, keepLocal(first))).toBe('same');
  expect(known.chosenBefore(ARTICLE_ID, { ...keepLocal(first), drop: first.dropLocal })).toBe('other');
  expect(known.chosenBefore(ARTICLE_ID, keepLocal(second))).toBeUndefined();
});

test('an article the library no longer has, or another library, is forgotten', () => {
  const report = reportWith(1);
  const known = new KnownRewrites();
  const held = [ARTICLE_ID];
  const library = { has: (id: string) => held.includes(id) };
  known.prune(library);
  known.remember(report);
  known.prune(library);
  expect(known.flagsOf(ARTICLE_ID)).toHaveLength(1);
  // Moved to the trash: gone from the library, and from memory.
  held.length = 0;
  known.prune(library);
  expect(known.flagsOf(ARTICLE_ID)).toEqual([]);
  // Another library opened: nothing of the first is kept.
  known.remember(report);
  known.prune(libraryHolding(ARTICLE_ID));
  expect(known.flagsOf(ARTICLE_ID)).toEqual([]);
});
