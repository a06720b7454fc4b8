// A history whose older versions were thinned (one per hour) and whose index.json and its
// backup are both lost is rebuilt from the version files' own headers: every version kept by
// the thinning is still there, in the order it was saved, and opens.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { afterEach, expect, it } from 'vitest';
import { VersionStore } from '../../../electron/services/history/versionStore';
import { clockFrom, defaultServiceContext } from '../../../electron/services/serviceContext';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await fs.rm(folder, { recursive: true, force: true });
});

it('versions saved after a thinning keep their place when the index is rebuilt from the files', async () => {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'soan-history-thinned-'));
  folders.push(folder);
  const start = Date.parse('2026-12-07T08:00:00Z');
  let now = start;
  const store = new VersionStore(folder, { context: defaultServiceContext({ clock: clockFrom(() => new Date(now)) }) });
  const doc = new Y.Doc();
  const text = doc.getText('body');
  const save = async (minutes: number, label = '') => {
    now = start + minutes * 60_000;
    text.insert(text.length, `phút ${minutes}. `);
    await store.save(doc, { at: new Date(now).toISOString(), author: { name: 'Lan', role: 'reporter' }, label, reason: label ? 'manual' : 'autosave', wordCount: 0, status: 'draft' });
  };
  await save(0, 'Bản đầu');
  for (const minutes of [1, 11, 21, 130, 140, 150, 160]) await save(minutes);
  const before = await store.list();
  expect(before.length).toBeLessThan(8); // some were thinned

  const history = path.join(folder, 'history');
  await fs.writeFile(path.join(history, 'index.json'), '{"format":');
  await fs.rm(path.join(history, 'index.json.bak'), { force: true });
  const after = await store.list();
  expect(after.map((v) => [v.at, v.unavailable ?? false])).toEqual(before.map((v) => [v.at, false]));
  const newest = await store.load(after.at(-1)!.id);
  expect(newest.doc.getText('body').toString()).toBe(text.toString());
});
