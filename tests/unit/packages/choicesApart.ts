// For the tests of rewrite choices made apart: two libraries on disk (Lan's and Minh's) with
// the same rewrite conflict in each one's merge report, packages travelling between them, and
// how the paragraph reads.
import { promises as fs } from 'node:fs';
import { expect } from 'vitest';
import * as Y from 'yjs';
import { simpleDiff } from 'lib0/diff';
import { readArticle } from '../../../electron/contract/article/readArticle';
import type { MergeFlag, MergeReport } from '../../../electron/contract/packages';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import { EditorDoc, setUpBackend, type TestBackend } from '../services/support';

export type Rewrite = Extract<MergeFlag, { kind: 'overlapping-edits' }>;
export type Differ = Extract<MergeFlag, { kind: 'rewrite-choices-differ' }>;

export async function send(from: TestBackend, id: string) {
  return new Uint8Array(await fs.readFile((await from.call('package:send', { id })).path));
}
/** An edit in `b`'s editor, written as Yjs client `client` (two edits at one place are ordered by it). */
export async function edit(b: TestBackend, id: string, client: number, f: (run: Y.XmlText) => void) {
  const editor = new EditorDoc((await b.call('article:open', { id })).state);
  editor.doc.clientID = client;
  await b.call('article:update', { id, update: editor.change((fragment) => f((fragment.get(2) as Y.XmlElement).toArray().find((c): c is Y.XmlText => c instanceof Y.XmlText)!)) });
}
export async function sentence(b: TestBackend, id: string) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await b.call('article:open', { id })).state);
  return storedTexts(readArticle(doc)).find((t) => t.path.join('.') === '2')!.standing.text;
}
export const rewriteOf = (report: MergeReport) => report.flags.find((f): f is Rewrite => f.kind === 'overlapping-edits')!;
export const differing = (report: MergeReport) => report.flags.filter((f): f is Differ => f.kind === 'rewrite-choices-differ');

/**
 * "Giá tăng mạnh." on both laptops; Lan rewrites "tăng" as "giảm", Minh types " mạnh" after
 * "tăng"; each opens the other's package and gets the conflict "giảm mạnh".
 */
export async function bothReports() {
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

export const keepOwn = (flag: Rewrite) => ({ kind: 'overlapping-edits' as const, flagId: flag.id, passage: flag.passage, drop: flag.dropIncoming });

