// The sync server in the real renderer: a reporter in Chromium sets the server address and
// token in Settings and writes; an editor's workstation (a second library, its services in
// this process) gets the article, opens it and types. The reporter sees the editor on the
// article, in the editor's colour, and the editor's words appear as they are typed; each
// sees the other's caret in the text, on the same words while the text changes.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Caret } from '../../electron/contract/caret';
import type { Push } from '../../electron/contract/ipc/push';
import { readArticle } from '../../electron/contract/article/readArticle';
import { EditorDoc, setUpBackend, type TestBackend } from '../unit/services/support';
import { people, startTestServer } from '../unit/server/serverSupport';
import { presenceColor } from '../../electron/services/sync/presenceColor';
import type { SoanServer } from '../../server/soanServer';
import { openSoanSession, screenshot, type SoanSession } from './support/session';

let s: SoanSession;
let server: SoanServer;
let editorSide: TestBackend;
const editorPushes: Push[] = [];
/** The editor's copy of the article (the second test opens it), and who it is. */
let editorDoc: EditorDoc;
let articleId: string;

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
    // Handed to the services (the editor batches keystrokes), then sent up: only then does "online" mean the server has it.
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    await expect.poll(() => page.getByTestId('sync-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('online');

    await editorSide.call('settings:update', { sync: { serverUrl: server.url, token: people.editor.token } });
    await expect.poll(() => editorPushes.some((p) => p.kind === 'library:changed'), { timeout: 15_000 }).toBe(true);
    const [article] = (await editorSide.call('library:list', {})).articles;
    expect(article.headline).toMatch(/^Đường/); // brought in while the reporter was still typing, maybe
    // Listening first, as the editor does: what arrives while it opens is merged too.
    editorDoc = new EditorDoc();
    articleId = article.id;
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

  test("each sees the other's caret: the editor's selection in the editor's colour with their name, on the same words while the text changes", async () => {
    const { page } = s;
    const editor = page.locator('[data-testid="editor"] .ProseMirror');
    const sapoText = () => (editorDoc.fragment.get(1) as Y.XmlElement).get(0) as Y.XmlText;
    const at = (index: number) => Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(sapoText(), index, -1)) as Caret['anchor'];
    // "Sapo do biên tập viên viết.": the editor selects "biên tập".
    const selection = { anchor: at(8), head: at(16) };
    await editorSide.call('article:caret', { id: articleId, caret: selection });
    const caret = editor.getByTestId('remote-caret');
    await expect.poll(() => caret.count(), { timeout: 10_000 }).toBe(1);
    expect(await caret.locator('.remote-caret-label').textContent()).toBe(people.editor.name);
    const hex = presenceColor(people.editor.name);
    const rgb = `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(await caret.evaluate((el) => getComputedStyle(el).borderLeftColor)).toBe(rgb);
    expect(await caret.locator('.remote-caret-label').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb);
    await expect.poll(() => editor.locator('p.sapo .remote-selection').allTextContents()).toEqual(['biên tập']);
    // The caret sits right after "tập", inside the sapo.
    const textBeforeCaret = () => caret.evaluate((el) => {
      const range = document.createRange();
      range.setStart(el.closest('p')!, 0);
      range.setEndBefore(el);
      return range.toString();
    });
    expect(await textBeforeCaret()).toBe('Sapo do biên tập');

    // The editor types in front of it: the caret and the selection move with their words.
    await editorSide.call('article:update', { id: articleId, update: editorDoc.change(() => sapoText().insert(0, 'Bản tin: ')) });
    await expect.poll(() => editor.locator('p.sapo').evaluate((p) => p.firstChild?.textContent ?? ''), { timeout: 10_000 }).toMatch(/^Bản tin: Sapo do /);
    await expect.poll(() => textBeforeCaret()).toBe('Bản tin: Sapo do biên tập');
    await expect.poll(() => editor.locator('p.sapo .remote-selection').allTextContents()).toEqual(['biên tập']);
    await screenshot(page, 'sync-carets');

    // The reporter's caret (clicked at the end of the headline) reaches the editor's side, placed there too.
    const mirror = new Awareness(editorDoc.doc);
    editorSide.backend.onPush((push) => push.kind === 'article:carets' && push.id === articleId && applyAwarenessUpdate(mirror, push.update, 'push'));
    // The others as they stand (the editor's caret stays where it is), then as they change.
    const { carets } = await editorSide.call('article:caret', { id: articleId, caret: selection });
    applyAwarenessUpdate(mirror, carets, 'push');
    await editor.locator('h1').click();
    await page.keyboard.press('End');
    const headline = (editorDoc.fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const reporterCaretIndex = () => {
      const state = [...mirror.getStates().values()].find((st) => (st as { user?: { name?: string } }).user?.name === people.reporter.name) as { user: { color: string }; cursor: Caret | null } | undefined;
      if (!state?.cursor) return null;
      const place = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(state.cursor.head), editorDoc.doc);
      return place?.type === headline ? place.index : null;
    };
    await expect.poll(reporterCaretIndex, { timeout: 10_000 }).toBe(headline.length);
    mirror.destroy();
    expect(s.pageErrors).toEqual([]);
  });
});
