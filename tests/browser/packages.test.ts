// Two libraries, two laptops, one article travelling by file, in Chromium: the reporter
// writes and sends; the editor opens the package, comments, rewrites a word, suggests a
// new figure and sends it back; the reporter, who kept writing with the article open — and
// rewrote the same word — opens the reply in the editor. Both people's words and the review
// are there, the report says what came in and shows the two versions of the word side by
// side; one click keeps the reporter's.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as Y from 'yjs';
import { metaKeys } from '../../electron/contract/article/articleNames';
import { writeMetaValue } from '../../electron/contract/article/metaStore';
import { writePackage } from '../../electron/services/package/writePackage';
import { append, comment, copyOf, deleteBlock, editor as editorActor, firstCopy, rewrite, rewriteAsEditor } from '../unit/packages/articleCopies';
import { openSoanSession, screenshot, type SoanSession } from './support/session';
import { editorOf, selectText, waitSaved } from './support/editorText';

const HEADLINE = 'Hà Tĩnh mở đường ven biển';
const SAPO = 'Con đường dài 30 km nối ba huyện ven biển.';
const BODY = 'Công trình khởi công sáng nay với tổng vốn 500 tỷ đồng.';
const MORE = 'Người dân phấn khởi đón tin vui.';
const COMMENT = 'Con số 30 km lấy từ nguồn nào?';

let reporter: SoanSession;
let editor: SoanSession;
let firstPackage = '';
let reply = '';

async function firstRun(page: Page, name: string, role: 'reporter' | 'editor'): Promise<void> {
  await page.getByTestId('firstrun-name').fill(name);
  await page.getByTestId('firstrun-role').selectOption(role);
  await page.getByTestId('firstrun-submit').click();
  await page.getByTestId('new-article').waitFor();
}

/**
 * Writes `doc` as a package from `sender` (everything, or only what `receiver` lacks) and opens
 * it in the library, as a file received; waits for the merge report.
 */
async function openPackage(page: Page, file: string, p: { articleId: string; headline: string; doc: Y.Doc; sender: string; receiver?: Y.Doc | null }): Promise<void> {
  const { doc, receiver } = p;
  const bytes = writePackage({
    articleId: p.articleId,
    headline: p.headline,
    sender: { name: p.sender, role: p.sender === 'Trần Văn Minh' ? 'editor' : 'reporter' },
    sentAt: '2026-11-27T10:00:00.000Z',
    update: receiver ? Y.encodeStateAsUpdate(doc, Y.encodeStateVector(receiver)) : Y.encodeStateAsUpdate(doc),
    stateVector: Y.encodeStateVector(doc),
    base: receiver ? Y.encodeStateVector(receiver) : null,
    media: [],
    mediaInUse: [],
    history: [],
  });
  await writeFile(file, bytes);
  await page.getByTestId('import-file-input').setInputFiles(file);
  await page.getByTestId('merge-report').waitFor();
}

async function sendFromEditor(page: Page, shot?: string): Promise<string> {
  await waitSaved(page);
  await page.getByTestId('package-send').click();
  await page.getByTestId('send-run').click();
  const done = page.getByTestId('send-done-path');
  await done.waitFor();
  if (shot) await screenshot(page, shot);
  const path = (await done.textContent())!;
  await page.getByTestId('send-close').click();
  return path;
}

beforeAll(async () => {
  [reporter, editor] = await Promise.all([openSoanSession(), openSoanSession()]);
  await firstRun(reporter.page, 'Nguyễn Thị Lan', 'reporter');
  await firstRun(editor.page, 'Trần Văn Minh', 'editor');
}, 120_000);

afterAll(async () => {
  await reporter?.close();
  await editor?.close();
});

