// A rewrite conflict's choice, made through the real services: the window says only which side
// to keep, and the letters put back come from the merge report the services made. Letters sent
// by the window — arbitrary text, offsets inside what is dropped, twice at one place, past the
// passage — are refused in plain words with the article untouched (not a single change). The
// same choice made twice, or made on a second machine once the first one's result came in,
// puts nothing back again.
import { promises as fs } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { simpleDiff } from 'lib0/diff';
import { readArticle } from '../../../electron/contract/article/readArticle';
import type { MergeFlag, PackageOpened } from '../../../electron/contract/packages';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import en from '../../../resources/locales/packages.en.json';
import { EditorDoc, setUpBackend, type TestBackend } from '../services/support';

const LAN = 'Nguyễn Thị Lan';
const MINH = 'Trần Văn Minh';
const SENTENCE = 'Căn nhà nhỏ nằm ở đầu làng.';

let lan: TestBackend;
let minh: TestBackend;
let id = '';
let flag: Extract<MergeFlag, { kind: 'overlapping-edits' }>;
/** The same conflict in Minh's report of Lan's package. */
let minhsFlag: Extract<MergeFlag, { kind: 'overlapping-edits' }>;

async function send(from: TestBackend): Promise<Uint8Array> {
  const sent = await from.call('package:send', { id });
  return new Uint8Array(await fs.readFile(sent.path));
}

/** Rewrites `old` in the first paragraph the editor's way (letters shared at either end kept). */
async function rewrite(backend: TestBackend, old: string, replacement: string): Promise<void> {
  const editor = new EditorDoc((await backend.call('article:open', { id })).state);
  const update = editor.change((fragment) => {
    const run = (fragment.get(2) as Y.XmlElement).toArray().find((c): c is Y.XmlText => c instanceof Y.XmlText)!;
    const was = run.toString();
    const at = was.indexOf(old);
    const { index, remove, insert } = simpleDiff(was, was.slice(0, at) + replacement + was.slice(at + old.length));
    run.delete(index, remove);
    run.insert(index, insert);
  });
  await backend.call('article:update', { id, update });
}

async function stateOf(backend: TestBackend): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await backend.call('article:open', { id })).state);
  return doc;
}
const sentenceOf = (doc: Y.Doc) => storedTexts(readArticle(doc)).find((t) => t.path.join('.') === '2')!.standing.text;
const vectorOf = async (backend: TestBackend) => Array.from(Y.encodeStateVector(await stateOf(backend)));

beforeAll(async () => {
  lan = await setUpBackend({ profileName: LAN });
  minh = await setUpBackend({ profileName: MINH });
  id = (await lan.call('article:create', { headline: 'Làng ven biển đón Tết' })).id;
  const editor = new EditorDoc((await lan.call('article:open', { id })).state);
  await lan.call('article:update', { id, update: editor.type(2, SENTENCE) });
  await minh.call('package:open', { fileName: 'lang.soan', bytes: await send(lan) });
  // Lan keeps "nh" of "nhỏ" writing "nhà"; Minh deletes all of it writing "to".
  await rewrite(lan, 'nhỏ', 'nhà');
  await rewrite(minh, 'nhỏ', 'to');
  const fromLan = await send(lan);
  const fromMinh = await send(minh);
  const opened: PackageOpened = await lan.call('package:open', { fileName: 'lang-minh.soan', bytes: fromMinh });
  flag = opened.report.flags.find((f): f is typeof flag => f.kind === 'overlapping-edits')!;
  const openedByMinh = await minh.call('package:open', { fileName: 'lang-lan.soan', bytes: fromLan });
  minhsFlag = openedByMinh.report.flags.find((f): f is typeof flag => f.kind === 'overlapping-edits')!;
}, 60_000);

