// Damaged files as a person meets them in Chromium (issue 15): the editor says which figure
// lost its picture and which versions are gone, the History tab greys those versions out, and
// a damaged settings.json is told on the first-run screen, with the library folder offered
// back. Never "internal".
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBackend } from '../../electron/services/backend';
import { EditorDoc, imageFixture, projectFolderOf, wrapBackend } from '../unit/services/support';
import { openSoanSession, screenshot, screenshotDir, type SoanSession } from './support/session';

const HEADLINE = 'Cầu Cửa Hội thông xe';
const CAPTION = 'Cầu Cửa Hội lúc bình minh.';
const INTERNAL = /ngoài dự kiến|unexpected problem/;

const sessions: SoanSession[] = [];
const roots: string[] = [];
afterAll(async () => {
  for (const s of sessions) await s.close();
  for (const root of roots) await fs.rm(root, { recursive: true, force: true });
});

async function placesFor(): Promise<{ root: string; userDataDir: string; libraryPath: string }> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'soan-damaged-'));
  roots.push(root);
  return { root, userDataDir: path.join(root, 'user-data'), libraryPath: path.join(root, 'Thư viện Soạn') };
}

/** Through the services: an article with a captioned photo and four labelled versions. */
async function writeArticle(userDataDir: string, libraryPath: string) {
  const t = wrapBackend(createBackend({ userDataDir, defaultLibraryPath: libraryPath, saveDelayMs: 20 }), userDataDir, libraryPath);
  await t.call('settings:update', { profile: { name: 'Nguyễn Thị Lan', role: 'reporter' } });
  const { id } = await t.call('article:create', { headline: HEADLINE });
  const editor = new EditorDoc((await t.call('article:open', { id })).state);
  const photo = await t.call('media:import', { articleId: id, fileName: 'cau-cua-hoi.png', bytes: await imageFixture('photo.png') });
  await t.call('article:update', {
    id,
    update: editor.change((fragment) => {
      const figure = new Y.XmlElement('figure');
      figure.setAttribute('src', photo.file);
      const caption = new Y.XmlElement('figcaption');
      caption.insert(0, [new Y.XmlText(CAPTION)]);
      figure.insert(0, [caption]);
      fragment.insert(fragment.length, [figure]);
    }),
  });
  for (const n of [1, 2, 3, 4]) {
    await t.call('article:update', { id, update: editor.addParagraph(`Đoạn thứ ${n} của bài.`) });
    await t.call('history:save', { id, label: `Bản ${n}` });
  }
  const versions = await t.call('history:list', { id });
  await t.backend.close();
  return { folder: await projectFolderOf(libraryPath, id), photo: photo.file, versions };
}

