// Import and export as the desk meets them: the sample article imported through the
// library, checked in the editor, then exported through the dialog to a folder on disk.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { access, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { openSoanSession, screenshot, type SoanSession } from './support/session';

const SAMPLE = path.resolve('tests/fixtures/baohatinh-tu-soi-tu-sua.txt');
const HEADLINE = 'Đợt sinh hoạt chính trị sâu rộng về “tự soi, tự sửa” tại thành phố Hà Tĩnh';
const BYLINE = 'Trưởng ban Tuyên giáo Thành ủy Hà Tĩnh';

let s: SoanSession;
let exportDir = '';
let photoPath = '';

beforeAll(async () => {
  s = await openSoanSession();
  exportDir = path.join(s.root, 'Xuất bản');
  await mkdir(exportDir, { recursive: true });
  photoPath = path.join(s.root, 'anh.png');
  await writeFile(
    photoPath,
    await sharp({ create: { width: 640, height: 360, channels: 3, background: { r: 30, g: 110, b: 80 } } }).png().toBuffer(),
  );
});

afterAll(async () => {
  await s?.close();
});

describe('Import and export in Chromium', () => {
  test('the sample .txt imports through the library and opens with every piece in place', async () => {
    const { page } = s;
    await page.getByTestId('firstrun-name').fill('Lê Thị Thư Ký');
    await page.getByTestId('firstrun-role').selectOption('desk');
    await page.getByTestId('firstrun-submit').click();
    await page.getByTestId('import-article').waitFor();
    await page.getByTestId('import-file-input').setInputFiles(SAMPLE);

    const editor = page.locator('[data-testid="editor"] .ProseMirror');
    await editor.waitFor();
    await expect.poll(() => editor.locator('h1').textContent()).toBe(HEADLINE);
    await expect(editor.locator('p.sapo').textContent()).resolves.toMatch(/^\(Baohatinh\.vn\) - Đảng bộ/);
    await expect(editor.locator('figure').count()).resolves.toBe(4);
    await expect(editor.locator('figcaption').nth(1).textContent()).resolves.toBe(
      'Đảng viên Chi bộ Công an phường Nam Hà tham gia buổi sinh hoạt chuyên đề.',
    );
    await expect(editor.locator('p.byline').textContent()).resolves.toBe(BYLINE);
    const text = (await editor.textContent()) ?? '';
    expect(text).not.toContain('Tin mới Emagazine');
    expect(text).not.toContain('Đọc thêm');

    // What the import changed is said in plain words, and can be put away.
    const notes = page.getByTestId('import-notes');
    await expect(notes.textContent()).resolves.toContain('Tin mới Emagazine Truyền hình Podcast');
    await screenshot(page, 'import-01-imported');
    await page.getByTestId('import-notes-dismiss').click();
    await expect(notes.count()).resolves.toBe(0);

    // The topic came along and shows in the Tags panel; the figures' faults in the Captions panel.
    await page.getByTestId('panel-tab-tags').click();
    await expect(page.getByTestId('tags-topic').inputValue()).resolves.toBe('BẢO VỆ NỀN TẢNG TƯ TƯỞNG CỦA ĐẢNG');
    await page.getByTestId('panel-tab-captions').click();
    await expect(page.getByTestId('caption-item').count()).resolves.toBe(4);
    const third = page.getByTestId('caption-item').nth(2);
    await expect.poll(() => third.locator('[data-code="caption-repeats-paragraph"]').count()).toBe(1);
    await expect(page.locator('[data-code="alt-repeats-headline"]').count()).resolves.toBe(4);
  });

  test('the export dialog lists the pre-flight warnings and previews the page with its photo', async () => {
    const { page } = s;
    // The first imported placeholder gets its photo from the Captions panel, so the
    // preview has an image to show.
    const editor = page.locator('[data-testid="editor"] .ProseMirror');
    const first = page.getByTestId('caption-item').first();
    await first.getByTestId('caption-image-input').setInputFiles(photoPath);
    await expect.poll(() => editor.locator('figure').first().locator('img').count()).toBe(1);
    await expect(first.getByTestId('caption-pick-image').count()).resolves.toBe(0);
    await expect(page.getByTestId('caption-pick-image').count()).resolves.toBe(3);
    await screenshot(page, 'import-02-captions-placeholders');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');

    await page.getByTestId('export-open').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('preflight').waitFor();
    const codes = await dialog.locator('[data-testid="preflight-warning"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(codes).toContain('figure-no-image');
    expect(codes).toContain('figure-no-credit');
    expect(await dialog.locator('[data-testid="preflight-blocking"]').count()).toBe(0);
    await expect(dialog.locator('[data-code="figure-no-image"]').first().textContent()).resolves.toContain('Ảnh 2');

    const frame = page.frameLocator('[data-testid="export-preview"]');
    await expect.poll(() => frame.locator('h1').textContent()).toBe(HEADLINE);
    await expect.poll(() => frame.locator('img').first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(640);
    // The page's own stylesheet applies inside the frame despite the app's CSP.
    const styled = await page
      .getByTestId('export-preview')
      .evaluate((el: HTMLIFrameElement) => el.contentDocument!.adoptedStyleSheets.length);
    expect(styled).toBeGreaterThan(0);
    await expect(page.getByTestId('export-preview').getAttribute('sandbox')).resolves.toBe('allow-same-origin');
    await screenshot(page, 'export-01-dialog');
  });

  test('export to a folder typed in (no system dialog in the browser), with a zip', async () => {
    const { page } = s;
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('export-choose-folder').click();
    await dialog.getByTestId('export-path-input').fill(exportDir);
    await dialog.getByTestId('export-path-save').click();
    await expect.poll(() => dialog.getByTestId('export-path').textContent()).toBe(exportDir);
    const settings = JSON.parse(await readFile(path.join(s.userDataDir, 'settings.json'), 'utf8'));
    expect(settings.newsroom.exportPath).toBe(exportDir);

    await dialog.getByTestId('export-zip').check();
    await dialog.getByTestId('export-run').click();
    await dialog.getByTestId('export-done').waitFor();
    const folder = (await dialog.getByTestId('export-done-folder').textContent())!;
    expect(folder.startsWith(exportDir)).toBe(true);
    await access(path.join(folder, 'index.html'));
    await access(path.join(folder, 'article.ninjs.json'));
    const zipPath = (await dialog.getByTestId('export-done-zip').textContent())!;
    await access(zipPath);
    expect((await readdir(path.join(folder, 'images'))).length).toBeGreaterThan(0);
    await screenshot(page, 'export-02-done');
    await dialog.getByTestId('export-close').click();
  });

  test('a bad .docx gets a plain error in the library', async () => {
    const { page } = s;
    await page.getByTestId('back-to-library').click();
    await page.getByTestId('import-article').waitFor();
    const bad = path.join(s.root, 'Bài hỏng.docx');
    await writeFile(bad, 'Đây không phải là tệp Word.');
    await page.getByTestId('import-file-input').setInputFiles(bad);
    const banner = page.getByTestId('error-banner');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain('Bài hỏng.docx');
    await expect(banner.textContent()).resolves.not.toMatch(/import-not-docx|Error|stack/);
    await screenshot(page, 'import-03-bad-docx');
  });

  test('an empty article is blocked in red; the desk may export with a reason', async () => {
    const { page } = s;
    await page.getByTestId('error-banner').getByRole('button').click();
    await page.getByTestId('new-article').click();
    await page.locator('[data-testid="editor"] .ProseMirror').waitFor();
    await page.getByTestId('export-open').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('preflight').waitFor();
    const blocking = await dialog.locator('[data-testid="preflight-blocking"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(blocking).toEqual(['no-headline', 'no-body']);
    await expect(dialog.getByTestId('export-run').isDisabled()).resolves.toBe(true);
    await dialog.getByTestId('export-override').fill('Bản thử cho trang tin nội bộ');
    await expect(dialog.getByTestId('export-run').isEnabled()).resolves.toBe(true);
    await screenshot(page, 'export-03-blocked');
    await dialog.getByTestId('export-close').click();

    // The library's vocabulary reaches the panels: the imported byline role is offered, and
    // the imported article can be picked as a "Đọc thêm" link.
    await page.getByTestId('panel-tab-byline').click();
    await expect
      .poll(() => page.locator('#byline-roles option').evaluateAll((els) => els.map((e) => e.getAttribute('value'))))
      .toContain(BYLINE);
    await page.getByTestId('panel-tab-tags').click();
    await page.getByTestId('related-kind-article').click();
    await page.getByTestId('related-article').selectOption({ label: HEADLINE });
    await page.getByTestId('related-add').click();
    await expect(page.getByTestId('related-item').textContent()).resolves.toContain(HEADLINE);
  });

  test('a .txt file dropped on the library imports like the button', async () => {
    const { page } = s;
    await page.getByTestId('back-to-library').click();
    const library = page.getByTestId('library-screen');
    await library.waitFor();
    const text = await readFile(SAMPLE, 'utf8');
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'bai-tha.txt', { type: 'text/plain' }));
      return data;
    }, text);
    await library.dispatchEvent('dragover', { dataTransfer: transfer });
    await expect.poll(() => library.getAttribute('class')).toContain('is-drop-target');
    await screenshot(page, 'import-04-drop');
    await library.dispatchEvent('drop', { dataTransfer: transfer });
    const editor = page.locator('[data-testid="editor"] .ProseMirror');
    await editor.waitFor();
    await expect.poll(() => editor.locator('h1').textContent()).toBe(HEADLINE);
    expect(s.pageErrors).toEqual([]);
  });
});
