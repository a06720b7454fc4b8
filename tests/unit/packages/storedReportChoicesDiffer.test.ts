// A stored sync report read back from disk with an entry of two rewrite choices made apart:
// shown only when every part a person reads is there — a damaged entry is left out of the list
// (the article and its records are untouched; the choice is made from those, never the file).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { setUpBackend, type TestBackend } from '../services/support';

let lan: TestBackend;
let id = '';

const side = (record: string, text: string) => ({ record, by: 'Nguyễn Thị Lan', at: '2026-11-27T10:00:00.000Z', before: 'Giá ', text, after: ' mạnh.' });
const intact = { kind: 'rewrite-choices-differ', id: 'differ-1', piece: 'body', now: 'tăng', sides: [side('a-1', 'giảm'), side('b-2', 'tăng mạnh')] };

async function keepReport(flags: unknown[]): Promise<void> {
  const report = {
    articleId: id, headline: 'Giá xăng', sender: { name: 'Trần Văn Minh', role: 'editor' }, sentAt: '2026-11-27T10:00:00.000Z', outcome: 'merged', via: 'sync',
    cameIn: { pieces: [], comments: [], suggestions: [], meta: [], workflow: [], media: 0 }, flags,
  };
  const folder = path.join(lan.libraryPath, '.soan', 'merge-reports');
  await fs.mkdir(folder, { recursive: true });
  await fs.writeFile(path.join(folder, `${id}.json`), JSON.stringify({ reports: [report] }));
}

beforeAll(async () => {
  lan = await setUpBackend({ profileName: 'Nguyễn Thị Lan' });
  id = (await lan.call('article:create', { headline: 'Giá xăng' })).id;
}, 60_000);

test('an intact entry is listed; damaged ones (a side missing, a side without its words, no "now") are left out', async () => {
  await keepReport([
    intact,
    { ...intact, id: 'differ-2', sides: [side('a-1', 'giảm')] },
    { ...intact, id: 'differ-3', sides: [side('a-1', 'giảm'), { record: 'b-2' }] },
    { ...intact, id: 'differ-4', now: undefined },
    { kind: 'choice-record-refused', id: 'records-1', count: 2 },
  ]);
  const [report] = await lan.call('sync:mergeReports', { id });
  expect(report.flags.map((flag) => flag.id)).toEqual(['differ-1', 'records-1']);
});
