// Two machines that each receive the merge report of one rewrite conflict and each keep a
// different side before they meet again (the reviewer's case): each choice drops the other
// side's letters, so once the results meet the passage holds neither. The next merge report
// lists it, with both sides readable, and choosing one puts it back — through the real
// services on disk, two libraries and packages travelling between them.
import { promises as fs } from 'node:fs';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { simpleDiff } from 'lib0/diff';
import { readArticle } from '../../../electron/contract/article/readArticle';
import type { MergeFlag, MergeReport } from '../../../electron/contract/packages';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import { EditorDoc, setUpBackend, type TestBackend } from '../services/support';

type Rewrite = Extract<MergeFlag, { kind: 'overlapping-edits' }>;
type Differ = Extract<MergeFlag, { kind: 'rewrite-choices-differ' }>;

async function send(from: TestBackend, id: string) {
  return new Uint8Array(await fs.readFile((await from.call('package:send', { id })).path));
}
/** An edit in `b`'s editor, written as Yjs client `client` (two edits at one place are ordered by it). */
async function edit(b: TestBackend, id: string, client: number, f: (run: Y.XmlText) => void) {
  const editor = new EditorDoc((await b.call('article:open', { id })).state);
  editor.doc.clientID = client;
  await b.call('article:update', { id, update: editor.change((fragment) => f((fragment.get(2) as Y.XmlElement).toArray().find((c): c is Y.XmlText => c instanceof Y.XmlText)!)) });
}
async function sentence(b: TestBackend, id: string) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await b.call('article:open', { id })).state);
  return storedTexts(readArticle(doc)).find((t) => t.path.join('.') === '2')!.standing.text;
}
const rewriteOf = (report: MergeReport) => report.flags.find((f): f is Rewrite => f.kind === 'overlapping-edits')!;
const differing = (report: MergeReport) => report.flags.filter((f): f is Differ => f.kind === 'rewrite-choices-differ');

/**
 * "Giá tăng mạnh." on both laptops; Lan rewrites "tăng" as "giảm", Minh types " mạnh" after
 * "tăng"; each opens the other's package and gets the conflict "giảm mạnh".
 */
async function bothReports() {
  const lan = await setUpBackend({ profileName: 'Nguyễn Thị Lan' });
  const minh = await setUpBackend({ profileName: 'Trần Văn Minh' });
  const id = (await lan.call('article:create', { headline: 'Giá xăng' })).id;
  const e = new EditorDoc((await lan.call('article:open', { id })).state);
  await lan.call('article:update', { id, update: e.type(2, 'Giá tăng mạnh.') });
  await minh.call('package:open', { fileName: 'a.soan', bytes: await send(lan, id) });
  await edit(lan, id, 1001, (run) => {
    const was = run.toString();
    const { index, remove, insert } = simpleDiff(was, was.replace('tăng', 'giảm'));
    run.delete(index, remove);
    run.insert(index, insert);
  });
  await edit(minh, id, 2002, (run) => run.insert(run.toString().indexOf('tăng') + 4, ' mạnh'));
  const fromLan = await send(lan, id);
  const fromMinh = await send(minh, id);
  const lanFlag = rewriteOf((await lan.call('package:open', { fileName: 'b.soan', bytes: fromMinh })).report);
  const minhFlag = rewriteOf((await minh.call('package:open', { fileName: 'c.soan', bytes: fromLan })).report);
  expect(await sentence(lan, id)).toBe('Giá giảm mạnh mạnh.');
  expect(await sentence(minh, id)).toBe('Giá giảm mạnh mạnh.');
  return { lan, minh, id, lanFlag, minhFlag };
}

const keepOwn = (flag: Rewrite) => ({ kind: 'overlapping-edits' as const, flagId: flag.id, passage: flag.passage, drop: flag.dropIncoming });

/** Lan keeps "giảm", Minh keeps his "tăng mạnh", before they meet: then Lan opens Minh's result. */
async function choseApart() {
  const s = await bothReports();
  await s.lan.call('package:resolve', { id: s.id, choice: keepOwn(s.lanFlag) });
  await s.minh.call('package:resolve', { id: s.id, choice: keepOwn(s.minhFlag) });
  expect(await sentence(s.lan, s.id)).toBe('Giá giảm mạnh.');
  expect(await sentence(s.minh, s.id)).toBe('Giá tăng mạnh mạnh.');
  const met = (await s.lan.call('package:open', { fileName: 'd.soan', bytes: await send(s.minh, s.id) })).report;
  return { ...s, met };
}

