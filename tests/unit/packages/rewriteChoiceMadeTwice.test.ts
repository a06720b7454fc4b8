// The same rewrite choice made twice — two quick clicks, or on a second machine once the
// first machine's result came in — is made once: the word Minh typed beside the passage stays.
import { promises as fs } from 'node:fs';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { simpleDiff } from 'lib0/diff';
import { readArticle } from '../../../electron/contract/article/readArticle';
import type { MergeFlag } from '../../../electron/contract/packages';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import { EditorDoc, setUpBackend, type TestBackend } from '../services/support';

let id = '';
async function send(from: TestBackend) { return new Uint8Array(await fs.readFile((await from.call('package:send', { id })).path)); }
async function edit(b: TestBackend, f: (run: Y.XmlText) => void) {
  const editor = new EditorDoc((await b.call('article:open', { id })).state);
  await b.call('article:update', { id, update: editor.change((fragment) => f((fragment.get(2) as Y.XmlElement).toArray().find((c): c is Y.XmlText => c instanceof Y.XmlText)!)) });
}
async function sentence(b: TestBackend) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await b.call('article:open', { id })).state);
  return storedTexts(readArticle(doc)).find((t) => t.path.join('.') === '2')!.standing.text;
}

test('two quick clicks on one rewrite choice through package:resolve keep the word next to the passage', async () => {
  const lan = await setUpBackend({ profileName: 'Nguyễn Thị Lan' });
  const minh = await setUpBackend({ profileName: 'Trần Văn Minh' });
  id = (await lan.call('article:create', { headline: 'Giá xăng' })).id;
  const e = new EditorDoc((await lan.call('article:open', { id })).state);
  await lan.call('article:update', { id, update: e.type(2, 'Giá tăng mạnh.') });
  await minh.call('package:open', { fileName: 'a.soan', bytes: await send(lan) });
  await edit(lan, (run) => {
    const was = run.toString();
    const { index, remove, insert } = simpleDiff(was, was.replace('tăng', 'giảm'));
    run.delete(index, remove);
    run.insert(index, insert);
  });
  await edit(minh, (run) => run.insert(run.toString().indexOf('tăng') + 4, ' mạnh'));
  const fromMinh = await send(minh);
  const opened = await lan.call('package:open', { fileName: 'b.soan', bytes: fromMinh });
  const flag = opened.report.flags.find((f): f is Extract<MergeFlag, { kind: 'overlapping-edits' }> => f.kind === 'overlapping-edits')!;
  const choice = { kind: 'overlapping-edits' as const, flagId: flag.id, passage: flag.passage, drop: flag.dropIncoming };
  const results = await Promise.all([lan.backend.dispatch('package:resolve', { id, choice }), lan.backend.dispatch('package:resolve', { id, choice })]);
  expect(results.map((r) => 'ok' in r && r.ok)).toEqual([true, true]);
  expect(await sentence(lan)).toBe('Giá giảm mạnh.');
}, 60_000);

test('the same rewrite choice made on the second machine after the first machine\'s result came in changes nothing', async () => {
  const lan = await setUpBackend({ profileName: 'Nguyễn Thị Lan' });
  const minh = await setUpBackend({ profileName: 'Trần Văn Minh' });
  id = (await lan.call('article:create', { headline: 'Giá xăng' })).id;
  const e = new EditorDoc((await lan.call('article:open', { id })).state);
  await lan.call('article:update', { id, update: e.type(2, 'Giá tăng mạnh.') });
  await minh.call('package:open', { fileName: 'a.soan', bytes: await send(lan) });
  await edit(lan, (run) => {
    const was = run.toString();
    const { index, remove, insert } = simpleDiff(was, was.replace('tăng', 'giảm'));
    run.delete(index, remove);
    run.insert(index, insert);
  });
  await edit(minh, (run) => run.insert(run.toString().indexOf('tăng') + 4, ' mạnh'));
  const fromLan = await send(lan);
  const fromMinh = await send(minh);
  type F = Extract<MergeFlag, { kind: 'overlapping-edits' }>;
  const flag = (await lan.call('package:open', { fileName: 'b.soan', bytes: fromMinh })).report.flags.find((f): f is F => f.kind === 'overlapping-edits')!;
  const minhsFlag = (await minh.call('package:open', { fileName: 'c.soan', bytes: fromLan })).report.flags.find((f): f is F => f.kind === 'overlapping-edits')!;
  await lan.call('package:resolve', { id, choice: { kind: 'overlapping-edits', flagId: flag.id, passage: flag.passage, drop: flag.dropIncoming } });
  expect(await sentence(lan)).toBe('Giá giảm mạnh.');
  await minh.call('package:open', { fileName: 'd.soan', bytes: await send(lan) });
  expect(await sentence(minh)).toBe('Giá giảm mạnh.');
  await minh.call('package:resolve', { id, choice: { kind: 'overlapping-edits', flagId: minhsFlag.id, passage: minhsFlag.passage, drop: minhsFlag.dropLocal } });
  expect(await sentence(minh)).toBe('Giá giảm mạnh.');
}, 60_000);
