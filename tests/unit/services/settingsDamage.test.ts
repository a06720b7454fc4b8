// settings.json that cannot be read: kept aside, the user is told on the first-run screen, and
// nothing is written until they confirm who they are; the library folder is offered back.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/services/backend';
import { corruptions, filesIn, tempFolder, wrapBackend } from './support';

/** A user past first run whose library is not at the default place, closed again. */
async function settledUser() {
  const root = await tempFolder();
  const userDataDir = path.join(root, 'userData');
  const defaultLibraryPath = path.join(root, 'Soan');
  const libraryPath = path.join(root, 'Thư viện tòa soạn');
  const start = () => wrapBackend(createBackend({ userDataDir, defaultLibraryPath, saveDelayMs: 20 }), userDataDir, defaultLibraryPath);
  const first = start();
  await first.call('settings:update', { profile: { name: 'Lan', role: 'desk' }, libraryPath });
  await first.call('settings:update', { language: 'en' }); // the .bak holds the first
  const { id } = await first.call('article:create', { headline: 'Bài của Lan' });
  await first.backend.close();
  return { root, userDataDir, libraryPath, id, start, file: path.join(userDataDir, 'settings.json') };
}

const damages: Record<string, (file: string, good: string) => Promise<void>> = {
  ...Object.fromEntries(
    Object.keys(corruptions('x')).map((kind) => [kind, (file: string, good: string) => fs.writeFile(file, corruptions(good)[kind])]),
  ),
  'JSON of the wrong shape': (file, good) => fs.writeFile(file, good.replace(/"profile": \{[^}]*\}/, '"profile": "Lan"')),
  'a folder in its place': async (file) => {
    await fs.rm(file);
    await fs.mkdir(file);
  },
  'a link to nothing': async (file) => {
    await fs.rm(file);
    await fs.symlink(path.join(path.dirname(file), '..', 'unmounted', 'settings.json'), file);
  },
};

describe('settings.json damaged, without its backup', () => {
  for (const [kind, damage] of Object.entries(damages)) {
    it(`${kind}: set aside, told before anything is asked, and not overwritten until the user confirms`, async () => {
      const user = await settledUser();
      const good = await fs.readFile(user.file, 'utf8');
      await damage(user.file, good);
      await fs.rm(`${user.file}.bak`);

      const again = user.start();
      const settings = await again.call('settings:get', {});
      expect(settings.profile).toBeNull();
      expect(settings.problems).toEqual([
        { code: 'file-damaged-moved', params: { file: 'settings.json', movedTo: expect.stringMatching(/^settings\.json\.corrupt-/) } },
      ]);
      // The damaged copy is kept; no new settings.json yet, and a link's target was not created.
      const names = await filesIn(user.userDataDir);
      expect(names.filter((n) => n.startsWith('settings.json.corrupt-'))).toHaveLength(1);
      expect(names).not.toContain('settings.json');
      expect(await fs.readdir(user.root)).not.toContain('unmounted');
      // Nothing works on the user's behalf before they say who they are.
      expect((await again.fail('library:list', {})).code).toBe('setup-required');
      expect((await again.fail('article:open', { id: user.id })).code).toBe('setup-required');
      expect(await filesIn(user.userDataDir)).not.toContain('settings.json');

      // What could still be read is offered: the library folder (not the default, empty one).
      const legible = kind === 'JSON of the wrong shape' || (kind === 'cut in half' && good.indexOf('libraryPath') < good.length / 2 - 80);
      if (legible) expect(settings).toMatchObject({ libraryPath: user.libraryPath, language: 'en' });

      await again.call('settings:update', { profile: { name: 'Lan', role: 'desk' }, libraryPath: user.libraryPath });
      expect(JSON.parse(await fs.readFile(user.file, 'utf8')).profile).toEqual({ name: 'Lan', role: 'desk' });
      expect((await again.call('library:list', {})).articles.map((a) => a.headline)).toEqual(['Bài của Lan']);
    });
  }
});

describe('settings.json damaged, with its backup', () => {
  for (const kind of ['a folder in its place', 'a link to nothing']) {
    it(`${kind}: recovered from the backup at once, and the user is told`, async () => {
      const user = await settledUser();
      await damages[kind](user.file, '');
      const again = user.start();
      const settings = await again.call('settings:get', {});
      expect(settings).toMatchObject({ profile: { name: 'Lan', role: 'desk' }, libraryPath: user.libraryPath });
      expect(settings.problems?.map((p) => p.code)).toEqual(['file-recovered']);
      expect(JSON.parse(await fs.readFile(user.file, 'utf8')).libraryPath).toBe(user.libraryPath);
    });
  }
});
