import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/services/backend';
import { LibraryLock } from '../../../electron/services/library/libraryLock';
import { SettingsStore } from '../../../electron/services/settings/settingsStore';
import { defaultServiceContext } from '../../../electron/services/serviceContext';
import { defaultNewsroomSettings } from '../../../electron/contract/newsroom';
import { corruptions, filesIn, setUpBackend, tempFolder, wrapBackend } from './support';

const context = defaultServiceContext();

describe('settings.json', () => {
  it('starts with defaults and keeps what is saved, NFC', async () => {
    const dir = await tempFolder();
    const store = await SettingsStore.open({ userDataDir: dir, defaultLibraryPath: '/home/u/Documents/Soan', context });
    expect(store.get()).toEqual({
      profile: null,
      language: 'vi',
      libraryPath: '/home/u/Documents/Soan',
      newsroom: defaultNewsroomSettings('/home/u/Documents/Soan - Xuất bản'),
    });
    await store.save(store.preview({ profile: { name: 'Hà'.normalize('NFD'), role: 'desk' }, libraryPath: '~/Báo' }));
    const again = await SettingsStore.open({ userDataDir: dir, defaultLibraryPath: '/x', context });
    expect(again.get()).toMatchObject({ profile: { name: 'Hà'.normalize('NFC'), role: 'desk' }, language: 'vi', libraryPath: path.join(os.homedir(), 'Báo') });
    // The default export folder follows the library.
    expect(again.get().newsroom.exportPath).toBe(path.join(os.homedir(), 'Báo - Xuất bản'));
  });

  it('loads a settings file written before newsroom settings existed, and merges newsroom patches', async () => {
    const dir = await tempFolder();
    await fs.writeFile(
      path.join(dir, 'settings.json'),
      JSON.stringify({ version: 1, profile: { name: 'Lan', role: 'editor' }, language: 'en', libraryPath: '/srv/Soan' }),
    );
    const store = await SettingsStore.open({ userDataDir: dir, defaultLibraryPath: '/x', context });
    expect(store.get()).toMatchObject({ profile: { name: 'Lan', role: 'editor' }, language: 'en', libraryPath: '/srv/Soan' });
    expect(store.get().newsroom).toEqual(defaultNewsroomSettings('/srv/Soan - Xuất bản'));

    await store.save(store.preview({ newsroom: { sourcePrefix: '(Baohatinh.vn) - ', topics: ['Chủ đề A'.normalize('NFD')] } }));
    await store.save(store.preview({ newsroom: { tonePlacement: 'new', exportPath: '/srv/Xuất bản' } }));
    const again = await SettingsStore.open({ userDataDir: dir, defaultLibraryPath: '/x', context });
    expect(again.get().newsroom).toMatchObject({
      sourcePrefix: '(Baohatinh.vn) - ',
      topics: ['Chủ đề A'],
      tonePlacement: 'new',
      exportPath: '/srv/Xuất bản',
      headlineMaxChars: 120,
    });
    expect(() => again.preview({ newsroom: { exportPath: 'relative' } })).toThrow(/export folder must be an absolute folder path/);
    // A damaged newsroom block falls back to the defaults without losing the profile.
    const raw = JSON.parse(await fs.readFile(path.join(dir, 'settings.json'), 'utf8'));
    await fs.writeFile(path.join(dir, 'settings.json'), JSON.stringify({ ...raw, newsroom: { headlineMaxChars: 'long' } }));
    const third = await SettingsStore.open({ userDataDir: dir, defaultLibraryPath: '/x', context });
    expect(third.get().profile).toEqual({ name: 'Lan', role: 'editor' });
    expect(third.get().newsroom.headlineMaxChars).toBe(120);
  });

  for (const [kind, bytes] of Object.entries(corruptions('{"version":1,"profile":{"name":"Lan","role":"editor"},"language":"en"}'))) {
    it(`settings.json ${kind}: moved aside, recovered from the backup, and the user is told`, async () => {
      const t = await setUpBackend({ profileName: 'Lan' });
      await t.call('settings:update', { language: 'en' }); // the .bak holds the profile
      await t.backend.close();
      const file = path.join(t.userDataDir, 'settings.json');
      await fs.writeFile(file, bytes);

      const again = wrapBackend(createBackend({ userDataDir: t.userDataDir, defaultLibraryPath: t.libraryPath }), t.userDataDir, t.libraryPath);
      expect((await again.call('settings:get', {})).profile).toEqual({ name: 'Lan', role: 'reporter' });
      const moved = (await filesIn(t.userDataDir)).find((n) => n.startsWith('settings.json.corrupt-'))!;
      expect((await again.call('library:list', {})).problems).toEqual([
        { code: 'file-recovered', params: { file: 'settings.json', movedTo: moved, source: 'settings.json.bak' } },
      ]);
      // A good settings.json is back on disk at once.
      expect(JSON.parse(await fs.readFile(file, 'utf8')).profile.name).toBe('Lan');
    });
  }

  it('settings.json and its backup damaged: first run again, with the problem shown after setup', async () => {
    const t = await setUpBackend();
    await t.backend.close();
    await fs.writeFile(path.join(t.userDataDir, 'settings.json'), '{');
    await fs.rm(path.join(t.userDataDir, 'settings.json.bak'), { force: true });
    const again = wrapBackend(createBackend({ userDataDir: t.userDataDir, defaultLibraryPath: t.libraryPath }), t.userDataDir, t.libraryPath);
    expect((await again.fail('library:list', {})).code).toBe('setup-required');
    await again.call('settings:update', { profile: { name: 'Lại từ đầu', role: 'reporter' } });
    const listing = await again.call('library:list', {});
    expect(listing.problems).toEqual([{ code: 'file-damaged-moved', params: { file: 'settings.json', movedTo: expect.stringMatching(/^settings\.json\.corrupt-/) } }]);
  });
});