describe('An article travels between two libraries by .soan file', () => {
  test('the reporter writes and sends it', async () => {
    const page = reporter.page;
    await page.getByTestId('new-article').click();
    const text = editorOf(page);
    await text.waitFor();
    await text.locator('h1').click();
    await page.keyboard.type(HEADLINE);
    await page.keyboard.press('Enter');
    await page.keyboard.type(SAPO);
    await page.keyboard.press('Enter');
    await page.keyboard.type(BODY);
    firstPackage = await sendFromEditor(page, 'packages-01-send-dialog');
    expect(firstPackage).toMatch(/ha-tinh-mo-duong-ven-bien\.soan$/);
    expect((await readFile(firstPackage)).subarray(0, 2).toString()).toBe('PK');
  });

  test('the editor opens it in the library: a new article, with a report', async () => {
    const page = editor.page;
    await page.getByTestId('import-file-input').setInputFiles(firstPackage);
    const report = page.getByTestId('merge-report');
    await report.waitFor();
    await expect(page.getByTestId('merge-report-outcome').getAttribute('data-outcome')).resolves.toBe('new-article');
    await expect(report.textContent()).resolves.toContain('Nguyễn Thị Lan');
    await screenshot(page, 'packages-02-editor-receives');
    await page.getByTestId('merge-report-open').click();
    await editorOf(page).waitFor();
    await expect.poll(() => editorOf(page).locator('h1').textContent()).toBe(HEADLINE);
  });

  test('the editor comments, rewrites a word and suggests, and sends it back', async () => {
    const page = editor.page;
    await selectText(page, 'p.sapo', '30 km');
    await page.getByTestId('comment-add').click();
    await page.getByTestId('comment-composer').fill(COMMENT);
    await page.getByTestId('comment-submit').click();
    await expect.poll(() => page.getByTestId('comment-thread').count()).toBe(1);
    await selectText(page, 'p:not(.sapo)', 'sáng');
    await page.keyboard.type('chiều');
    await page.getByTestId('suggest-mode-toggle').click();
    await selectText(page, 'p:not(.sapo)', '500');
    await page.keyboard.type('520');
    await expect.poll(() => editorOf(page).locator('p:not(.sapo) ins').first().textContent()).toBe('520');
    reply = await sendFromEditor(page);
  });

  test('the reporter, who kept writing and rewrote the same word, opens the reply in the editor', async () => {
    const page = reporter.page;
    await selectText(page, 'p:not(.sapo)', 'sáng');
    await page.keyboard.type('trưa');
    await selectText(page, 'p:not(.sapo)', 'tỷ đồng.', true);
    await page.keyboard.type(` ${MORE}`);
    await waitSaved(page);
    await page.getByTestId('package-file-input').setInputFiles(reply);
    const report = page.getByTestId('merge-report');
    await report.waitFor();
    await expect(page.getByTestId('merge-report-outcome').getAttribute('data-outcome')).resolves.toBe('merged');
    const cameIn = await page.getByTestId('merge-came-in').allTextContents();
    expect(cameIn).toContain('Trần Văn Minh: 1 bình luận mới, 0 trả lời');
    expect(cameIn).toContain('Trần Văn Minh: 1 đề xuất sửa');
    const overlap = page.locator('[data-testid="merge-flag"][data-kind="overlapping-edits"]');
    await expect(overlap.getByTestId('merge-side-local').textContent()).resolves.toContain('trưa');
    await expect(overlap.getByTestId('merge-side-incoming').textContent()).resolves.toContain('chiều');
    await screenshot(page, 'packages-03-merge-report');

    // Both edits and the review are in the open editor before any choice.
    const body = editorOf(page).locator('p:not(.sapo)').first();
    await expect.poll(() => body.textContent()).toContain(MORE);
    await expect.poll(() => body.locator('ins').first().textContent()).toBe('520');
    await expect.poll(() => editorOf(page).locator('p.sapo .comment-highlight').textContent()).toBe('30 km');

    await overlap.getByTestId('merge-keep-local').click();
    await expect.poll(() => overlap.getAttribute('data-state')).toBe('chosen');
    await screenshot(page, 'packages-04-choice-made');
    await page.getByTestId('merge-report-close').click();
    await expect.poll(() => body.textContent()).toBe(BODY.replace('sáng', 'trưa').replace('500', '500520') + ` ${MORE}`);
    await page.getByTestId('panel-tab-review').click();
    await expect.poll(() => page.getByTestId('comment-thread').count()).toBe(1);
    await expect(page.getByTestId('comment-thread').first().textContent()).resolves.toContain(COMMENT);
    await waitSaved(page);
    await screenshot(page, 'packages-05-reporter-merged');

    // The history has the merge as a version.
    await page.getByTestId('panel-tab-history').click();
    await expect.poll(() => page.getByTestId('version-entry').first().textContent()).toMatch(/Gộp bản của Trần Văn Minh, \d\d:\d\d/);
    expect(reporter.pageErrors).toEqual([]);
    expect(editor.pageErrors).toEqual([]);
  });

  test('opening the reply again says nothing is new', async () => {
    const page = reporter.page;
    await page.getByTestId('package-file-input').setInputFiles(reply);
    await page.getByTestId('merge-report').waitFor();
    await expect(page.getByTestId('merge-report-outcome').getAttribute('data-outcome')).resolves.toBe('nothing-new');
    await page.getByTestId('merge-report-close').click();
  });

  test('a file that is not a package is refused in plain words', async () => {
    const page = editor.page;
    await page.getByTestId('back-to-library').click();
    await page.getByTestId('import-file-input').setInputFiles({ name: 'hỏng.soan', mimeType: 'application/octet-stream', buffer: Buffer.from('không phải gói bài') });
    const banner = page.getByTestId('error-banner');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain('Không mở gói bài “hỏng.soan”: tệp này không phải gói bài của Soạn.');
    await screenshot(page, 'packages-06-refused');
  });

  test('a report with every kind of case, in plain words, with its choices', async () => {
    // Three copies of one article: the library gets the first, then the reporter's own work
    // from her other laptop, then the editor's copy made meanwhile.
    const page = reporter.page;
    await page.getByTestId('back-to-library').click();
    const base = firstCopy({ headline: 'Cầu Cửa Hội thông xe', sapo: 'Cây cầu dài 1,2 km nối Nghệ An và Hà Tĩnh.', body: ['Cầu khởi công năm 2020.', 'Tổng vốn đầu tư 850 tỷ đồng.', 'Người dân hai bờ phấn khởi.'], caption: 'Cầu Cửa Hội nhìn từ trên cao.', byline: 'Thu Hà' }, 1, 'cuahoi00000001');
    const hers = copyOf(base, 2);
    const his = copyOf(base, 3);
    comment(hers, [3], '850 tỷ', { name: 'Nguyễn Thị Lan', role: 'reporter' }, 't-von', 'Cần nguồn.');
    append(hers, [3], ' Vốn ngân sách trung ương chiếm 70%.');
    rewrite(hers, [1], '1,2 km', '1,25 km');
    writeMetaValue(hers, metaKeys.section, 'Kinh tế');
    deleteBlock(his, 3);
    rewrite(his, [1], '1,2 km', 'hơn một cây số');
    writeMetaValue(his, metaKeys.section, 'Thời sự');
    comment(his, [2], 'năm 2020', editorActor, 't-nam', 'Tháng mấy?');
    const files = [
      ['cua-hoi-1.soan', base, 'Thu Hà'],
      ['cua-hoi-2.soan', hers, 'Nguyễn Thị Lan'],
      ['cua-hoi-3.soan', his, 'Trần Văn Minh'],
    ] as const;
    for (const [name, doc, sender] of files) {
      await openPackage(page, path.join(reporter.root, name), { articleId: 'cuahoi00000001', headline: 'Cầu Cửa Hội thông xe', doc, sender });
      if (name !== 'cua-hoi-3.soan') await page.getByTestId('merge-report-close').click();
    }
    const kinds = await page.getByTestId('merge-flag').evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
    expect(kinds.sort()).toEqual(['detached-comment', 'kept-deleted-text', 'meta-conflict', 'overlapping-edits']);
    const kept = page.locator('[data-testid="merge-flag"][data-kind="kept-deleted-text"]');
    await expect(kept.textContent()).resolves.toContain('Vốn ngân sách trung ương chiếm 70%.');
    await screenshot(page, 'packages-07-report-every-case');
    const section = page.locator('[data-testid="merge-flag"][data-kind="meta-conflict"]');
    await section.getByTestId('merge-keep-value').filter({ hasText: 'Thời sự' }).click();
    await expect.poll(() => section.getAttribute('data-state')).toBe('chosen');
    await page.getByTestId('merge-report-open').click();
    await editorOf(page).waitFor();
    // The paragraph he deleted is back as her suggestion, words and all.
    await expect.poll(() => editorOf(page).locator('ins').first().textContent()).toContain('Vốn ngân sách trung ương chiếm 70%.');
    await screenshot(page, 'packages-08-kept-as-suggestion');
  });

  test('one word rewritten on both sides, sharing letters: each side reads as written, or says what it lacks', async () => {
    // The editor's binding keeps the letters old and new share: she wrote "Hà" over "Hải"
    // (keeping "H"), he wrote "Hội" (keeping "H" and "i"). His copy comes as a package of
    // only what this library lacked, so the "i" she deleted is nowhere here.
    const page = reporter.page;
    await page.getByTestId('back-to-library').click();
    const id = 'thachhai000001';
    const base = firstCopy({ headline: 'Về xã Thạch Hải', sapo: 'Ghi chép của phóng viên.', body: ['Đoàn về xã Thạch Hải hôm qua.'] }, 1, id);
    const hers = copyOf(base, 2);
    const his = copyOf(base, 3);
    rewriteAsEditor(hers, [2], 'Hải', 'Hà');
    rewriteAsEditor(his, [2], 'Hải', 'Hội');
    const send = (name: string, doc: Y.Doc, sender: string, receiver: Y.Doc | null) =>
      openPackage(page, path.join(reporter.root, name), { articleId: id, headline: 'Về xã Thạch Hải', doc, sender, receiver });
    await send('thach-hai-1.soan', base, 'Thu Hà', null);
    await page.getByTestId('merge-report-close').click();
    await send('thach-hai-2.soan', hers, 'Nguyễn Thị Lan', null);
    await page.getByTestId('merge-report-close').click();
    await send('thach-hai-3.soan', his, 'Trần Văn Minh', hers);
    const overlap = page.locator('[data-testid="merge-flag"][data-kind="overlapping-edits"]');
    await expect(overlap.getByTestId('merge-side-local').locator('mark').textContent()).resolves.toBe('Hà');
    await expect(overlap.getByTestId('merge-incoming-unread').textContent()).resolves.toContain('Trần Văn Minh');
    // His side reads without the "i" she deleted, and the flag's one note is that one: her side
    // is exact and needs none.
    await expect(overlap.getByTestId('merge-side-incoming').locator('mark').textContent()).resolves.toBe('Hộ');
    await expect(overlap.getByTestId('merge-incoming-unread').count()).resolves.toBe(1);
    await screenshot(page, 'packages-09-shared-letters');
    await overlap.getByTestId('merge-keep-local').click();
    await expect.poll(() => overlap.getAttribute('data-state')).toBe('chosen');
    await page.getByTestId('merge-report-open').click();
    await expect.poll(() => editorOf(page).locator('p:not(.sapo)').first().textContent()).toBe('Đoàn về xã Thạch Hà hôm qua.');
  });
});

