// Older stored sync reports number their rewrite conflicts overlap-1, overlap-2… each: a
// conflict chosen from one report never answers for another report's conflict of that id.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import { EditorDoc, setUpBackend } from '../services/support';
import { KnownRewrites } from '../../../electron/services/package/knownRewrites';

test('a conflict chosen here is remembered by its id and passage: another conflict with the same id is not "chosen already"', () => {
  const known = new KnownRewrites();
  const first = { kind: 'overlapping-edits' as const, flagId: 'overlap-1', passage: 'àto', drop: [[1, 3]] as Array<[number, number]> };
  known.chose('art1', first);
  expect(known.chosenBefore('art1', first)).toBe('same');
  expect(known.chosenBefore('art1', { ...first, drop: [[0, 1]] })).toBe('other');
  expect(known.chosenBefore('art1', { ...first, passage: 'ơxe' })).toBeUndefined();
});

test('two older stored sync reports, each with its own "overlap-1": choosing each keeps its own side, in its own paragraph', async () => {
  const lan = await setUpBackend({ profileName: 'Nguyễn Thị Lan' });
  const id = (await lan.call('article:create', { headline: 'Làng' })).id;
  const e = new EditorDoc((await lan.call('article:open', { id })).state);
  await lan.call('article:update', { id, update: e.type(2, 'Căn nhà àto nằm ở đầu làng.') });
  await lan.call('article:update', { id, update: e.addParagraph('Chiếc ơxe đỗ ở sân.') });
  const report = (passage: string, before: string, after: string, local: string, restore: string, sentAt: string) => ({
    articleId: id, headline: 'Làng', sender: { name: 'Minh', role: 'editor' }, sentAt, outcome: 'merged', via: 'sync',
    cameIn: { pieces: [], comments: [], suggestions: [], meta: [], workflow: [], media: 0 },
    flags: [{ kind: 'overlapping-edits', id: 'overlap-1', piece: 'body', passage, local, incoming: passage.slice(1), before, after,
      dropLocal: [[0, 1]], dropIncoming: [[1, 3]], restoreLocal: [[0, restore]], restoreIncoming: [] }],
  });
  const folder = path.join(lan.libraryPath, '.soan', 'merge-reports');
  await fs.mkdir(folder, { recursive: true });
  await fs.writeFile(path.join(folder, `${id}.json`), JSON.stringify({ reports: [
    report('àto', 'Căn nhà ', ' nằm ở đầu làng.', 'nhà', 'nh', '2026-11-27T10:00:00.000Z'),
    report('ơxe', 'Chiếc ', ' đỗ ở sân.', 'bơ', 'b', '2026-11-27T11:00:00.000Z'),
  ] }));
  const text = async () => { const d = new Y.Doc(); Y.applyUpdate(d, (await lan.call('article:open', { id })).state); return storedTexts(readArticle(d)).filter((t) => t.path[0] >= 2).map((t) => t.standing.text); };
  await lan.call('package:resolve', { id, choice: { kind: 'overlapping-edits', flagId: 'overlap-1', passage: 'àto', drop: [[1, 3]] } });
  // The first report's side: "to" dropped, "nh" put back before the "à" it kept.
  const [first, second] = await text();
  expect(first).toBe('Căn nhà nhà nằm ở đầu làng.');
  expect(second).toBe('Chiếc ơxe đỗ ở sân.');
  await lan.call('package:resolve', { id, choice: { kind: 'overlapping-edits', flagId: 'overlap-1', passage: 'ơxe', drop: [[1, 3]] } });
  expect(await text()).toEqual([first, 'Chiếc bơ đỗ ở sân.']);
}, 60_000);