function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '0']);
    child.on('error', reject);
    child.on('exit', () => resolve(child.pid!));
  });
}

describe('library lock', () => {
  it('is exclusive, released on close, and written whole', async () => {
    const dir = await tempFolder();
    const lock = await LibraryLock.acquire({ soanFolder: dir, libraryPath: '/lib', context });
    const content = JSON.parse(await fs.readFile(path.join(dir, 'lock'), 'utf8'));
    expect(content).toMatchObject({ pid: process.pid, host: os.hostname() });
    await expect(LibraryLock.acquire({ soanFolder: dir, libraryPath: '/lib', context })).rejects.toMatchObject({ code: 'library-locked', params: { path: '/lib', pid: process.pid } });
    await lock.release();
    expect(await filesIn(dir)).toEqual([]);
    const next = await LibraryLock.acquire({ soanFolder: dir, libraryPath: '/lib', context });
    await next.release();
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = await tempFolder();
    const pid = await deadPid();
    await fs.writeFile(path.join(dir, 'lock'), JSON.stringify({ pid, host: os.hostname(), token: 'old', createdAt: '2020-01-01T00:00:00Z' }));
    const lock = await LibraryLock.acquire({ soanFolder: dir, libraryPath: '/lib', context });
    expect(JSON.parse(await fs.readFile(path.join(dir, 'lock'), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('takes over an unreadable lock, but never one held by a live process or another machine', async () => {
    const dir = await tempFolder();
    await fs.writeFile(path.join(dir, 'lock'), '');
    await (await LibraryLock.acquire({ soanFolder: dir, libraryPath: '/lib', context })).release();

    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      await fs.writeFile(path.join(dir, 'lock'), JSON.stringify({ pid: child.pid, host: os.hostname(), token: 'live', createdAt: 'x' }));
      await expect(LibraryLock.acquire({ soanFolder: dir, libraryPath: '/lib', context })).rejects.toMatchObject({ code: 'library-locked', params: { pid: child.pid } });
    } finally {
      child.kill('SIGKILL');
    }
    await fs.writeFile(path.join(dir, 'lock'), JSON.stringify({ pid: 1, host: 'laptop-cua-bien-tap', token: 'far', createdAt: 'x' }));
    await expect(LibraryLock.acquire({ soanFolder: dir, libraryPath: '/lib', context })).rejects.toMatchObject({ code: 'library-locked', params: { host: 'laptop-cua-bien-tap' } });
  });

  it('takes over a lock written before the machine last started, even if its pid is alive now', async () => {
    const dir = await tempFolder();
    // After a power cut and reboot, the old pid (here: this very test's parent) may belong to any program.
    const lastWeek = new Date(Date.now() - 7 * 24 * 3600 * 1000).toISOString();
    await fs.writeFile(path.join(dir, 'lock'), JSON.stringify({ pid: process.ppid, host: os.hostname(), token: 'before-reboot', createdAt: lastWeek, bootedAt: lastWeek }));
    const lock = await LibraryLock.acquire({ soanFolder: dir, libraryPath: '/lib', context });
    expect(JSON.parse(await fs.readFile(path.join(dir, 'lock'), 'utf8')).token).not.toBe('before-reboot');
    await lock.release();
  });

  it('two takers racing for one stale lock: exactly one wins', async () => {
    const pid = await deadPid();
    for (let round = 0; round < 10; round++) {
      const dir = await tempFolder();
      await fs.writeFile(path.join(dir, 'lock'), JSON.stringify({ pid, host: os.hostname(), token: 'stale', createdAt: 'x' }));
      const results = await Promise.allSettled([LibraryLock.acquire({ soanFolder: dir, libraryPath: '/lib', context }), LibraryLock.acquire({ soanFolder: dir, libraryPath: '/lib', context })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect((await filesIn(dir)).filter((n) => n !== 'lock')).toEqual([]);
    }
  });
});
