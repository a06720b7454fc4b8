// Catching up with the server after time offline, in the real renderer: the editor (Chromium)
// turns sync off and edits an article the reporter (a second library, its services in this
// process) keeps editing online — both rewrite the same words of the headline, the reporter
// deletes the paragraph the editor wrote in. When the editor's sync is back, the library says
// "Bài … đã gộp với bản trên máy chủ — cần xem lại"; "Xem lại" opens the package merge report
// with its choices; a choice reaches the reporter; closing lets the report go. Then a photo the
// reporter adds shows in the editor's open article once it has come down from the server.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import type { Push } from '../../electron/contract/ipc/push';
import { readArticle } from '../../electron/contract/article/readArticle';
import { EditorDoc, imageFixture, setUpBackend, type TestBackend } from '../unit/services/support';
import { people, startTestServer } from '../unit/server/serverSupport';
import { append, deleteBlock, rewrite } from '../unit/packages/articleCopies';
import type { SoanServer } from '../../server/soanServer';
import { editorOf, selectText, waitSaved } from './support/editorText';
import { openSoanSession, screenshot, type SoanSession } from './support/session';

let s: SoanSession;
let server: SoanServer;
let reporter: TestBackend;
const reporterPushes: Push[] = [];
const reporterCopy = new EditorDoc();
let id: string;

const reporterStatus = () => (reporterPushes.filter((p) => p.kind === 'sync:status').at(-1) as Extract<Push, { kind: 'sync:status' }> | undefined)?.status;
const reporterEdit = (change: (doc: Y.Doc) => void) => reporter.call('article:update', { id, update: reporterCopy.change((_, doc) => change(doc)) });

async function setSync(serverUrl: string, token: string): Promise<void> {
  const { page } = s;
  await page.getByTestId('settings-open').click();
  const dialog = page.getByTestId('settings-dialog');
  await dialog.getByTestId('sync-server-url').fill(serverUrl);
  if (token) await dialog.getByTestId('sync-token').fill(token);
  await dialog.getByTestId('settings-save').click();
  await dialog.waitFor({ state: 'detached' });
}

beforeAll(async () => {
  ({ server } = await startTestServer());
  reporter = await setUpBackend({ profileName: people.reporter.name, sync: { roundIntervalMs: 500, articleTimeoutMs: 5000 } });
  reporter.backend.onPush((push) => {
    reporterPushes.push(push);
    if (push.kind === 'article:update' && push.id === id) Y.applyUpdate(reporterCopy.doc, push.update, 'push');
  });
  ({ id } = await reporter.call('article:create', { headline: 'Hà Tĩnh mở đường ven biển' }));
  Y.applyUpdate(reporterCopy.doc, (await reporter.call('article:open', { id })).state);
  await reporterEdit((doc) => append(doc, [2], 'Công trình khởi công sáng nay.'));
  await reporter.call('article:update', { id, update: reporterCopy.addParagraph('Tổng vốn đầu tư 500 tỷ đồng.') });
  await reporter.call('article:update', { id, update: reporterCopy.addParagraph('Người dân phấn khởi.') });
  await reporter.call('settings:update', { sync: { serverUrl: server.url, token: people.reporter.token } });
  s = await openSoanSession();
});

afterAll(async () => {
  await s?.close();
  await reporter?.backend.close();
  await server?.close();
});

