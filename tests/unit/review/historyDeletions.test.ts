// Versions store only the deletions made since the version before: every version still opens
// with exactly its text (old words taken out, new words typed and taken out again), and a
// version with nothing new no longer repeats the day's deletions.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeVersionFile } from '../../../electron/services/history/versionFile';
import { VersionStore } from '../../../electron/services/history/versionStore';
import { clockFrom, defaultServiceContext } from '../../../electron/services/serviceContext';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await fs.rm(folder, { recursive: true, force: true });
});

async function storeIn(): Promise<{ store: VersionStore; history: string }> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'soan-history-deletions-'));
  folders.push(folder);
  let now = Date.parse('2026-11-27T08:00:00Z');
  const context = defaultServiceContext({ clock: clockFrom(() => new Date((now += 600_000))) });
  return { store: new VersionStore(folder, { context }), history: path.join(folder, 'history') };
}

const author = { name: 'Lan', role: 'reporter' as const };
// A minute apart: all within the last hour, so none is thinned (versionThinning.ts).
const facts = (at: number) => ({ at: new Date(Date.parse('2026-11-27T08:00:00Z') + at * 60_000).toISOString(), author, label: '', reason: 'autosave' as const, wordCount: 0, status: 'draft' as const });

describe('versions keep only the deletions made since the one before', () => {
  it('every version opens with its own text, and none repeats the deletions before it', async () => {
    const { store, history } = await storeIn();
    const doc = new Y.Doc();
    const text = doc.getText('body');
    const expected: string[] = [];
    const ids: string[] = [];
    const save = async (n: number) => {
      ids.push((await store.save(doc, facts(n))).id);
      expected.push(text.toString());
    };
    // A morning of typing with words taken out here and there, old and new.
    for (let n = 0; n < 12; n++) {
      text.insert(text.length, `Câu số ${n} về cầu Cửa Hội, `);
      if (n % 3 === 2) text.delete(n * 4, 6); // old words go
      text.insert(text.length, 'tạm ');
      text.delete(text.length - 4, 4); // typed and taken back before the version
      await save(n);
    }
    await save(12); // nothing new since the one before

    for (const [n, id] of ids.entries()) {
      const { doc: opened } = await store.load(id);
      expect(opened.getText('body').toString(), `version ${n}`).toBe(expected[n]);
      opened.destroy();
    }
    // What each file deletes: the first all of its own, later ones only what is new.
    const deletedRanges = async (id: string) => {
      const { update } = decodeVersionFile(await fs.readFile(path.join(history, `${id}.yupd`)));
      let ranges = 0;
      Y.decodeUpdate(update).ds.clients.forEach((items) => (ranges += items.length));
      return ranges;
    };
    let whole = 0;
    Y.snapshot(doc).ds.clients.forEach((items) => (whole += items.length));
    expect(whole).toBeGreaterThan(12);
    expect(await deletedRanges(ids[12]!)).toBe(0); // nothing new: no deletion repeated
    expect(await deletedRanges(ids[11]!)).toBeLessThanOrEqual(2); // its own two
    expect(await deletedRanges(ids[0]!)).toBe(1);
  });

  it('after the index is rebuilt (no delete set kept), the next version stores them all and still opens', async () => {
    const { store, history } = await storeIn();
    const doc = new Y.Doc();
    const text = doc.getText('body');
    text.insert(0, 'Một hai ba bốn năm sáu bảy tám');
    await store.save(doc, facts(1));
    text.delete(4, 4);
    await store.save(doc, facts(2));
    await fs.rm(path.join(history, 'index.json'));
    await fs.rm(path.join(history, 'index.json.bak'), { force: true });
    text.delete(0, 4);
    const last = await store.save(doc, facts(3));
    const { doc: opened } = await store.load(last.id);
    expect(opened.getText('body').toString()).toBe(text.toString());
    opened.destroy();
    expect((await store.list()).map((v) => 'deletes' in v)).toEqual([false, false, false]);
  });
});
