// A save a crash cut short, as a reporter meets it in Chromium the next morning: the library
// row has the headline she typed last and search finds her last sentence before she opens
// anything; an article whose last save cannot be read is named in the library's banner, in
// plain words, with nothing changed on disk.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createBackend } from '../../electron/services/backend';
import { LOCK_FILE } from '../../electron/services/library/libraryLock';
import { EditorDoc, projectFolderOf, wrapBackend } from '../unit/services/support';
import { openSoanSession, screenshot, type SoanSession } from './support/session';

const LAST_TYPED = 'Phường Thạch Linh khánh thành nhà văn hóa.';
const INTERNAL = /ngoài dự kiến|unexpected problem/;

const sessions: SoanSession[] = [];
const roots: string[] = [];
afterAll(async () => {
  for (const s of sessions) await s.close();
  for (const root of roots) await fs.rm(root, { recursive: true, force: true });
});

/** The files a save writes after article.ydoc, to put back with their bytes and times as a crash leaves them. */
async function keepLaterSteps(libraryPath: string, folder: string): Promise<() => Promise<void>> {
  const soan = path.join(libraryPath, '.soan');
  const files = (await fs.readdir(soan, { withFileTypes: true })).filter((e) => e.isFile() && e.name !== LOCK_FILE).map((e) => path.join(soan, e.name));
  files.push(path.join(folder, 'article.json'));
  const kept = await Promise.all(files.map(async (file) => ({ file, bytes: await fs.readFile(file), stat: await fs.stat(file) })));
  return async () => {
    for (const { file, bytes, stat } of kept) {
      await fs.writeFile(file, bytes);
      await fs.utimes(file, stat.atime, stat.mtime);
    }
  };
}

/** Through the services: an article saved, then saved again with the save killed after article.ydoc. */
async function articleCutShort() {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'soan-cut-short-'));
  roots.push(root);
  const userDataDir = path.join(root, 'user-data');
  const libraryPath = path.join(root, 'Thư viện Soạn');
  const start = () => wrapBackend(createBackend({ userDataDir, defaultLibraryPath: libraryPath, saveDelayMs: 20 }), userDataDir, libraryPath);
  const first = start();
  await first.call('settings:update', { profile: { name: 'Nguyễn Thị Lan', role: 'reporter' } });
  const { id } = await first.call('article:create', { headline: 'Cầu Cửa Hội thông xe' });
  const editor = new EditorDoc((await first.call('article:open', { id })).state);
  await first.call('article:update', { id, update: editor.type(1, 'Sáng nay cầu thông xe.') });
  await first.backend.close();
  const folder = await projectFolderOf(libraryPath, id);
  const putBack = await keepLaterSteps(libraryPath, folder);
  const second = start();
  await second.call('article:open', { id });
  await second.call('article:update', { id, update: editor.type(0, ' mới') });
  await second.call('article:update', { id, update: editor.addParagraph(LAST_TYPED) });
  await second.backend.close();
  await putBack();
  return { places: { userDataDir, libraryPath }, folder };
}

describe('a save a crash cut short, in Chromium', () => {
  test('the library row and search show the last save before anything is opened', async () => {
    const { places } = await articleCutShort();
    const s = await openSoanSession(places);
    sessions.push(s);
    const { page } = s;
    await expect.poll(() => page.getByTestId('article-row-headline').allTextContents()).toEqual(['Cầu Cửa Hội thông xe mới']);
    await page.getByTestId('library-filter').fill('thach linh khanh thanh');
    await expect.poll(() => page.getByTestId('search-result').count()).toBe(1);
    await expect(page.getByTestId('search-result').textContent()).resolves.toContain('Cầu Cửa Hội thông xe mới');
    // Told once, with where the replaced readable copy is kept.
    await expect.poll(() => page.getByTestId('problems-banner').textContent()).toContain('Bản cũ được giữ ở');
    await expect(page.getByTestId('problems-banner').textContent()).resolves.toMatch(/article\.json\.replaced-/);
    await screenshot(page, 'crash-cut-save-caught-up');
    expect(s.pageErrors).toEqual([]);
  });

  test('an article.ydoc that cannot be read is named in the banner, and nothing on disk changes', async () => {
    const { places, folder } = await articleCutShort();
    await fs.writeFile(path.join(folder, 'article.ydoc'), new Uint8Array(80));
    const files = async () => Promise.all(['article.ydoc', 'article.json'].map((name) => fs.readFile(path.join(folder, name))));
    const before = await files();

    const s = await openSoanSession(places);
    sessions.push(s);
    const { page } = s;
    const banner = page.getByTestId('problems-banner');
    await expect.poll(() => banner.textContent()).toContain('Bài “Cầu Cửa Hội thông xe”: không đọc được');
    await expect(banner.textContent()).resolves.toContain('Soạn chưa thay đổi gì');
    await expect(page.locator('body').textContent()).resolves.not.toMatch(INTERNAL);
    await screenshot(page, 'crash-cut-save-unreadable');
    expect(await files()).toEqual(before);
    expect((await fs.readdir(folder)).filter((name) => name.includes('.corrupt-'))).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
