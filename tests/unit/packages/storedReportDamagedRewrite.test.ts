// A stored sync report read back from disk: what a rewrite choice acts on (the letters to put
// back, the exact readings, the recorded characters) is checked when read. A damaged value
// leaves the report showing, but that conflict's choice is refused in plain words — never an
// internal error, never text inserted from the damaged value — and the article is untouched.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import en from '../../../resources/locales/packages.en.json';
import vi from '../../../resources/locales/packages.vi.json';
import { EditorDoc, setUpBackend, type TestBackend } from '../services/support';

const HEADLINE = 'Làng ven biển';
let lan: TestBackend;
let id = '';

/** A report of one conflict "àto" ("nhà" here, "to" from the server), with `damage` written over its fields. */
async function keepReport(damage: Record<string, unknown>): Promise<void> {
  const flag = {
    kind: 'overlapping-edits', id: 'overlap-1', piece: 'body', passage: 'àto', local: 'nhà', incoming: 'to', before: 'Căn nhà ', after: ' nằm ở đầu làng.',
    dropLocal: [[0, 1]], dropIncoming: [[1, 3]], restoreLocal: [[0, 'nh']], restoreIncoming: [], ...damage,
  };
  const report = {
    articleId: id, headline: HEADLINE, sender: { name: 'Trần Văn Minh', role: 'editor' }, sentAt: '2026-11-27T10:00:00.000Z', outcome: 'merged', via: 'sync',
    cameIn: { pieces: [], comments: [], suggestions: [], meta: [], workflow: [], media: 0 }, flags: [flag],
  };
  const folder = path.join(lan.libraryPath, '.soan', 'merge-reports');
  await fs.mkdir(folder, { recursive: true });
  await fs.writeFile(path.join(folder, `${id}.json`), JSON.stringify({ reports: [report] }));
}
async function body(): Promise<string> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await lan.call('article:open', { id })).state);
  return storedTexts(readArticle(doc)).find((t) => t.path.join('.') === '2')!.standing.text;
}
const keepLan = { kind: 'overlapping-edits' as const, flagId: 'overlap-1', passage: 'àto', drop: [[1, 3]] as Array<[number, number]> };

beforeAll(async () => {
  lan = await setUpBackend({ profileName: 'Nguyễn Thị Lan' });
  id = (await lan.call('article:create', { headline: HEADLINE })).id;
  const editor = new EditorDoc((await lan.call('article:open', { id })).state);
  await lan.call('article:update', { id, update: editor.type(2, 'Căn nhà àto nằm ở đầu làng.') });
}, 60_000);

const damages: Array<[string, Record<string, unknown>]> = [
  ['letters to put back that are not a list', { restoreLocal: 'nh' }],
  ['letters to put back that are a number', { restoreLocal: [[0, 5]] }],
  ['a negative place for letters put back', { restoreLocal: [[-1, 'nh']] }],
  ['an exact reading without its words', { keptLocal: { before: 'Căn nhà ', runs: 'nhà' } }],
  ['recorded characters that are not numbers', { passageIds: [['a', 0, 3]] }],
  ['recorded characters of another length', { passageIds: [[5, 0, 9]] }],
];

for (const [what, damage] of damages) {
  test(`a stored report with ${what}: still listed, its choice refused in plain words, nothing changed`, async () => {
    await keepReport(damage);
    expect((await lan.call('sync:mergeReports', { id })).map((r) => r.flags.length)).toEqual([1]);
    const error = await lan.fail('package:resolve', { id, choice: keepLan });
    expect(error).toEqual({ code: 'package-choice-damaged', params: { article: HEADLINE } });
    expect(await body()).toBe('Căn nhà àto nằm ở đầu làng.');
  });
}

test('the refusal says nothing was changed, in both languages', () => {
  expect(en.errors['package-choice-damaged']).toMatch(/nothing was changed/);
  expect(vi.errors['package-choice-damaged']).toMatch(/không bị thay đổi/);
});

test('the same report undamaged is chosen: its letters put back', async () => {
  await keepReport({});
  await lan.call('package:resolve', { id, choice: keepLan });
  expect(await body()).toBe('Căn nhà nhà nằm ở đầu làng.');
});
