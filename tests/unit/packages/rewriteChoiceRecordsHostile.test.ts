// The records of rewrite choices travel inside the article, so a package may bring damaged or
// hostile ones: each is read through its schema, one that does not fit is left aside and said
// so in plain words, and none ever costs the article a letter — not even one well-formed but
// naming a passage other than the conflict's.
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { REWRITE_CHOICES_MAP, type MergeFlag } from '../../../electron/contract/packages';
import { EditorDoc } from '../services/support';
import { bothReports, differing, keepOwn, send, sentence } from './choicesApart';
import type { TestBackend } from '../services/support';

/** Minh's copy, changed in his editor by `change` on the records map. */
async function writeRecords(minh: TestBackend, id: string, change: (records: Y.Map<unknown>) => void) {
  const editor = new EditorDoc((await minh.call('article:open', { id })).state);
  await minh.call('article:update', { id, update: editor.change((_, doc) => change(doc.getMap(REWRITE_CHOICES_MAP))) });
}

/** Lan keeps "giảm"; Minh gets her result (with her record) before he turns hostile. */
async function lanChose() {
  const s = await bothReports();
  await s.lan.call('package:resolve', { id: s.id, choice: keepOwn(s.lanFlag) });
  await s.minh.call('package:open', { fileName: 'd.soan', bytes: await send(s.lan, s.id) });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await s.minh.call('article:open', { id: s.id })).state);
  const [[lanKey, lanRecord]] = [...doc.getMap<Record<string, unknown>>(REWRITE_CHOICES_MAP).entries()];
  return { ...s, lanKey, lanRecord };
}

test('damaged records from another copy are left aside and said so; the paragraph and this copy\'s own record stay', async () => {
  const { lan, minh, id, lanKey, lanRecord } = await lanChose();
  await writeRecords(minh, id, (records) => {
    records.set('damaged-1', { v: 1, kept: 'all of it', dropped: [[1, 2, 3]] });
    records.set('damaged-2', { ...lanRecord, dropped: [[-1, 0, 4]] });
    records.set('huge-1', { ...lanRecord, reads: { before: '', runs: [['x'.repeat(300_000), {}]], after: '' } });
    records.set('../../etc', { ...lanRecord });
    records.set('not-an-object', 42);
  });
  const report = (await lan.call('package:open', { fileName: 'e.soan', bytes: await send(minh, id) })).report;
  const refused = report.flags.filter((f): f is Extract<MergeFlag, { kind: 'choice-record-refused' }> => f.kind === 'choice-record-refused');
  expect(refused).toHaveLength(1);
  expect(refused[0].count).toBe(5);
  expect(differing(report)).toEqual([]);
  expect(await sentence(lan, id)).toBe('Giá giảm mạnh.');
  const lansCopy = new Y.Doc();
  Y.applyUpdate(lansCopy, (await lan.call('article:open', { id })).state);
  expect(lansCopy.getMap(REWRITE_CHOICES_MAP).get(lanKey)).toEqual(lanRecord);
  // A refused record cannot be chosen: refused in plain words, nothing changed.
  for (const keep of ['damaged-2', 'huge-1']) {
    const answer = await lan.fail('package:resolve', { id, choice: { kind: 'rewrite-choices-differ', keep, other: lanKey } });
    expect(answer.code).toBe('package-choice-unknown');
  }
  expect((await lan.fail('package:resolve', { id, choice: { kind: 'rewrite-choices-differ', keep: '../../etc', other: lanKey } })).code).toBe('invalid-request');
  expect(await sentence(lan, id)).toBe('Giá giảm mạnh.');
  // The next package changes nothing of them: they are not listed again.
  const again = (await lan.call('package:open', { fileName: 'f.soan', bytes: await send(minh, id) })).report;
  expect(again.flags.filter((f) => f.kind === 'choice-record-refused')).toEqual([]);
}, 60_000);

test('a well-formed record that clashes with this copy\'s choice but names the whole paragraph is listed, and never deletes it', async () => {
  const { lan, minh, id, lanKey, lanRecord } = await lanChose();
  await writeRecords(minh, id, (records) => {
    records.set('forged-1', {
      ...lanRecord,
      kept: lanRecord.dropped,
      dropped: lanRecord.kept,
      // Every letter any client 0…2^31 wrote first in the paragraph, and no bounds: the whole block.
      result: [[(lanRecord.left as { client: number }).client, 0, 1000]],
      left: null,
      right: null,
      reads: { before: '', runs: [['Giá tăng vọt.', {}]], after: '' },
      by: 'Ai đó',
    });
  });
  const report = (await lan.call('package:open', { fileName: 'e.soan', bytes: await send(minh, id) })).report;
  const [entry] = differing(report);
  expect(differing(report)).toHaveLength(1);
  // A person sees exactly what the record claims, beside this copy's own choice.
  expect(entry.sides.map((side) => [side.record, side.by, side.text])).toEqual([
    [lanKey, 'Nguyễn Thị Lan', 'giảm'],
    ['forged-1', 'Ai đó', 'Giá tăng vọt.'],
  ]);
  // Choosing either is refused: the two do not name the same passage.
  for (const [keep, other] of [['forged-1', lanKey], [lanKey, 'forged-1']]) {
    expect((await lan.fail('package:resolve', { id, choice: { kind: 'rewrite-choices-differ', keep, other } })).code).toBe('package-choice-stale');
  }
  expect(await sentence(lan, id)).toBe('Giá giảm mạnh.');
}, 60_000);

test('a flood of records, each naming thousands of characters in a few bytes, is bounded: the merge answers, the rest is left aside', async () => {
  const { lan, minh, id, lanRecord } = await lanChose();
  await writeRecords(minh, id, (records) => {
    for (let i = 0; i < 400; i++) records.set(`flood-${i}`, { ...lanRecord, kept: [[9, i * 20_000, 19_000]], dropped: [[8, 0, 500]], result: [] });
  });
  const started = Date.now();
  const report = (await lan.call('package:open', { fileName: 'e.soan', bytes: await send(minh, id) })).report;
  expect(Date.now() - started).toBeLessThan(30_000);
  const refused = report.flags.find((f) => f.kind === 'choice-record-refused');
  expect(refused && refused.kind === 'choice-record-refused' && refused.count).toBeGreaterThan(380);
  expect(differing(report)).toEqual([]);
  expect(await sentence(lan, id)).toBe('Giá giảm mạnh.');
}, 60_000);