describe('letters put back come from the services’ own report', () => {
  test('the report lists the rewrite, Lan’s side exact and its "nh" to put back', () => {
    expect(flag).toMatchObject({ local: 'nhà', incoming: 'to' });
    expect(flag.restoreLocal?.map(([, text]) => text)).toEqual(['nh']);
  });

  const hostile: Array<[string, () => Array<[number, string]>]> = [
    ['arbitrary text', () => [[0, 'tin tặc ']]],
    ['the right letters inside the range being dropped', () => [[flag.dropIncoming[0][0] + 1, 'nh']]],
    ['the right letters twice at one place', () => [...flag.restoreLocal!, ...flag.restoreLocal!]],
    ['the right letters past the passage', () => [[flag.passage.length + 5, 'nh']]],
    ['nothing, where the report puts "nh" back', () => []],
  ];
  test.each(hostile)('letters sent by the window — %s — are refused, the article untouched', async (_, restore) => {
    const before = await vectorOf(lan);
    const error = await lan.fail('package:resolve', { id, choice: { kind: 'overlapping-edits', flagId: flag.id, passage: flag.passage, drop: flag.dropIncoming, restore: restore() } });
    expect(error).toEqual({ code: 'package-choice-unknown', params: { article: 'Làng ven biển đón Tết' } });
    expect(en.errors['package-choice-unknown']).toMatch(/nothing was changed/);
    expect(await vectorOf(lan)).toEqual(before);
  });

  test('a passage no report listed is refused, the article untouched', async () => {
    const before = await vectorOf(lan);
    const error = await lan.fail('package:resolve', { id, choice: { kind: 'overlapping-edits', flagId: flag.id, passage: 'Căn nhà', drop: [[0, 3]] } });
    expect(error.code).toBe('package-choice-unknown');
    expect(await vectorOf(lan)).toEqual(before);
  });

  test('the choice alone (which side) keeps Lan’s "nhà" whole: the report’s "nh" put back', async () => {
    await lan.call('package:resolve', { id, choice: { kind: 'overlapping-edits', flagId: flag.id, passage: flag.passage, drop: flag.dropIncoming } });
    expect(sentenceOf(await stateOf(lan))).toBe('Căn nhà nhà nằm ở đầu làng.');
  });

  test('the same choice made again changes nothing: "nh" is not put back twice', async () => {
    const before = await vectorOf(lan);
    await lan.call('package:resolve', { id, choice: { kind: 'overlapping-edits', flagId: flag.id, passage: flag.passage, drop: flag.dropIncoming } });
    expect(await vectorOf(lan)).toEqual(before);
    expect(sentenceOf(await stateOf(lan))).toBe('Căn nhà nhà nằm ở đầu làng.');
  });

  test('Minh, once Lan’s result came in, making the same choice puts nothing back either', async () => {
    expect(minhsFlag).toMatchObject({ local: 'to', incoming: 'nhà' });
    expect(minhsFlag.restoreIncoming?.map(([, text]) => text)).toEqual(['nh']);
    await minh.call('package:open', { fileName: 'lang-lan-2.soan', bytes: await send(lan) });
    expect(sentenceOf(await stateOf(minh))).toBe('Căn nhà nhà nằm ở đầu làng.');
    const before = await vectorOf(minh);
    await minh.call('package:resolve', { id, choice: { kind: 'overlapping-edits', flagId: minhsFlag.id, passage: minhsFlag.passage, drop: minhsFlag.dropLocal } });
    expect(await vectorOf(minh)).toEqual(before);
    expect(sentenceOf(await stateOf(minh))).toBe('Căn nhà nhà nằm ở đầu làng.');
  });

  test('the other side chosen after all is refused as no longer fitting, nothing changed', async () => {
    const before = await vectorOf(minh);
    const error = await minh.fail('package:resolve', { id, choice: { kind: 'overlapping-edits', flagId: minhsFlag.id, passage: minhsFlag.passage, drop: minhsFlag.dropIncoming } });
    expect(error.code).toBe('package-choice-stale');
    expect(await vectorOf(minh)).toEqual(before);
  });
});
