// A sync catch-up's report kept on disk by an older Soạn: its rewrite conflicts have ids that
// are unique only in their report ("overlap-1"…), no anchor and no exact reading. Such a report
// still loads and its choices still work — unless another conflict reads just like the one
// chosen (the same passage, the same ranges): then nobody can tell which paragraph the letters
// belong to, and the choice is refused in plain words with the article untouched.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import type { MergeReport } from '../../../electron/contract/packages';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import en from '../../../resources/locales/packages.en.json';
import { EditorDoc, setUpBackend, type TestBackend } from '../services/support';

const HEADLINE = 'Làng ven biển đón Tết';
let lan: TestBackend;
let id = '';

/** An older report listing rewrite conflicts of "àto" ("nhà" here, "to" from the server), one per `paragraphs`. */
function olderReport(paragraphs: string[]): MergeReport {
  return {
    articleId: id,
    headline: HEADLINE,
    sender: { name: 'Trần Văn Minh', role: 'editor' },
    sentAt: '2026-11-27T10:00:00.000Z',
    outcome: 'merged',
    via: 'sync',
    cameIn: { pieces: [], comments: [], suggestions: [], meta: [], workflow: [], media: 0 },
    flags: paragraphs.map((before, i) => ({
      kind: 'overlapping-edits',
      id: `overlap-${i + 1}`,
      piece: 'body',
      passage: 'àto',
      local: before === 'Căn nhà ' ? 'nhà' : 'bà',
      incoming: 'to',
      before,
      after: ' nằm ở đầu làng.',
      dropLocal: [[0, 1]],
      dropIncoming: [[1, 3]],
      restoreLocal: [[0, before === 'Căn nhà ' ? 'nh' : 'b']],
      restoreIncoming: [],
    })),
  };
}
async function keep(report: MergeReport): Promise<void> {
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

test('two conflicts of an older report that read alike: the choice is refused in plain words, nothing changed', async () => {
  await keep(olderReport(['Căn nhà ', 'Bà cụ ']));
  expect((await lan.call('sync:mergeReports', { id })).map((r) => r.flags.length)).toEqual([2]);
  const error = await lan.fail('package:resolve', { id, choice: keepLan });
  expect(error).toEqual({ code: 'package-choice-ambiguous', params: { article: HEADLINE } });
  expect(en.errors['package-choice-ambiguous']).toMatch(/nothing was changed/);
  expect(await body()).toBe('Căn nhà àto nằm ở đầu làng.');
});

test('a lone conflict of an older report is still chosen: its letters put back', async () => {
  await keep(olderReport(['Căn nhà ']));
  await lan.call('package:resolve', { id, choice: keepLan });
  expect(await body()).toBe('Căn nhà nhà nằm ở đầu làng.');
});
