// A damaged history: the list of versions is rebuilt from the version files themselves, and a
// damaged version file leaves the versions before it usable and says which are gone.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeVersionFile } from '../../../electron/services/history/versionFile';
import { clockFrom, defaultServiceContext } from '../../../electron/services/serviceContext';
import { EditorDoc, corruptions, projectFolderOf, setUpBackend } from '../services/support';

function testClock(start = Date.parse('2026-11-27T08:00:00Z')) {
  let now = start;
  return { now: () => new Date(now), advanceMinutes: (m: number) => (now += m * 60_000) };
}

/** An article with four labelled versions, each adding a paragraph. */
async function articleWithFourVersions() {
  const clock = testClock();
  const t = await setUpBackend({ context: defaultServiceContext({ clock: clockFrom(clock.now) }), profileName: 'Lan' });
  const { id } = await t.call('article:create', { headline: 'Cầu Cửa Hội thông xe' });
  const editor = new EditorDoc((await t.call('article:open', { id })).state);
  for (const n of [1, 2, 3, 4]) {
    clock.advanceMinutes(3);
    await t.call('article:update', { id, update: editor.addParagraph(`Đoạn thứ ${n}.`) });
    await t.call('history:save', { id, label: `Bản ${n}` });
  }
  await t.call('article:close', { id });
  const history = path.join(await projectFolderOf(t.libraryPath, id), 'history');
  const versions = await t.call('history:list', { id });
  const fileOf = (n: number) => path.join(history, `${versions[n - 1].id}.yupd`);
  return { t, id, history, versions, fileOf, clock, editor };
}

/** The body text added between two versions, paragraphs joined by a space. */
const addedBetween = async (t: Awaited<ReturnType<typeof setUpBackend>>, id: string, from: string, to: string) =>
  (await t.call('history:compare', { id, from, to })).parts
    .find((p) => p.part === 'body')!
    .runs.filter((r) => r.kind === 'added')
    .map((r) => r.text.replace(/\s+/g, ' ').trim())
    .join(' ');

const damages = {
  ...corruptions('{"format":"soan-history","versions":[]}'),
  'JSON of the wrong shape': new TextEncoder().encode('{"format":"soan-history","versions":"all of them"}'),
};

describe('history/index.json damaged, without its backup', () => {
  for (const [kind, bytes] of Object.entries(damages)) {
    it(`${kind}: rebuilt from the version files, with labels, authors and order`, async () => {
      const { t, id, history, versions } = await articleWithFourVersions();
      await fs.writeFile(path.join(history, 'index.json'), bytes);
      await fs.rm(path.join(history, 'index.json.bak'), { force: true });

      const opened = await t.call('article:open', { id });
      expect(opened.problems).toEqual([
        {
          code: 'history-rebuilt',
          params: { article: 'Cầu Cửa Hội thông xe', file: expect.stringMatching(/history\/index\.json$/), movedTo: expect.stringMatching(/index\.json\.corrupt-/), versions: 4 },
        },
      ]);
      expect(await t.call('history:list', { id })).toEqual(versions);
      expect(await addedBetween(t, id, versions[0].id, versions[3].id)).toBe('Đoạn thứ 2. Đoạn thứ 3. Đoạn thứ 4.');
      // Told once: the rebuilt index is on disk.
      expect((await t.call('article:open', { id })).problems).toEqual([]);
    });
  }

  it('a folder in its place, or a link to nothing, is set aside the same way', async () => {
    const { t, id, history, versions } = await articleWithFourVersions();
    const index = path.join(history, 'index.json');
    await fs.rm(index);
    await fs.mkdir(index);
    await fs.rm(path.join(history, 'index.json.bak'), { force: true });
    await fs.symlink(path.join(history, 'nowhere.json'), path.join(history, 'index.json.bak'));
    expect((await t.call('article:open', { id })).problems.map((p) => p.code)).toEqual(['history-rebuilt']);
    expect(await t.call('history:list', { id })).toEqual(versions);
    const names = await fs.readdir(history);
    expect(names.filter((n) => n.includes('.corrupt-'))).toHaveLength(2);
  });

  it('the backup is one version behind: the newest version is found in its file', async () => {
    const { t, id, history, versions } = await articleWithFourVersions();
    await fs.writeFile(path.join(history, 'index.json'), '');
    const recovered = await t.call('history:list', { id });
    expect(recovered).toEqual(versions);
  });
});

