// Issue 16 in real Chromium: what a newsroom desk asks for next, as the desk meets it — a
// photo's focal point and crops, an embargo, corrections, the planned length, a legal flag,
// the assignment, @mentions and alternative headlines — each seen on screen, in
// article.json and in the exported package.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import sharp from 'sharp';
import { openSoanSession, screenshot, type SoanSession } from './support/session';
import { findArticleOnDisk, nodesOfType, projectFolders } from './support/articleOnDisk';
import { editorOf, selectText, waitSaved } from './support/editorText';
import { toLocalInput } from '../../renderer/desk/localDateTime';

const HEADLINE = 'Hà Tĩnh khánh thành cầu Cửa Sót mới';
const SAPO = 'Sáng nay, tỉnh Hà Tĩnh khánh thành cầu Cửa Sót mới nối hai huyện Lộc Hà và Thạch Hà.';
const BODY = 'Cây cầu dài 500 mét, rộng 12 mét, được xây dựng trong 18 tháng với tổng vốn đầu tư 300 tỷ đồng.';

let s: SoanSession;
let photoPath = '';
let exportDir = '';
const inHours = (hours: number) => new Date(Math.floor(Date.now() / 60_000) * 60_000 + hours * 3_600_000).toISOString();
const EMBARGO = inHours(2);
const PUBLISH = inHours(1);

async function articleJson(): Promise<{ meta: Record<string, unknown>; content: Parameters<typeof nodesOfType>[0] }> {
  // The desk's article (a second one joins the library in step 6).
  for (const folder of await projectFolders(s.libraryPath)) {
    const { json } = await findArticleOnDisk(s.libraryPath, folder.split('-').pop()!);
    if (json.headline === HEADLINE) return json as never;
  }
  throw new Error('the desk’s article is not on disk');
}

beforeAll(async () => {
  s = await openSoanSession();
  // Four coloured quarters: where a crop was cut is plain to see.
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">' +
    '<rect width="600" height="400" fill="#c0392b"/><rect x="600" width="600" height="400" fill="#27ae60"/>' +
    '<rect y="400" width="600" height="400" fill="#2c3e80"/><rect x="600" y="400" width="600" height="400" fill="#f1c40f"/>' +
    '<circle cx="1000" cy="640" r="60" fill="#fff"/></svg>';
  exportDir = path.join(s.root, 'Xuất bản');
  photoPath = path.join(s.root, 'cau-cua-sot.jpg');
  await writeFile(photoPath, await sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer());
});

afterAll(async () => {
  await s?.close();
});