describe('Damaged files in Chromium', () => {
  test('the editor names the damage; the History tab greys out the versions that are gone', async () => {
    const places = await placesFor();
    const { folder, photo, versions } = await writeArticle(places.userDataDir, places.libraryPath);
    await fs.writeFile(path.join(folder, 'media', photo), 'không còn là ảnh');
    await fs.writeFile(path.join(folder, 'history', `${versions[2].id}.yupd`), new Uint8Array(300));

    const s = await openSoanSession(places);
    sessions.push(s);
    const { page } = s;
    await page.getByTestId('article-row').first().click();
    await page.locator('[data-testid="editor"] .ProseMirror').waitFor();
    const banner = page.getByTestId('problems-banner');
    await expect.poll(() => banner.textContent()).toContain(`ảnh của hình “${CAPTION}”`);
    await expect(banner.textContent()).resolves.toContain('2 bản');
    await expect(page.locator('[data-testid="editor"]').textContent()).resolves.toContain('Đoạn thứ 4 của bài.');

    await page.getByTestId('panel-tab-history').click();
    await expect.poll(() => page.getByTestId('version-unavailable').count()).toBe(2);
    await expect(page.getByTestId('history-unavailable-note').textContent()).resolves.toContain('2 phiên bản không còn mở được');
    // The two that remain can still be compared.
    const entries = page.getByTestId('version-entry');
    await entries.nth(2).locator('input[type="checkbox"]').check();
    await entries.nth(3).locator('input[type="checkbox"]').check();
    await page.getByTestId('history-compare').click();
    await expect.poll(() => page.locator('.version-compare').textContent()).toContain('Đoạn thứ 2 của bài.');
    await expect(entries.nth(0).locator('input[type="checkbox"]').isDisabled()).resolves.toBe(true);
    await screenshot(page, 'damaged-history-and-photo');
    await page.locator('.version-compare').getByRole('button').first().click();
    await page.getByTestId('history-panel').screenshot({ path: path.join(screenshotDir, 'damaged-history-panel.png') });
    await expect(page.locator('body').textContent()).resolves.not.toMatch(INTERNAL);
    expect(s.pageErrors).toEqual([]);
  });

  test('a damaged settings.json is told on the first-run screen, with the library folder offered back', async () => {
    const places = await placesFor();
    const ownLibrary = path.join(places.root, 'Thư viện tòa soạn');
    const t = wrapBackend(createBackend({ userDataDir: places.userDataDir, defaultLibraryPath: places.libraryPath }), places.userDataDir, ownLibrary);
    await t.call('settings:update', { profile: { name: 'Nguyễn Thị Lan', role: 'desk' }, libraryPath: ownLibrary });
    await t.call('article:create', { headline: HEADLINE });
    await t.backend.close();
    const settingsFile = path.join(places.userDataDir, 'settings.json');
    const good = await fs.readFile(settingsFile, 'utf8');
    await fs.writeFile(settingsFile, good.slice(0, good.indexOf('"newsroom"')));
    await fs.rm(`${settingsFile}.bak`, { force: true });

    const s = await openSoanSession(places);
    sessions.push(s);
    const { page } = s;
    await page.getByTestId('firstrun').waitFor();
    await expect(page.getByTestId('problems-banner').textContent()).resolves.toContain('settings.json');
    await expect(page.getByTestId('firstrun-settings-damaged').textContent()).resolves.toContain('Soạn chưa ghi đè gì');
    await expect(page.getByTestId('firstrun-library').inputValue()).resolves.toBe(ownLibrary);
    await screenshot(page, 'damaged-settings-first-run');
    await expect(fs.readdir(places.userDataDir)).resolves.not.toContain('settings.json');

    await page.getByTestId('firstrun-name').fill('Nguyễn Thị Lan');
    await page.getByTestId('firstrun-role').selectOption('desk');
    await page.getByTestId('firstrun-submit').click();
    await expect.poll(() => page.getByTestId('article-row').allTextContents()).toEqual([expect.stringContaining(HEADLINE)]);
    expect(s.pageErrors).toEqual([]);
  });

  test('article.ydoc and article.json both damaged: the article opens at its newest version, and the banner says what is missing', async () => {
    const places = await placesFor();
    const { folder, versions } = await writeArticle(places.userDataDir, places.libraryPath);
    await fs.writeFile(path.join(folder, 'article.ydoc'), new Uint8Array(80));
    await fs.writeFile(path.join(folder, 'article.json'), '{"format": "soan-article", "con');

    const s = await openSoanSession(places);
    sessions.push(s);
    const { page } = s;
    await page.getByTestId('article-row').first().click();
    await page.locator('[data-testid="editor"] .ProseMirror').waitFor();
    await expect(page.locator('[data-testid="editor"]').textContent()).resolves.toContain('Đoạn thứ 4 của bài.');
    const banner = page.getByTestId('problems-banner');
    await expect.poll(() => banner.textContent()).toContain('Những gì viết sau lúc đó không còn');
    // The time of the version is shown as a time, not as a file name.
    await expect(banner.textContent()).resolves.not.toContain(versions[3].at);
    await expect(banner.textContent()).resolves.not.toContain('.yupd');
    await screenshot(page, 'damaged-article-opened-at-version');
    await expect(page.locator('body').textContent()).resolves.not.toMatch(INTERNAL);
    expect(s.pageErrors).toEqual([]);
  });
});