describe('a sync merge that needs a decision, in Chromium', () => {
  test('the editor gets the article, then edits it with sync off while the reporter edits online', async () => {
    const { page } = s;
    await page.getByTestId('firstrun-name').fill(people.editor.name);
    await page.getByTestId('firstrun-role').selectOption('editor');
    await page.getByTestId('firstrun-submit').click();
    await setSync(server.url, people.editor.token);
    const row = page.getByTestId('article-row').filter({ hasText: 'Hà Tĩnh mở đường ven biển' });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    await setSync('', ''); // off the network

    await row.click();
    await editorOf(page).locator('p', { hasText: 'Người dân phấn khởi.' }).waitFor();
    await selectText(page, 'h1', 'ven biển');
    await page.keyboard.type('ven bờ biển');
    await selectText(page, 'p:has-text("Người dân phấn khởi.")', 'phấn khởi.', true);
    await page.keyboard.type(' Cần thêm ý kiến người dân.');
    await waitSaved(page);
    await page.getByTestId('back-to-library').click();

    await expect.poll(() => reporterStatus()?.state, { timeout: 10_000 }).toBe('online');
    await reporterEdit((doc) => rewrite(doc, [0], 'ven biển', 'duyên hải'));
    await reporterEdit((doc) => deleteBlock(doc, 4));
    await expect.poll(() => reporterStatus()?.state === 'online' && reporterStatus()?.waiting === 0, { timeout: 10_000 }).toBe(true);
    await expect(page.getByTestId('sync-merge-notice').count()).resolves.toBe(0);
  });

  test('back online: the library says the article was merged and needs a look; the report offers the choices', async () => {
    const { page } = s;
    await setSync(server.url, people.editor.token);
    const notice = page.getByTestId('sync-merge-notice');
    await notice.waitFor({ timeout: 20_000 });
    await expect(notice.getByTestId('sync-merge-item').allTextContents()).resolves.toEqual([expect.stringContaining('đã gộp với bản trên máy chủ — cần xem lại')]);
    await screenshot(page, 'sync-merge-notice');

    await notice.getByTestId('sync-merge-review').click();
    const report = page.getByTestId('merge-report');
    await report.waitFor();
    await expect(report.locator('.dialog-title, h2').first().textContent()).resolves.toContain('Đã gộp với bản trên máy chủ');
    const kinds = await report.getByTestId('merge-flag').evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
    expect(kinds.sort()).toEqual(['kept-deleted-text', 'overlapping-edits']);
    await expect(report.getByTestId('merge-flag').filter({ hasText: 'Cần thêm ý kiến người dân.' }).count()).resolves.toBe(1);
    await screenshot(page, 'sync-merge-report');

    // The editor's binding kept the first letter of "ven biển" (typing "v" over it), and the
    // reporter's rewrite deleted it: the merged passage lacks that "v", yet the editor's side
    // reads as the editor wrote it, and keeping it puts the "v" back.
    const overlap = report.locator('[data-kind="overlapping-edits"]');
    await expect(overlap.getByTestId('merge-side-local').locator('mark').textContent()).resolves.toBe('ven bờ biển');
    await expect(overlap.getByTestId('merge-side-incoming').locator('mark').textContent()).resolves.toBe('duyên hải');
    // Keep the editor's own words; the choice reaches the reporter through the server.
    await report.getByTestId('merge-keep-local').click();
    await expect.poll(() => report.locator('[data-kind="overlapping-edits"]').getAttribute('data-state')).toBe('chosen');
    await expect.poll(() => readArticle(reporterCopy.doc).headline, { timeout: 15_000 }).toMatch(/^Hà Tĩnh mở đường v?en bờ biển$/);
    expect(readArticle(reporterCopy.doc).headline).toBe('Hà Tĩnh mở đường ven bờ biển');
    // The text written in the deleted paragraph is on the reporter's side too, as a suggestion.
    await expect.poll(() => JSON.stringify(readArticle(reporterCopy.doc).stored), { timeout: 15_000 }).toContain('Cần thêm ý kiến người dân.');

    // "Mở bài": the article in the editor, the notice still there to come back to.
    await report.getByTestId('merge-report-open').click();
    await editorOf(page).waitFor();
    await expect.poll(() => editorOf(page).locator('h1').textContent(), { timeout: 10_000 }).toMatch(/bờ biển$/);
    await expect(notice.getByTestId('sync-merge-item').count()).resolves.toBe(1);
    await screenshot(page, 'sync-merge-notice-editor');
    await notice.getByTestId('sync-merge-review').click();
    await report.waitFor();
    await report.getByTestId('merge-report-close').click();
    await expect.poll(() => notice.count()).toBe(0);
    await page.getByTestId('back-to-library').click();
    // Dismissed for good: a reload does not bring it back.
    await page.reload();
    await page.getByTestId('library-screen').waitFor();
    await page.waitForTimeout(500);
    await expect(page.getByTestId('sync-merge-notice').count()).resolves.toBe(0);
    expect(s.pageErrors).toEqual([]);
  });

  test("a photo the reporter adds reaches the editor's open article and shows there", async () => {
    const { page } = s;
    await page.getByTestId('article-row').first().click();
    await editorOf(page).waitFor();
    const photo = await reporter.call('media:import', { articleId: id, fileName: 'Lễ khởi công.jpg', bytes: await imageFixture('photo.jpg') });
    await reporter.call(
      'article:update',
      {
        id,
        update: reporterCopy.change((fragment) => {
          const figure = new Y.XmlElement('figure');
          figure.setAttribute('src', photo.file);
          const caption = new Y.XmlElement('figcaption');
          caption.insert(0, [new Y.XmlText('Lễ khởi công tại xã Thạch Hải.')]);
          figure.insert(0, [caption]);
          fragment.insert(2, [figure]);
        }),
      },
    );
    const image = editorOf(page).locator(`figure[data-src="${photo.file}"] img`);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0).catch(() => false), { timeout: 20_000 }).toBe(true);
    await screenshot(page, 'sync-media-arrived');
    expect(s.pageErrors).toEqual([]);
  });
});