describe('The newsroom desk in Chromium', () => {
  test('the desk writes an article with a photo', async () => {
    const { page } = s;
    await page.getByTestId('firstrun-name').fill('Lê Thư Ký');
    await page.getByTestId('firstrun-role').selectOption('desk');
    await page.getByTestId('firstrun-submit').click();
    await page.getByTestId('new-article').click();
    const editor = editorOf(page);
    await editor.waitFor();
    await editor.locator('h1').click();
    await page.keyboard.type(HEADLINE);
    await editor.locator('p.sapo').click();
    await page.keyboard.type(SAPO);
    await page.keyboard.press('Enter');
    await page.keyboard.type(BODY);
    await page.getByTestId('image-file-input').setInputFiles(photoPath);
    await editor.locator('figure img').waitFor();
    await page.keyboard.type('Cầu Cửa Sót mới nhìn từ trên cao.');
  });

  test('1. focal point: a click on the photo sets it, the three crops are previewed around it', async () => {
    const { page } = s;
    await page.getByTestId('panel-tab-captions').click();
    await page.getByTestId('focal-toggle').click();
    const frame = page.getByTestId('focal-frame');
    await frame.scrollIntoViewIfNeeded();
    const box = (await frame.locator('img').boundingBox())!;
    // The white spot in the bottom-right quarter.
    await page.mouse.click(box.x + box.width * (1000 / 1200), box.y + box.height * (640 / 800));
    await expect.poll(() => page.getByTestId('focal-value').textContent()).toBe('83% ngang, 80% dọc');
    await expect(page.getByTestId('focal-crop').evaluateAll((els) => els.map((e) => e.getAttribute('data-shape')))).resolves.toEqual([
      'landscape',
      'square',
      'portrait',
    ]);
    // The portrait preview is taller than wide, the landscape wider than tall.
    const frames = await page.locator('.focal-crop-frame').evaluateAll((els) => els.map((e) => [e.clientWidth, e.clientHeight]));
    expect(frames[0][0]).toBeGreaterThan(frames[0][1]);
    expect(frames[1][0]).toBe(frames[1][1]);
    expect(frames[2][0]).toBeLessThan(frames[2][1]);
    // Arrow keys move it too.
    await frame.press('ArrowLeft');
    await expect.poll(() => page.getByTestId('focal-value').textContent()).toBe('78% ngang, 80% dọc');
    await page.getByTestId('focal-picker').scrollIntoViewIfNeeded();
    await screenshot(page, 'desk-01-focal-point');
    await waitSaved(page);
    await expect
      .poll(async () => nodesOfType((await articleJson()).content, 'figure')[0]?.attrs?.focalX, { timeout: 10_000 })
      .toBeLessThan(0.8);
    const { focalX, focalY } = nodesOfType((await articleJson()).content, 'figure')[0].attrs as { focalX: number; focalY: number };
    expect(focalX).toBeCloseTo(0.783, 1);
    expect(focalY).toBeCloseTo(0.8, 1);
  });

  test('2. embargo: set in the Desk tab, the export refuses it until the desk overrides with a reason', async () => {
    const { page } = s;
    await page.getByTestId('panel-tab-desk').click();
    // The browser shows and takes local time; the article stores the instant (the test runs in the same zone).
    await page.getByTestId('embargo-until').fill(toLocalInput(EMBARGO));
    await page.getByTestId('publish-at').fill(toLocalInput(PUBLISH));
    await expect.poll(() => page.getByTestId('embargo-status').getAttribute('data-embargoed')).toBe('true');
    await expect(page.getByTestId('publish-before-embargo').isVisible()).resolves.toBe(true);
    await screenshot(page, 'desk-02-embargo-panel');
    await page.getByTestId('publish-at').fill(toLocalInput(inHours(3)));
    await expect.poll(() => page.getByTestId('publish-before-embargo').count()).toBe(0);
    await waitSaved(page);
    await expect.poll(async () => (await articleJson()).meta.embargoUntil, { timeout: 10_000 }).toBe(EMBARGO);

    await page.getByTestId('export-open').click();
    const dialog = page.getByTestId('export-dialog');
    const embargoItem = dialog.locator('[data-testid="preflight-blocking"][data-code="embargoed"]');
    await embargoItem.waitFor();
    await expect(embargoItem.textContent()).resolves.toContain('Bài đang bị cấm đăng đến');
    await dialog.getByTestId('export-choose-folder').click();
    await dialog.getByTestId('export-path-input').fill(exportDir);
    await dialog.getByTestId('export-path-save').click();
    await expect(dialog.getByTestId('export-run').isDisabled()).resolves.toBe(true);
    await dialog.getByTestId('export-override').fill('Đối tác cho phép đăng sớm');
    await screenshot(page, 'desk-03-embargo-export');
    await dialog.getByTestId('export-run').click();
    await dialog.getByTestId('export-done').waitFor();
    const folder = (await dialog.getByTestId('export-done-folder').textContent())!;
    const ninjs = JSON.parse(await readFile(path.join(folder, 'article.ninjs.json'), 'utf8'));
    expect(ninjs.embargoedUntil).toBe(EMBARGO);
    // The focal point's crops went out with it.
    expect(ninjs.associations[0].renditions.map((r: { name: string }) => r.name)).toEqual(['original', 'web', 'landscape', 'square', 'portrait']);
    await dialog.getByTestId('export-close').click();
    await expect.poll(async () => (await articleJson()).meta.exports, { timeout: 10_000 }).toEqual([
      expect.objectContaining({ by: 'Lê Thư Ký', overrideReason: 'Đối tác cho phép đăng sớm' }),
    ]);
  });

  test('2. embargo: the library shows until when, and the publish time', async () => {
    const { page } = s;
    await page.getByTestId('back-to-library').click();
    const row = page.getByTestId('article-row').first();
    await expect.poll(() => row.getByTestId('article-embargo').getAttribute('data-embargoed')).toBe('true');
    await expect(row.getByTestId('article-embargo').textContent()).resolves.toMatch(/^Cấm đăng đến \d\d:\d\d \d\d\/\d\d\/\d{4}$/);
    await expect(row.getByTestId('article-publish-at').isVisible()).resolves.toBe(true);
    await screenshot(page, 'desk-04-library-embargo');
    await row.click();
    await editorOf(page).waitFor();
  });

  test('3. corrections: a notice added after the export keeps a version and is listed', async () => {
    const { page } = s;
    await page.getByTestId('panel-tab-desk').click();
    await page.getByTestId('correction-kind').selectOption('correction');
    await page.getByTestId('correction-text').fill('Bài trước ghi nhầm chiều dài cầu là 600 mét.');
    await page.getByTestId('correction-add').click();
    await page.getByTestId('correction-version').waitFor();
    await expect(page.getByTestId('correction-item').count()).resolves.toBe(1);
    await expect(page.getByTestId('correction-item').first().textContent()).resolves.toContain('Đính chính');
    await page.getByTestId('desk-corrections').scrollIntoViewIfNeeded();
    await screenshot(page, 'desk-05-corrections');
    await page.getByTestId('panel-tab-history').click();
    await expect.poll(() => page.getByTestId('version-entry').first().locator('strong').textContent()).toBe('Thêm đính chính');
    await expect.poll(async () => ((await articleJson()).meta.corrections as unknown[] | undefined)?.length, { timeout: 10_000 }).toBe(1);
  });

  test('4. planned length: the status bar shows over, under and fit in copyfit colours', async () => {
    const { page } = s;
    await page.getByTestId('panel-tab-desk').click();
    const words = Number(await page.getByTestId('word-count').getAttribute('data-count'));
    const status = page.getByTestId('status-copyfit');
    await page.getByTestId('length-amount').fill(String(words - 10));
    await expect.poll(() => status.getAttribute('data-status')).toBe('over');
    await expect(status.textContent()).resolves.toBe(`Vượt 10 chữ (${words}/${words - 10})`);
    await expect(status.evaluate((e) => getComputedStyle(e).color)).resolves.toBe('rgb(168, 38, 28)');
    await page.getByTestId('length-amount').fill(String(words * 2));
    await expect.poll(() => status.getAttribute('data-status')).toBe('under');
    await page.getByTestId('length-amount').fill(String(words + 2));
    await expect.poll(() => status.getAttribute('data-status')).toBe('fit');
    await expect(page.getByTestId('desk-copyfit').getAttribute('data-status')).resolves.toBe('fit');
    // Print counts characters.
    await page.getByTestId('length-unit').selectOption('characters');
    await page.getByTestId('length-amount').fill('200');
    await expect.poll(() => status.getAttribute('data-status')).toBe('over');
    await expect(status.textContent()).resolves.toContain('ký tự');
    await page.getByTestId('length-amount').fill('0');
    await expect(page.getByTestId('length-error').isVisible()).resolves.toBe(true);
    await page.getByTestId('desk-length').scrollIntoViewIfNeeded();
    await screenshot(page, 'desk-06-planned-length-over');
    await page.getByTestId('length-unit').selectOption('words');
    await page.getByTestId('length-amount').fill(String(words * 2));
    await expect.poll(() => status.getAttribute('data-status')).toBe('under');
    await waitSaved(page);
    await expect.poll(async () => (await articleJson()).meta.plannedLength, { timeout: 10_000 }).toEqual({ amount: words * 2, unit: 'words' });
    await screenshot(page, 'desk-07-planned-length-under');
  });

  test('5. legal flag: flagged with a note, the export is refused even with a reason until the desk clears it', async () => {
    const { page } = s;
    await page.getByTestId('panel-tab-desk').click();
    await expect(page.getByTestId('legal-flag').isDisabled()).resolves.toBe(true);
    await page.getByTestId('legal-note').fill('Bài nêu tên chủ thầu khi chưa có kết luận thanh tra');
    await page.getByTestId('legal-flag').click();
    await expect.poll(() => page.getByTestId('legal-status').getAttribute('data-held')).toBe('true');
    await page.getByTestId('desk-legal').scrollIntoViewIfNeeded();
    await screenshot(page, 'desk-08-legal-flag');

    await page.getByTestId('export-open').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.locator('[data-testid="preflight-blocking"][data-code="legal-hold"]').waitFor();
    await expect(dialog.getByTestId('export-legal-hold').isVisible()).resolves.toBe(true);
    // No override box: a reason does not pass a legal hold.
    await expect(dialog.getByTestId('export-override').count()).resolves.toBe(0);
    await expect(dialog.getByTestId('export-run').isDisabled()).resolves.toBe(true);
    await screenshot(page, 'desk-09-legal-export-refused');
    await dialog.getByTestId('export-close').click();

    await page.getByTestId('legal-note').fill('Luật sư đã duyệt sau khi bỏ tên');
    await page.getByTestId('legal-clear').click();
    await expect.poll(() => page.getByTestId('legal-status').getAttribute('data-held')).toBe('false');
    await page.locator('.desk-log summary').click();
    await expect(page.getByTestId('legal-log').locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).resolves.toEqual(['flag', 'clear']);
    await expect.poll(async () => ((await articleJson()).meta.legalLog as unknown[] | undefined)?.length, { timeout: 10_000 }).toBe(2);
  });

  test('6. assignment: the newsroom’s people are offered; the library shows who, the budget line and the deadline, and filters mine and late', async () => {
    const { page } = s;
    await page.getByTestId('back-to-library').click();
    // A second article nobody is assigned to.
    await page.getByTestId('new-article').click();
    await editorOf(page).locator('h1').click();
    await page.keyboard.type('Giá xăng giảm từ chiều nay');
    await waitSaved(page);
    await page.getByTestId('back-to-library').click();

    await page.getByTestId('settings-open').click();
    const settings = page.getByTestId('settings-dialog');
    await settings.getByTestId('newsroom-people').fill('Thu Hà\nMinh Biên');
    await settings.getByTestId('settings-save').click();
    await settings.waitFor({ state: 'detached' });

    await page.getByTestId('article-row').filter({ hasText: HEADLINE }).click();
    await editorOf(page).waitFor();
    await page.getByTestId('panel-tab-desk').click();
    await expect(page.locator('#desk-people option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value))).resolves.toEqual([
      'Thu Hà',
      'Minh Biên',
      'Lê Thư Ký',
    ]);
    await page.getByTestId('assignee-input').fill('Thu Hà');
    await page.getByTestId('budget-line-input').fill('Khánh thành cầu Cửa Sót, 600 chữ, 2 ảnh');
    await page.getByTestId('deadline').fill(toLocalInput(inHours(-1)));
    await expect.poll(() => page.getByTestId('deadline-status').getAttribute('data-late')).toBe('true');
    await page.getByTestId('desk-assignment').scrollIntoViewIfNeeded();
    await screenshot(page, 'desk-10-assignment');
    await waitSaved(page);
    await expect.poll(async () => (await articleJson()).meta.assignee, { timeout: 10_000 }).toBe('Thu Hà');

    await page.getByTestId('back-to-library').click();
    const row = page.getByTestId('article-row').filter({ hasText: HEADLINE });
    await expect.poll(() => row.getByTestId('article-assignee').textContent()).toBe('Giao: Thu Hà');
    await expect(row.getByTestId('article-deadline').getAttribute('data-late')).resolves.toBe('true');
    await expect(row.getByTestId('article-budget-line').textContent()).resolves.toBe('Khánh thành cầu Cửa Sót, 600 chữ, 2 ảnh');
    const headlines = () => page.getByTestId('article-row-headline').allTextContents();
    await page.getByTestId('library-desk-filter').selectOption('late');
    await expect.poll(headlines).toEqual([HEADLINE]);
    await page.getByTestId('library-desk-filter').selectOption('mine');
    // Assigned to Thu Hà, not to the desk using this Soạn.
    await expect.poll(headlines).toEqual([]);
    await page.getByTestId('library-desk-filter').selectOption('all');
    await expect.poll(async () => (await headlines()).length).toBe(2);
    await screenshot(page, 'desk-11-library-assignment');
    await row.click();
    await editorOf(page).waitFor();
  });

  test('7. @mentions: typing @ offers the newsroom’s people; an assigned comment is its assignee’s task in the library until resolved', async () => {
    const { page } = s;
    await selectText(page, 'p:not(.sapo)', 'Cây cầu dài 500 mét');
    await page.getByTestId('comment-add').click();
    const composer = page.getByTestId('comment-composer');
    await composer.waitFor();
    await composer.pressSequentially('Nhờ @ha');
    const options = page.getByTestId('mention-option');
    await expect.poll(() => options.allTextContents()).toEqual(['@Thu Hà']);
    await screenshot(page, 'desk-12-mention-list');
    await composer.press('Enter');
    await composer.pressSequentially('kiểm tra lại chiều dài cầu.');
    await expect(composer.inputValue()).resolves.toBe('Nhờ @Thu Hà kiểm tra lại chiều dài cầu.');
    await page.getByTestId('comment-composer-assign').selectOption('Thu Hà');
    await page.getByTestId('comment-submit').click();
    const card = page.getByTestId('comment-thread').first();
    await expect.poll(() => card.getByTestId('comment-mention').allTextContents()).toEqual(['@Thu Hà']);
    await expect(card.getByTestId('comment-assign').inputValue()).resolves.toBe('Thu Hà');
    // A reply mentions someone else, picked with Tab.
    const replyBox = card.getByTestId('comment-reply-input');
    await replyBox.pressSequentially('@min');
    await expect.poll(() => options.allTextContents()).toEqual(['@Minh Biên']);
    await replyBox.press('Tab');
    await replyBox.pressSequentially('đồng ý.');
    await card.getByTestId('comment-reply-submit').click();
    await expect.poll(() => card.getByTestId('comment-mention').allTextContents()).toEqual(['@Thu Hà', '@Minh Biên']);
    await screenshot(page, 'desk-13-assigned-comment');
    await waitSaved(page);

    await page.getByTestId('back-to-library').click();
    const row = page.getByTestId('article-row').filter({ hasText: HEADLINE });
    await expect.poll(() => row.getByTestId('article-tasks').textContent()).toBe('Việc: Thu Hà');
    await expect(row.getByTestId('article-mentions').textContent()).resolves.toBe('Nhắc: Thu Hà, Minh Biên');

    // Given to the desk itself, it is in "mine".
    await row.click();
    await editorOf(page).waitFor();
    await page.getByTestId('panel-tab-review').click();
    await page.getByTestId('comment-thread').first().getByTestId('comment-assign').selectOption('Lê Thư Ký');
    await waitSaved(page);
    await page.getByTestId('back-to-library').click();
    await page.getByTestId('library-desk-filter').selectOption('mine');
    await expect.poll(() => page.getByTestId('article-row-headline').allTextContents()).toEqual([HEADLINE]);
    await expect(page.getByTestId('article-tasks').textContent()).resolves.toBe('Việc: Lê Thư Ký');
    await screenshot(page, 'desk-14-library-mine');

    // Resolved, it is nobody's task any more.
    await page.getByTestId('article-row').first().click();
    await editorOf(page).waitFor();
    await page.getByTestId('panel-tab-review').click();
    await page.getByTestId('comment-resolve').first().click();
    await waitSaved(page);
    await page.getByTestId('back-to-library').click();
    await page.getByTestId('library-desk-filter').selectOption('mine');
    await expect.poll(() => page.getByTestId('article-row-headline').allTextContents()).toEqual([]);
    await page.getByTestId('library-desk-filter').selectOption('all');
    await page.getByTestId('article-row').filter({ hasText: HEADLINE }).click();
    await editorOf(page).waitFor();
  });

  test('8. alternative headlines: SEO, social (with its photo) and print, each against its length rule', async () => {
    const { page } = s;
    await page.getByTestId('panel-tab-publish').click();
    const seo = page.getByTestId('alt-seoTitle');
    await seo.fill('Hà Tĩnh khánh thành cầu Cửa Sót mới nối Lộc Hà và Thạch Hà sau 18 tháng thi công');
    await expect.poll(() => page.getByTestId('alt-seoTitle-counter').getAttribute('data-level')).toBe('over');
    await page.getByTestId('alt-headlines').scrollIntoViewIfNeeded();
    await screenshot(page, 'desk-15-alt-headlines-over');
    await seo.fill('Khánh thành cầu Cửa Sót mới ở Hà Tĩnh');
    await expect.poll(() => page.getByTestId('alt-seoTitle-counter').getAttribute('data-level')).toBe('ok');
    await page.getByTestId('alt-socialHeadline').fill('Cầu Cửa Sót mới chính thức thông xe');
    await page.getByTestId('social-image-choice').first().check();
    await page.getByTestId('alt-printHeadline').fill('Thông xe cầu Cửa Sót');
    await screenshot(page, 'desk-16-alt-headlines');
    await waitSaved(page);
    await expect.poll(async () => (await articleJson()).meta.printHeadline, { timeout: 10_000 }).toBe('Thông xe cầu Cửa Sót');
  });

  test('the desk’s final export carries every piece, and the page shows the notice at its end', async () => {
    const { page } = s;
    await page.getByTestId('export-open').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.locator('[data-testid="preflight-blocking"][data-code="embargoed"]').waitFor();
    await expect(dialog.locator('[data-code="legal-hold"]').count()).resolves.toBe(0);
    await dialog.getByTestId('export-override').fill('Đối tác cho phép đăng sớm');
    await dialog.getByTestId('export-run').click();
    await dialog.getByTestId('export-done').waitFor();
    const folder = (await dialog.getByTestId('export-done-folder').textContent())!;
    await dialog.getByTestId('export-close').click();
    const html = await readFile(path.join(folder, 'index.html'), 'utf8');
    expect(html).toContain('<title>Khánh thành cầu Cửa Sót mới ở Hà Tĩnh</title>');
    expect(html).toContain('<meta property="og:title" content="Cầu Cửa Sót mới chính thức thông xe">');
    const ninjs = JSON.parse(await readFile(path.join(folder, 'article.ninjs.json'), 'utf8'));
    expect(ninjs.headlines.map((h: { role: string }) => h.role)).toEqual(['main', 'seo', 'social', 'print']);
    expect(ninjs.descriptions.map((d: { role: string }) => d.role)).toEqual(['summary', 'correction']);

    const reader = await s.browser.newPage({ viewport: { width: 1000, height: 900 } });
    await reader.goto(pathToFileURL(path.join(folder, 'index.html')).href);
    await expect(reader.locator('.corrections li').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Đính chính \d\d:\d\d \d\d\/\d\d\/\d{4}: Bài trước ghi nhầm chiều dài cầu là 600 mét\.$/),
    ]);
    await reader.locator('.corrections').scrollIntoViewIfNeeded();
    await screenshot(reader, 'desk-17-exported-page-corrections');
    await reader.close();
    expect(s.pageErrors).toEqual([]);
  });
});
