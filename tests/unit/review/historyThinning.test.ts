// A long day's automatic versions are thinned to one per clock hour once older than an hour;
// named and workflow versions, and the version just before each, are kept; every version left
// opens with exactly its text, and a crash halfway through thinning loses nothing.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { VersionReason } from '../../../electron/contract/history';
import { VersionStore } from '../../../electron/services/history/versionStore';
import { clockFrom, defaultServiceContext } from '../../../electron/services/serviceContext';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await fs.rm(folder, { recursive: true, force: true });
});

const START = Date.parse('2026-11-27T08:05:00Z');
const author = { name: 'Lan', role: 'reporter' as const };

/** A store and a doc typed into every ten minutes, with a version each time. */
async function day() {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'soan-history-thinning-'));
  folders.push(folder);
  const store = new VersionStore(folder, { context: defaultServiceContext({ clock: clockFrom(() => new Date(START)) }) });
  const doc = new Y.Doc();
  const text = doc.getText('body');
  const textOf = new Map<string, string>();
  let minute = 0;
  const save = async (reason: VersionReason = 'autosave', label = '') => {
    minute += 10;
    text.insert(text.length, `Phút ${minute}: cầu Cửa Hội. `);
    if (minute % 30 === 0) text.delete(0, 5); // old words taken out now and then
    const at = new Date(START + minute * 60_000).toISOString();
    const version = await store.save(doc, { at, author, label, reason, wordCount: 0, status: 'draft' });
    textOf.set(version.id, text.toString());
    return version;
  };
  return { folder, store, save, textOf, history: path.join(folder, 'history') };
}

const yupdFiles = async (history: string) => (await fs.readdir(history)).filter((n) => n.endsWith('.yupd')).sort();

describe('thinning a long day’s automatic versions', () => {
  it('keeps the last hour, one per clock hour before it, and every named or workflow version', async () => {
    const { store, save, textOf, history } = await day();
    for (let i = 0; i < 5; i++) await save(); // 08:15 … 08:55
    await save('manual', 'Bản buổi sáng'); // 09:05
    for (let i = 0; i < 7; i++) await save(); // 09:15 … 10:15
    await save('transition'); // 10:25
    for (let i = 0; i < 9; i++) await save(); // 10:35 … 11:55

    const listed = await store.list();
    const times = listed.map((v) => `${v.at.slice(11, 16)} ${v.reason}${v.label ? ` ${v.label}` : ''}`);
    expect(times).toEqual([
      '08:15 autosave', // the first holds the whole document
      '08:55 autosave', // the last of 08:xx, just before the named version
      '09:05 manual Bản buổi sáng',
      '09:55 autosave',
      '10:15 autosave', // just before the workflow move
      '10:25 transition',
      '10:55 autosave', // older than an hour: the last of 10:xx
      '11:05 autosave', // the last hour, all of it
      '11:15 autosave',
      '11:25 autosave',
      '11:35 autosave',
      '11:45 autosave',
      '11:55 autosave',
    ]);
    for (const version of listed) {
      const { doc } = await store.load(version.id);
      expect(doc.getText('body').toString(), version.at).toBe(textOf.get(version.id));
      doc.destroy();
    }
    expect(await yupdFiles(history)).toEqual(listed.map((v) => `${v.id}.yupd`).sort());
  });

  it('a crash after a version is rewritten but before the index drops the ones it absorbed loses nothing', async () => {
    const { store, save, textOf, history, folder } = await day();
    for (let i = 0; i < 12; i++) await save(); // 08:15 … 10:05
    const before = path.join(folder, 'before');
    await fs.cp(history, before, { recursive: true });
    const listedBefore = JSON.parse(await fs.readFile(path.join(before, 'index.json'), 'utf8')).versions.length;
    await save(); // 10:15: more of 09:xx is now old enough to thin
    expect((await store.list()).length).toBeLessThan(listedBefore + 1);
    const after = new Set(await yupdFiles(history));
    // Put back the removed files and the index as it was (the new version's file is found from
    // its own header, as after any crash before its index was written): the rewritten file follows an earlier version.
    for (const name of await fs.readdir(before)) if (!after.has(name) || name.startsWith('index.json')) await fs.copyFile(path.join(before, name), path.join(history, name));

    const listed = await store.list();
    expect(listed.some((v) => v.unavailable)).toBe(false);
    expect(listed).toHaveLength(listedBefore + 1); // every version from before the thinning, and the new one
    for (const version of listed) {
      const { doc } = await store.load(version.id);
      expect(doc.getText('body').toString(), version.at).toBe(textOf.get(version.id));
      doc.destroy();
    }
  });
});