test('opposite choices made on two machines before they meet are listed in the next report, both sides readable', async () => {
  const { lan, id, met } = await choseApart();
  // Both choices dropped the other's letters: the passage holds neither side whole…
  expect(await sentence(lan, id)).toBe('Giá tăng mạnh.');
  // …and the report says so, with each side as its choice left it.
  const [entry] = differing(met);
  expect(differing(met)).toHaveLength(1);
  expect(entry.piece).toBe('body');
  expect(entry.now).toBe('tăng');
  expect(entry.sides.map((side) => [side.by, side.before, side.text, side.after])).toEqual([
    ['Nguyễn Thị Lan', 'Giá ', 'giảm', ' mạnh.'],
    ['Trần Văn Minh', 'Giá ', 'tăng mạnh', ' mạnh.'],
  ]);
}, 60_000);

test('choosing Lan\'s side of the new entry puts "giảm" back, and Minh, receiving it, sees nothing more to choose', async () => {
  const { lan, minh, id, met } = await choseApart();
  const [entry] = differing(met);
  await lan.call('package:resolve', { id, choice: { kind: 'rewrite-choices-differ', keep: entry.sides[0].record, other: entry.sides[1].record } });
  expect(await sentence(lan, id)).toBe('Giá giảm mạnh.');
  // Settled: the same choice again changes nothing and is refused in plain words.
  const again = await lan.fail('package:resolve', { id, choice: { kind: 'rewrite-choices-differ', keep: entry.sides[0].record, other: entry.sides[1].record } });
  expect(again.code).toBe('package-choice-stale');
  const back = (await minh.call('package:open', { fileName: 'e.soan', bytes: await send(lan, id) })).report;
  expect(differing(back)).toEqual([]);
  expect(await sentence(minh, id)).toBe('Giá giảm mạnh.');
}, 60_000);

test('choosing Minh\'s side of the new entry puts "tăng mạnh" back on either machine', async () => {
  const { lan, minh, id, met } = await choseApart();
  const [entry] = differing(met);
  await lan.call('package:resolve', { id, choice: { kind: 'rewrite-choices-differ', keep: entry.sides[1].record, other: entry.sides[0].record } });
  expect(await sentence(lan, id)).toBe('Giá tăng mạnh mạnh.');
  // Minh gets the same entry from Lan's first result and may answer it himself.
  const s = await choseApart();
  const minhsReport = (await s.minh.call('package:open', { fileName: 'f.soan', bytes: await send(s.lan, s.id) })).report;
  const [his] = differing(minhsReport);
  expect(his.sides.map((side) => side.text)).toEqual(['tăng mạnh', 'giảm']);
  await s.minh.call('package:resolve', { id: s.id, choice: { kind: 'rewrite-choices-differ', keep: his.sides[0].record, other: his.sides[1].record } });
  expect(await sentence(s.minh, s.id)).toBe('Giá tăng mạnh mạnh.');
  // And Lan, receiving Minh's answer, has it too, with nothing left to choose.
  const back = (await s.lan.call('package:open', { fileName: 'g.soan', bytes: await send(s.minh, s.id) })).report;
  expect(differing(back)).toEqual([]);
  expect(await sentence(s.lan, s.id)).toBe('Giá tăng mạnh mạnh.');
  expect(await sentence(minh, id)).toBe('Giá tăng mạnh mạnh.');
}, 120_000);

test('choices made one after the other list nothing new: the second machine had the first one\'s result', async () => {
  const { lan, minh, id, lanFlag, minhFlag } = await bothReports();
  await lan.call('package:resolve', { id, choice: keepOwn(lanFlag) });
  const toMinh = (await minh.call('package:open', { fileName: 'd.soan', bytes: await send(lan, id) })).report;
  expect(differing(toMinh)).toEqual([]);
  expect(await sentence(minh, id)).toBe('Giá giảm mạnh.');
  // The other side can no longer be chosen there: its letters are gone (refused, as before).
  expect((await minh.fail('package:resolve', { id, choice: keepOwn(minhFlag) })).code).toBe('package-choice-stale');
  const toLan = (await lan.call('package:open', { fileName: 'e.soan', bytes: await send(minh, id) })).report;
  expect(differing(toLan)).toEqual([]);
  expect(await sentence(lan, id)).toBe('Giá giảm mạnh.');
}, 60_000);

test('the same side kept on both machines before they meet lists nothing new', async () => {
  const { lan, minh, id, lanFlag, minhFlag } = await bothReports();
  await lan.call('package:resolve', { id, choice: keepOwn(lanFlag) });
  await minh.call('package:resolve', { id, choice: { kind: 'overlapping-edits', flagId: minhFlag.id, passage: minhFlag.passage, drop: minhFlag.dropLocal } });
  expect(await sentence(minh, id)).toBe('Giá giảm mạnh.');
  const met = (await lan.call('package:open', { fileName: 'd.soan', bytes: await send(minh, id) })).report;
  expect(met.flags.filter((f) => f.kind === 'rewrite-choices-differ' || f.kind === 'choice-record-refused')).toEqual([]);
  expect(await sentence(lan, id)).toBe('Giá giảm mạnh.');
}, 60_000);
