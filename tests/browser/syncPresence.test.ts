// The sync server in the real renderer: a reporter in Chromium sets the server address and
// token in Settings and writes; an editor's workstation (a second library, its services in
// this process) gets the article, opens it and types. The reporter sees the editor on the
// article, in the editor's colour, and the editor's words appear as they are typed.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import type { Push } from '../../electron/contract/ipc/push';
import { readArticle } from '../../electron/contract/article/readArticle';
import { EditorDoc, setUpBackend, type TestBackend } from '../unit/services/support';
import { people, startTestServer } from '../unit/server/serverSupport';
import type { SoanServer } from '../../server/soanServer';
import { openSoanSession, screenshot, type SoanSession } from './support/session';

let s: SoanSession;
let server: SoanServer;
let editorSide: TestBackend;
const editorPushes: Push[] = [];

beforeAll(async () => {
  ({ server } = await startTestServer());
  s = await openSoanSession();
  editorSide = await setUpBackend({ profileName: people.editor.name, sync: { roundIntervalMs: 500, articleTimeoutMs: 5000 } });
  editorSide.backend.onPush((push) => editorPushes.push(push));
});

afterAll(async () => {
  await s?.close();
  await editorSide?.backend.close();
  await server?.close();
});

describe('Sync server in Chromium', () => {
  test('Settings take the address and token; the token is not shown again', async () => {
    const { page } = s;
    await page.getByTestId('firstrun-name').fill(people.reporter.name);
    await page.getByTestId('firstrun-role').selectOption('reporter');
    await page.getByTestId('firstrun-submit').click();
    await page.getByTestId('settings-open').click();
    const dialog = page.getByTestId('settings-dialog');
    await dialog.getByTestId('sync-server-url').fill('http://127.0.0.1');
    await expect.poll(() => dialog.getByTestId('sync-error-badUrl').isVisible()).toBe(true);
    await expect(dialog.getByTestId('settings-save').isDisabled()).resolves.toBe(true);
    await dialog.getByTestId('sync-server-url').fill(server.url);
    await dialog.getByTestId('sync-token').fill(people.reporter.token);
    await dialog.getByTestId('settings-save').click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByTestId('settings-open').click();
    await expect(dialog.getByTestId('sync-server-url').inputValue()).resolves.toBe(server.url);
    await expect(dialog.getByTestId('sync-token').inputValue()).resolves.toBe('');
    await expect(dialog.getByTestId('sync-token').getAttribute('placeholder')).resolves.toBe('Đã lưu mã truy cập; để trống để giữ nguyên');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  test("the editor's workstation gets the article; the reporter sees the editor on it and their typing", async () => {
    const { page } = s;
    await page.getByTestId('new-article').click();
    const editor = page.locator('[data-testid="editor"] .ProseMirror');
    await editor.waitFor();
    await editor.locator('h1').click();
    await page.keyboard.type('Đường ven biển thông xe');
    await expect.poll(() => page.getByTestId('sync-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('online');

    await editorSide.call('settings:update', { sync: { serverUrl: server.url, token: people.editor.token } });
    await expect.poll(() => editorPushes.some((p) => p.kind === 'library:changed'), { timeout: 15_000 }).toBe(true);
    const [article] = (await editorSide.call('library:list', {})).articles;
    expect(article.headline).toMatch(/^Đường/); // brought in while the reporter was still typing, maybe
    // Listening first, as the editor does: what arrives while it opens is merged too.
    const editorDoc = new EditorDoc();
    editorSide.backend.onPush((push) => {
      if (push.kind === 'article:update' && push.id === article.id) Y.applyUpdate(editorDoc.doc, push.update, 'push');
    });
    Y.applyUpdate(editorDoc.doc, (await editorSide.call('article:open', { id: article.id })).state);
    await expect.poll(() => readArticle(editorDoc.doc).headline, { timeout: 10_000 }).toBe('Đường ven biển thông xe');

    await expect.poll(() => page.getByTestId('presence-peer').allTextContents(), { timeout: 10_000 }).toEqual(['MBMinh Biên']);
    await editorSide.call('article:update', { id: article.id, update: editorDoc.type(1, 'Sapo do biên tập viên viết.') });
    await expect.poll(() => editor.locator('p.sapo').textContent(), { timeout: 10_000 }).toBe('Sapo do biên tập viên viết.');

    await editor.locator('h1').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' sớm');
    await expect.poll(() => readArticle(editorDoc.doc).headline, { timeout: 10_000 }).toBe('Đường ven biển thông xe sớm');
    await expect.poll(() => page.getByTestId('sync-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('online');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    // Both authors: the reporter typed the headline, the editor the sapo — each credited once.
    await expect.poll(() => readArticle(editorDoc.doc).meta.authors, { timeout: 10_000 }).toEqual([people.reporter.name, people.editor.name]);
    await screenshot(page, 'sync-presence');
    expect(s.pageErrors).toEqual([]);
  });
});
