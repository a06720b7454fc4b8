// The whole review loop as two people on one library play it, each with their own profile
// (their own user-data folder, as on two laptops sharing the library): the reporter writes
// and submits; the editor comments on the sapo, suggests a change in the body and in a
// caption, and returns it; the reporter replies, accepts one suggestion and rejects the
// other, resubmits; the editor approves. The history shows each step, and the diff between
// the first and the last version is right.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { openSoanSession, screenshot, type SoanSession } from './support/session';
import { findArticleOnDisk, projectFolders } from './support/articleOnDisk';
import { editorOf, selectText, waitSaved } from './support/editorText';

const HEADLINE = 'Hà Tĩnh mở đường ven biển';
const SAPO = 'Con đường dài 30 km nối ba huyện ven biển.';
const BODY = 'Công trình khởi công sáng nay với tổng vốn 500 tỷ đồng.';
const CAPTION = 'Lễ khởi công tại xã Thạch Hải.';
const COMMENT = 'Con số 30 km lấy từ nguồn nào?';
const REPLY = 'Theo quyết định của UBND tỉnh, em đã ghi nguồn.';

let shared = '';
let libraryPath = '';
let photoPath = '';
let articleId = '';
let s: SoanSession | null = null;

/** Opens Soạn as one person: their own settings folder, the shared library. */
async function openAs(person: 'reporter' | 'editor'): Promise<Page> {
  await s?.close();
  s = await openSoanSession({ libraryPath, userDataDir: path.join(shared, `user-data-${person}`) });
  const { page } = s;
  const firstRun = page.getByTestId('firstrun-name');
  const library = page.getByTestId('new-article');
  await Promise.race([firstRun.waitFor(), library.waitFor()]);
  if (await firstRun.isVisible()) {
    await firstRun.fill(person === 'reporter' ? 'Nguyễn Thị Lan' : 'Trần Văn Minh');
    await page.getByTestId('firstrun-role').selectOption(person);
    await page.getByTestId('firstrun-submit').click();
    await library.waitFor();
  }
  return page;
}

async function openTheArticle(page: Page) {
  await page.getByTestId('article-row').first().click();
  await editorOf(page).waitFor();
}

async function move(page: Page, to: string, note?: string) {
  await page.getByTestId('panel-tab-workflow').click();
  await page.getByTestId(`workflow-move-${to}`).click();
  if (note) {
    await page.getByTestId('workflow-note').fill(note);
    await page.getByTestId('workflow-note-confirm').click();
  }
  await expect.poll(() => page.getByTestId('workflow-status').getAttribute('class')).toContain(`status-${to}`);
}

beforeAll(async () => {
  shared = await mkdtemp(path.join(os.tmpdir(), 'soan-review-loop-'));
  libraryPath = path.join(shared, 'Thư viện chung');
  await mkdir(libraryPath, { recursive: true });
  photoPath = path.join(shared, 'Lễ khởi công.png');
  const png = await sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 60, g: 120, b: 90 } } })
    .png()
    .toBuffer();
  await writeFile(photoPath, png);
});

afterAll(async () => {
  await s?.close();
  if (shared) await rm(shared, { recursive: true, force: true });
});

