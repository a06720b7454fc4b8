// The review loop's workflow and history, as two people on one library meet it: a reporter
// writes and submits; the profile becomes an editor, who takes the article for editing and
// returns it with a note; the reporter sees the note; the history compares two versions.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSoanSession, screenshot, type SoanSession } from './support/session';

let s: SoanSession;

beforeAll(async () => {
  s = await openSoanSession();
});

afterAll(async () => {
  await s?.close();
});

async function switchProfile(name: string, role: 'reporter' | 'editor') {
  const { page } = s;
  await page.getByTestId('settings-open').click();
  const dialog = page.getByTestId('settings-dialog');
  await dialog.getByTestId('settings-name').fill(name);
  await dialog.getByTestId('settings-role').selectOption(role);
  await dialog.getByTestId('settings-save').click();
  await dialog.waitFor({ state: 'detached' });
}

async function openTheArticle() {
  const { page } = s;
  await page.getByTestId('article-row').first().click();
  await page.locator('[data-testid="editor"] .ProseMirror').waitFor();
}

describe('Workflow and version history in Chromium', () => {
  test('the reporter writes, saves a labelled version, and submits', async () => {
    const { page } = s;
    await page.getByTestId('firstrun-name').fill('Nguyễn Thị Lan');
    await page.getByTestId('firstrun-role').selectOption('reporter');
    await page.getByTestId('firstrun-submit').click();
    await page.getByTestId('new-article').click();
    const editor = page.locator('[data-testid="editor"] .ProseMirror');
    await editor.waitFor();
    await editor.locator('h1').click();
    await page.keyboard.type('Hà Tĩnh mở đường ven biển');
    await editor.locator('p.sapo').click();
    await page.keyboard.type('Con đường dài 30 km nối ba huyện.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Công trình khởi công hôm nay.');
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toContain('Đã lưu');

    await page.getByTestId('panel-tab-history').click();
    await page.getByTestId('history-label').fill('Bản gửi thư ký');
    await page.getByTestId('history-save').click();
    await expect.poll(() => page.getByTestId('version-entry').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Bản gửi thư ký')]),
    );

    await page.getByTestId('panel-tab-workflow').click();
    await expect(page.getByTestId('workflow-status').textContent()).resolves.toBe('Nháp');
    await expect(page.getByTestId('workflow-move-approved').count()).resolves.toBe(0);
    await page.getByTestId('workflow-move-submitted').click();
    await expect.poll(() => page.getByTestId('workflow-status').textContent()).toBe('Đã nộp');
    await page.getByTestId('back-to-library').click();
  });

  test('the library filters by state', async () => {
    const { page } = s;
    await page.getByTestId('library-status-filter').selectOption('draft');
    await expect.poll(() => page.getByTestId('article-row').count()).toBe(0);
    await page.getByTestId('library-status-filter').selectOption('submitted');
    await expect.poll(() => page.getByTestId('article-row').count()).toBe(1);
  });

  test('the editor takes it for editing, adds a word, and returns it with a note', async () => {
    const { page } = s;
    await switchProfile('Trần Văn Minh', 'editor');
    await openTheArticle();
    await page.getByTestId('panel-tab-workflow').click();
    await page.getByTestId('workflow-move-editing').click();
    await expect.poll(() => page.getByTestId('workflow-status').textContent()).toBe('Đang biên tập');
    const editor = page.locator('[data-testid="editor"] .ProseMirror');
    await editor.locator('p.sapo').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' ven biển');
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toContain('Đã lưu');
    await page.getByTestId('workflow-move-returned').click();
    await page.getByTestId('workflow-note').fill('Cần thêm nguồn cho con số 30 km.');
    await page.getByTestId('workflow-note-confirm').click();
    await expect.poll(() => page.getByTestId('workflow-status').textContent()).toBe('Trả lại');
    await page.getByTestId('back-to-library').click();
  });

  test('the reporter sees the note in the timeline; the history compares two versions', async () => {
    const { page } = s;
    await switchProfile('Nguyễn Thị Lan', 'reporter');
    await page.getByTestId('library-status-filter').selectOption('all');
    await openTheArticle();
    await page.getByTestId('panel-tab-workflow').click();
    const timeline = page.getByTestId('workflow-timeline');
    await expect.poll(() => timeline.textContent()).toContain('Cần thêm nguồn cho con số 30 km.');
    await expect(timeline.textContent()).resolves.toContain('Trần Văn Minh');
    await expect(page.getByTestId('workflow-move-submitted').count()).resolves.toBe(1);
    await screenshot(page, 'review-01-workflow-panel');

    await page.getByTestId('panel-tab-history').click();
    const entries = page.getByTestId('version-entry');
    await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(4);
    // Newest first: the return, then the take for editing... pick the newest and the labelled one.
    await entries.first().locator('input[type="checkbox"]').check();
    await entries.filter({ hasText: 'Bản gửi thư ký' }).locator('input[type="checkbox"]').check();
    await page.getByTestId('history-compare').click();
    const compare = page.getByTestId('version-compare');
    await compare.waitFor();
    await expect(compare.getByTestId('diff-added').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('ven biển')]));
    await compare.scrollIntoViewIfNeeded();
    await screenshot(page, 'review-02-history-compare');
  });

  test('restoring the labelled version brings its text back and keeps the current one as a version', async () => {
    const { page } = s;
    const entries = page.getByTestId('version-entry');
    const before = await entries.count();
    await entries.filter({ hasText: 'Bản gửi thư ký' }).getByTestId('history-restore').click();
    await page.getByTestId('history-restore-confirm').click();
    const sapo = page.locator('[data-testid="editor"] .ProseMirror p.sapo');
    await expect.poll(() => sapo.textContent()).toBe('Con đường dài 30 km nối ba huyện.');
    await expect.poll(() => entries.count()).toBe(before + 2);
    expect(s.pageErrors).toEqual([]);
  });
});