describe('a damaged version file', () => {
  for (const [kind, bytes] of Object.entries({ ...damages, 'random bytes': new Uint8Array(300).map((_, i) => (i * 97 + 13) % 256) })) {
    it(`${kind} in the third of four: the first two still open, the rest are listed as gone`, async () => {
      const { t, id, history, versions, fileOf } = await articleWithFourVersions();
      await fs.writeFile(fileOf(3), bytes);

      const opened = await t.call('article:open', { id });
      expect(opened.problems).toEqual([
        {
          code: 'history-versions-lost',
          params: { article: 'Cầu Cửa Hội thông xe', file: expect.stringContaining(`${versions[2].id}.yupd`), at: versions[2].at, lost: 2, kept: 2 },
        },
      ]);
      const listed = await t.call('history:list', { id });
      expect(listed.map((v) => [v.label, v.unavailable ?? false])).toEqual([
        ['Bản 1', false],
        ['Bản 2', false],
        ['Bản 3', true],
        ['Bản 4', true],
      ]);
      expect(await addedBetween(t, id, versions[0].id, versions[1].id)).toBe('Đoạn thứ 2.');
      expect(await t.fail('history:compare', { id, from: versions[0].id, to: versions[3].id })).toEqual({
        code: 'version-damaged',
        params: { at: versions[3].at },
      });
      expect((await t.fail('history:restore', { id, versionId: versions[2].id })).code).toBe('version-damaged');
      // The damaged file is kept aside, never deleted.
      expect((await fs.readdir(history)).some((n) => n.startsWith(`${versions[2].id}.yupd.corrupt-`))).toBe(true);

      // New versions hold the whole article again, so they open; restoring an old one works.
      const fifth = await t.call('history:save', { id, label: 'Bản 5' });
      expect(await addedBetween(t, id, versions[1].id, fifth.id)).toBe('Đoạn thứ 3. Đoạn thứ 4.');
      const restored = await t.call('history:restore', { id, versionId: versions[1].id });
      expect(restored.version?.unavailable).toBeUndefined();
      expect((await t.call('article:open', { id })).problems).toEqual([]);
    });
  }

  it('a missing version file counts as damaged; a damaged last version leaves all others', async () => {
    const { t, id, versions, fileOf } = await articleWithFourVersions();
    await fs.rm(fileOf(4));
    const listed = await t.call('history:list', { id });
    expect(listed.filter((v) => v.unavailable).map((v) => v.label)).toEqual(['Bản 4']);
    expect(await addedBetween(t, id, versions[0].id, versions[2].id)).toBe('Đoạn thứ 2. Đoạn thứ 3.');
  });
});

describe('version files written before they had a header', () => {
  /** The files and index as Soạn wrote them before: a bare deflated update, no `full` or `described`. */
  async function makeLegacy(history: string) {
    const index = JSON.parse(await fs.readFile(path.join(history, 'index.json'), 'utf8'));
    for (const entry of index.versions) {
      const file = path.join(history, `${entry.id}.yupd`);
      const { update } = decodeVersionFile(await fs.readFile(file));
      await fs.writeFile(file, deflateSync(update, { level: 9 }));
      delete entry.full;
      delete entry.described;
    }
    await fs.writeFile(path.join(history, 'index.json'), JSON.stringify(index));
    await fs.rm(path.join(history, 'index.json.bak'), { force: true });
  }

  it('are still read, and given a header so that a lost index can be rebuilt from them', async () => {
    const { t, id, history, versions } = await articleWithFourVersions();
    await makeLegacy(history);
    expect(await t.call('history:list', { id })).toEqual(versions);
    await fs.rm(path.join(history, 'index.json'));
    await fs.rm(path.join(history, 'index.json.bak'), { force: true });
    expect(await t.call('history:list', { id })).toEqual(versions);
  });

  it('a damaged one is found by replaying (it has no checksum)', async () => {
    const { t, id, history, versions, fileOf } = await articleWithFourVersions();
    await makeLegacy(history);
    const good = await fs.readFile(fileOf(2));
    await fs.writeFile(fileOf(2), deflateSync(new Uint8Array(good.byteLength)));
    expect((await t.call('history:list', { id })).map((v) => v.unavailable ?? false)).toEqual([false, true, true, true]);
    expect((await t.fail('history:compare', { id, from: versions[0].id, to: versions[1].id })).code).toBe('version-damaged');
  });

  it('with the index lost too, they are listed by time without author or label, and still open', async () => {
    const { t, id, history, versions } = await articleWithFourVersions();
    await makeLegacy(history);
    await fs.rm(path.join(history, 'index.json'));
    const listed = await t.call('history:list', { id });
    expect(listed.map((v) => v.id)).toEqual(versions.map((v) => v.id));
    expect(listed.map((v) => v.wordCount)).toEqual(versions.map((v) => v.wordCount));
    expect(await addedBetween(t, id, listed[0].id, listed[1].id)).toBe('Đoạn thứ 2.');
  });
});

describe('something else where the history folder belongs', () => {
  for (const kind of ['a file', 'a link to nothing'] as const) {
    it(`${kind}: set aside with a message, and versions are kept again from then on`, async () => {
      const { t, id, history } = await articleWithFourVersions();
      await fs.rm(history, { recursive: true });
      if (kind === 'a file') await fs.writeFile(history, 'not a folder');
      else await fs.symlink(path.join(history, '..', 'nowhere'), history);

      const opened = await t.call('article:open', { id });
      expect(opened.problems).toContainEqual({
        code: 'history-folder-set-aside',
        params: { article: 'Cầu Cửa Hội thông xe', file: expect.stringMatching(/history$/), movedTo: expect.stringMatching(/history\.corrupt-/) },
      });
      expect(await t.call('history:list', { id })).toEqual([]);
      const saved = await t.call('history:save', { id, label: 'Sau sự cố' });
      expect((await t.call('history:list', { id })).map((v) => v.id)).toEqual([saved.id]);
      expect((await fs.lstat(history)).isDirectory()).toBe(true);
      // What stood there is kept, untouched, beside it.
      const aside = (await fs.readdir(path.dirname(history))).filter((n) => n.startsWith('history.corrupt-'));
      expect(aside).toHaveLength(1);
    });
  }
});