describe('The review loop with two profiles on one library, in Chromium', () => {
  test('the reporter writes the article with a captioned photo and submits it', async () => {
    const page = await openAs('reporter');
    await page.getByTestId('new-article').click();
    const editor = editorOf(page);
    await editor.waitFor();
    await editor.locator('h1').click();
    await page.keyboard.type(HEADLINE);
    await page.keyboard.press('Enter');
    await page.keyboard.type(SAPO);
    await page.keyboard.press('Enter');
    await page.keyboard.type(BODY);
    await page.getByTestId('image-file-input').setInputFiles(photoPath);
    await editor.locator('figure').waitFor();
    await page.keyboard.type(CAPTION);
    await waitSaved(page);
    await move(page, 'submitted');
    const folders = await projectFolders(libraryPath);
    expect(folders).toHaveLength(1);
    articleId = folders[0].split('-').pop()!;
    await page.getByTestId('back-to-library').click();
  });

  test('the editor comments on the sapo, suggests changes in the body and the caption, and returns it', async () => {
    const page = await openAs('editor');
    await openTheArticle(page);
    await move(page, 'editing');

    await selectText(page, 'p.sapo', '30 km');
    await page.getByTestId('comment-add').click();
    await page.getByTestId('comment-composer').fill(COMMENT);
    await page.getByTestId('comment-submit').click();
    const thread = page.getByTestId('comment-thread');
    await expect.poll(() => thread.count()).toBe(1);
    await expect(thread.getAttribute('data-state')).resolves.toBe('open');
    await expect(editorOf(page).locator('p.sapo .comment-highlight').textContent()).resolves.toBe('30 km');

    await page.getByTestId('suggest-mode-toggle').click();
    await expect(page.getByTestId('suggest-mode-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
    await selectText(page, 'p:not(.sapo)', '500');
    await page.keyboard.type('520');
    await editorOf(page).locator('figcaption').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Ảnh: Thu Hà');
    await waitSaved(page);

    // The text itself is unchanged until someone accepts: the proposal is marked inline.
    const body = editorOf(page).locator('p:not(.sapo)').first();
    await expect(body.locator('del').textContent()).resolves.toBe('500');
    await expect(body.locator('ins').textContent()).resolves.toBe('520');
    await expect(editorOf(page).locator('figcaption ins').textContent()).resolves.toBe(' Ảnh: Thu Hà');
    await page.getByTestId('panel-tab-review').click();
    await expect.poll(() => page.getByTestId('suggestion-card').count()).toBe(2);
    await screenshot(page, 'review-loop-01-editor-suggests');

    await move(page, 'returned', 'Kiểm tra lại con số và nguồn.');
    await page.getByTestId('back-to-library').click();
    await page.getByTestId('library-status-filter').selectOption('all');
    const row = page.getByTestId('article-row').first();
    await expect.poll(() => row.getByTestId('article-open-comments').getAttribute('data-count')).toBe('1');
  });

  test('the reporter replies, accepts the body suggestion, rejects the caption one, and resubmits', async () => {
    const page = await openAs('reporter');
    await expect
      .poll(() => page.getByTestId('article-row').first().getByTestId('article-open-comments').getAttribute('data-count'))
      .toBe('1');
    await screenshot(page, 'review-loop-02-library-counts');
    await openTheArticle(page);
    await page.getByTestId('panel-tab-review').click();

    // Clicking the highlight brings the card; the card carries the editor's words.
    await editorOf(page).locator('.comment-highlight').first().click();
    const thread = page.getByTestId('comment-thread').first();
    await expect(thread.textContent()).resolves.toContain(COMMENT);
    await expect(thread.textContent()).resolves.toContain('Trần Văn Minh');
    await thread.getByTestId('comment-reply-input').fill(REPLY);
    await thread.getByTestId('comment-reply-submit').click();
    await expect.poll(() => thread.textContent()).toContain(REPLY);

    const bodyCard = page.getByTestId('suggestion-card').filter({ hasText: '520' });
    const captionCard = page.getByTestId('suggestion-card').filter({ hasText: 'Thu Hà' });
    await expect(bodyCard.getAttribute('data-author')).resolves.toBe('Trần Văn Minh');
    await bodyCard.getByTestId('suggestion-accept').click();
    const body = editorOf(page).locator('p:not(.sapo)').first();
    await expect.poll(() => body.textContent()).toBe(BODY.replace('500', '520'));

    // Undo brings the suggestion back; redo accepts it again.
    await editorOf(page).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('suggestion-card').count()).toBe(2);
    await expect(body.locator('del').textContent()).resolves.toBe('500');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.getByTestId('suggestion-card').count()).toBe(1);
    await expect.poll(() => body.textContent()).toBe(BODY.replace('500', '520'));

    await captionCard.getByTestId('suggestion-reject').click();
    await expect.poll(() => page.getByTestId('suggestion-card').count()).toBe(0);
    await expect.poll(() => editorOf(page).locator('figcaption').textContent()).toBe(CAPTION);
    await waitSaved(page);
    await screenshot(page, 'review-loop-03-reporter-reviewed');
    await move(page, 'submitted');
    await page.getByTestId('back-to-library').click();
  });

  test('the editor sees the reply, resolves the comment, and approves; export no longer blocks', async () => {
    const page = await openAs('editor');
    await openTheArticle(page);
    await page.getByTestId('panel-tab-review').click();
    const thread = page.getByTestId('comment-thread').first();
    await expect.poll(() => thread.textContent()).toContain(REPLY);

    // While the comment is open the export pre-flight blocks, and an editor cannot override.
    await page.getByTestId('export-open').click();
    const blocker = page.locator('[data-testid="preflight-blocking"][data-code="open-comments"]');
    await expect.poll(() => blocker.count()).toBe(1);
    await expect(page.getByTestId('export-override').count()).resolves.toBe(0);
    await page.getByTestId('export-close').click();

    await thread.getByTestId('comment-resolve').click();
    await expect.poll(() => page.locator('[data-testid="comment-thread"][data-state="open"]').count()).toBe(0);
    await expect(page.getByTestId('review-open-count').count()).resolves.toBe(0);
    await move(page, 'editing');
    await move(page, 'approved');
    await waitSaved(page);
    await page.getByTestId('export-open').click();
    await page.getByTestId('export-dialog').waitFor();
    await expect.poll(() => page.getByTestId('export-run').isEnabled()).toBe(true);
    await expect(page.locator('[data-testid="preflight-blocking"]').count()).resolves.toBe(0);
    await page.getByTestId('export-close').click();
  });

  test('the history shows each step and the diff between the first and last version is right', async () => {
    const page = s!.page;
    await page.getByTestId('panel-tab-history').click();
    const entries = page.getByTestId('version-entry');
    // submitted, editing, returned, submitted, editing, approved (newest first).
    await expect.poll(() => entries.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(6);
    const listed = (await entries.allTextContents()).join('\n');
    for (const state of ['Đã nộp', 'Đang biên tập', 'Trả lại', 'Đã duyệt']) expect(listed).toContain(state);
    expect(listed).toContain('Nguyễn Thị Lan');
    expect(listed).toContain('Trần Văn Minh');

    await entries.first().locator('input[type="checkbox"]').check();
    await entries.last().locator('input[type="checkbox"]').check();
    await page.getByTestId('history-compare').click();
    const compare = page.getByTestId('version-compare');
    await compare.waitFor();
    await expect(compare.getByTestId('diff-added').allTextContents()).resolves.toEqual([expect.stringContaining('520')]);
    await expect(compare.getByTestId('diff-removed').allTextContents()).resolves.toEqual([expect.stringContaining('500')]);
    await compare.scrollIntoViewIfNeeded();
    await screenshot(page, 'review-loop-04-history-diff');

    const onDisk = await findArticleOnDisk(libraryPath, articleId);
    expect(onDisk.json.text).toContain(BODY.replace('500', '520'));
    expect(onDisk.json.text).toContain(CAPTION);
    expect(onDisk.json.text).not.toContain('Thu Hà');
    expect(s!.pageErrors).toEqual([]);
  });
});
