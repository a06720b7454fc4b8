// The same rewrite chosen apart, meeting through the sync server instead of a package: the
// report a catch-up makes (syncMergeReport, as CaughtUpMerges calls it with what the server
// sent) lists the two choices too, and choosing one puts it back.
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import type { MergeFlag } from '../../../electron/contract/packages';
import { keepChosenRecord } from '../../../electron/services/package/keepChosenRecord';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import { syncMergeReport } from '../../../electron/services/sync/syncMergeReport';
import { copyOf, firstCopy, plainOf, rewriteAsEditor, textAt } from './articleCopies';
import { LAN, choose, keep, mergedRewrites } from './rewriteChoices';

type Differ = Extract<MergeFlag, { kind: 'rewrite-choices-differ' }>;
const para = (doc: Y.Doc) => storedTexts(readArticle(doc)).find((t) => t.path.join('.') === '2')!.standing.text;
const mayWrite = { text: true, move: () => true };

/** Both laptops with the conflict "giảm mạnh" in their reports (each merged the other's copy). */
function bothReports() {
  const base = firstCopy({ headline: 'Giá', sapo: 'S.', body: ['Giá tăng mạnh.'] }, 1);
  const lan = copyOf(base, 2);
  const minh = copyOf(base, 3);
  rewriteAsEditor(lan, [2], 'tăng', 'giảm');
  const run = textAt(minh, [2]);
  run.insert(plainOf(run).indexOf('tăng') + 4, ' mạnh');
  const lanAlone = copyOf(lan, 2);
  const lanFlags = mergedRewrites(lan, copyOf(minh, 3));
  const minhFlags = mergedRewrites(minh, lanAlone);
  expect(para(lan)).toBe('Giá giảm mạnh mạnh.');
  expect(para(minh)).toBe('Giá giảm mạnh mạnh.');
  return { lan, minh, lanFlag: lanFlags[0], minhFlag: minhFlags[0], lanFlags, minhFlags };
}

/** A copy catches up with the server, which holds another's: the report of that catch-up. */
function catchUpReport(here: Y.Doc, server: Y.Doc) {
  const before = Y.encodeStateAsUpdate(here);
  const incoming = Y.encodeStateAsUpdate(server, Y.encodeStateVector(here));
  Y.applyUpdate(here, incoming);
  return syncMergeReport({ id: readArticle(here).meta.id, before, doc: here, incoming, serverVector: Y.encodeStateVector(server) }, LAN, '2026-11-27T11:00:00.000Z', mayWrite);
}
const catchUp = (here: Y.Doc, server: Y.Doc) => catchUpReport(here, server).flags.filter((f): f is Differ => f.kind === 'rewrite-choices-differ');

test('opposite choices meeting through the server are listed by the catch-up, and either side can be put back', () => {
  const { lan, minh, lanFlag, lanFlags, minhFlag, minhFlags } = bothReports();
  expect(choose(lan, lanFlags, keep(lanFlag, 'local'))).toBe('done');
  expect(choose(minh, minhFlags, keep(minhFlag, 'local'))).toBe('done');
  const minhAlone = copyOf(minh, 3);
  const entries = catchUp(lan, minh);
  expect(para(lan)).toBe('Giá tăng mạnh.');
  expect(entries).toHaveLength(1);
  expect(entries[0].sides.map((side) => side.text)).toEqual(['giảm', 'tăng mạnh']);
  expect(keepChosenRecord(lan, entries[0].sides[0].record, entries[0].sides[1].record, 'test')).toBe('done');
  expect(para(lan)).toBe('Giá giảm mạnh.');
  // Minh's copy catches up with Lan's answer: nothing left to choose, the same words.
  const back = catchUp(minhAlone, lan);
  expect(back).toEqual([]);
  expect(para(minhAlone)).toBe('Giá giảm mạnh.');
});

test('through the server, choices made one after the other, or the same side on both, list nothing', () => {
  const one = bothReports();
  expect(choose(one.lan, one.lanFlags, keep(one.lanFlag, 'local'))).toBe('done');
  expect(catchUp(one.minh, one.lan)).toEqual([]);
  expect(para(one.minh)).toBe('Giá giảm mạnh.');
  expect(choose(one.minh, one.minhFlags, keep(one.minhFlag, 'local'))).toBe('stale');
  expect(catchUp(one.lan, one.minh)).toEqual([]);

  const two = bothReports();
  expect(choose(two.lan, two.lanFlags, keep(two.lanFlag, 'local'))).toBe('done');
  expect(choose(two.minh, two.minhFlags, keep(two.minhFlag, 'incoming'))).toBe('done');
  expect(catchUp(two.lan, two.minh)).toEqual([]);
  expect(para(two.lan)).toBe('Giá giảm mạnh.');
});

test('the two choices settled differently on both machines at once: both sides stand, and the next report lists them as a rewrite', () => {
  const { lan, minh, lanFlag, lanFlags, minhFlag, minhFlags } = bothReports();
  expect(choose(lan, lanFlags, keep(lanFlag, 'local'))).toBe('done');
  expect(choose(minh, minhFlags, keep(minhFlag, 'local'))).toBe('done');
  const lanAlone = copyOf(lan, 2);
  const [hers] = catchUp(lan, copyOf(minh, 3));
  const [his] = catchUp(minh, lanAlone);
  expect(keepChosenRecord(lan, hers.sides[0].record, hers.sides[1].record, 'test')).toBe('done');
  expect(keepChosenRecord(minh, his.sides[0].record, his.sides[1].record, 'test')).toBe('done');
  expect(para(lan)).toBe('Giá giảm mạnh.');
  expect(para(minh)).toBe('Giá tăng mạnh mạnh.');
  const met = catchUpReport(lan, minh);
  // Nobody's words are gone: both put-back sides stand, and a person is asked again.
  expect(para(lan)).toMatch(/giảm/);
  expect(para(lan)).toMatch(/tăng mạnh/);
  const rewrites = met.flags.filter((f) => f.kind === 'overlapping-edits');
  expect(rewrites).toHaveLength(1);
  expect(rewrites.map((f) => f.kind === 'overlapping-edits' && [f.local, f.incoming])).toEqual([['giảm', 'tăng mạnh']]);
});

test('a choice made from an older report (its characters not recorded) is remembered too: made apart from the opposite one, it is listed', () => {
  const { lan, minh, lanFlag, minhFlag, minhFlags } = bothReports();
  // As a report kept by an older Soạn reads: no characters, no exact readings.
  const { passageIds: _ids, keptLocal: _kl, keptIncoming: _ki, ...older } = lanFlag;
  expect(choose(lan, [older], keep(older, 'local'))).toBe('done');
  expect(choose(minh, minhFlags, keep(minhFlag, 'local'))).toBe('done');
  const entries = catchUp(lan, minh);
  expect(entries.map((entry) => entry.sides.map((side) => side.text))).toEqual([['giảm', 'tăng mạnh']]);
  expect(keepChosenRecord(lan, entries[0].sides[1].record, entries[0].sides[0].record, 'test')).toBe('done');
  expect(para(lan)).toBe('Giá tăng mạnh mạnh.');
});
