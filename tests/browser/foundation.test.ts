// The foundation, as a reporter meets it: first run, writing a whole Vietnamese article with
// a photo, finding it back after Soạn restarts, and managing articles in the library.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { readFile, writeFile, access } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { openSoanSession, screenshot, type SoanSession } from './support/session';
import {
  findArticleOnDisk,
  nodesOfType,
  projectFolders,
  textOf,
} from './support/articleOnDisk';

const HEADLINE = 'Đợt sinh hoạt chính trị sâu rộng về “tự soi, tự sửa” tại thành phố Hà Tĩnh';
const SAPO =
  '(Baohatinh.vn) - Đảng bộ Thành phố Hà Tĩnh tổ chức đợt sinh hoạt chính trị sâu rộng về “Tự soi, tự sửa” gắn với các phong trào thi đua.';
const BODY_1 =
  'Để đợt sinh hoạt chuyên đề “Tự soi, tự sửa” đạt kết quả cao, Thành ủy Hà Tĩnh đã ban hành Hướng dẫn số 03/HD-Th.U ngày 19/5/2022.';
const BODY_2 = 'Tại các buổi sinh hoạt, các đảng viên đã thẳng thắn, nghiêm túc “tự soi, tự sửa”.';
const CAPTION = 'Đảng viên Chi bộ Công an phường Nam Hà tham gia buổi sinh hoạt chuyên đề.';
const BYLINE = 'Trưởng ban Tuyên giáo Thành ủy Hà Tĩnh';

let s: SoanSession;
let articleId = '';
let photoPath = '';
let photoSha = '';

beforeAll(async () => {
  s = await openSoanSession();
  // A real photo-like PNG made by an image library, not a hand-written byte string.
  const png = await sharp({
    create: { width: 640, height: 400, channels: 3, background: { r: 40, g: 90, b: 140 } },
  })
    .composite([
      {
        input: await sharp({
          create: { width: 200, height: 120, channels: 3, background: { r: 230, g: 180, b: 60 } },
        })
          .png()
          .toBuffer(),
        left: 60,
        top: 80,
      },
    ])
    .png()
    .toBuffer();
  photoPath = path.join(s.root, 'Ảnh buổi sinh hoạt.png');
  await writeFile(photoPath, png);
  photoSha = createHash('sha256').update(png).digest('hex');
});

afterAll(async () => {
  await s?.close();
});

describe('Soạn foundation in Chromium', () => {
  test('first run asks for a name and a role, then creates the library folder', async () => {
    const { page } = s;
    await page.getByTestId('firstrun-name').waitFor();
    await expect(page.getByTestId('firstrun-library').inputValue()).resolves.toBe(s.libraryPath);
    await page.getByTestId('firstrun-name').fill('Nguyễn Thị Hồng');
    await page.getByTestId('firstrun-role').selectOption('reporter');
    await screenshot(page, '01-first-run');
    await page.getByTestId('firstrun-submit').click();
    await page.getByTestId('new-article').waitFor();
    await access(path.join(s.libraryPath, '.soan'));
    const settings = JSON.parse(await readFile(path.join(s.userDataDir, 'settings.json'), 'utf8'));
    expect(settings.profile).toEqual({ name: 'Nguyễn Thị Hồng', role: 'reporter' });
  });

  test('writes a whole Vietnamese article with a photo and caption; it is saved on disk', async () => {
    const { page } = s;
    await page.getByTestId('new-article').click();
    const editor = page.locator('[data-testid="editor"] .ProseMirror');
    await editor.waitFor();

    await editor.locator('h1').click();
    await page.keyboard.type(HEADLINE);
    await page.keyboard.press('Enter');
    await page.keyboard.type(SAPO);
    await page.keyboard.press('Enter');
    await page.keyboard.type(BODY_1);
    await page.keyboard.press('Enter');
    await page.keyboard.type(BODY_2);

    await page.getByTestId('image-file-input').setInputFiles(photoPath);
    const figure = editor.locator('figure');
    await figure.waitFor();
    await expect
      .poll(() => figure.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(640);
    // The cursor lands in the new caption.
    await page.keyboard.type(CAPTION);

    await page.getByTestId('toolbar-byline').click();
    await page.keyboard.type(BYLINE);

    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
    const words = Number(await page.getByTestId('word-count').getAttribute('data-count'));
    expect(words).toBeGreaterThan(60);
    await screenshot(page, '02-editor');

    const folders = await projectFolders(s.libraryPath);
    expect(folders).toHaveLength(1);
    articleId = folders[0].split('-').pop()!;
    expect(path.basename(folders[0])).toMatch(/^[a-z0-9-]+-[a-z0-9]+$/);
    await access(path.join(folders[0], 'media', `${photoSha}.png`));
  });

  test('after Soạn restarts, everything is back on screen and in article.json', async () => {
    const { page } = s;
    await s.restartServer();
    await page.goto(s.url);
    const row = page.getByTestId('article-row').filter({ hasText: 'Đợt sinh hoạt chính trị' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Nguyễn Thị Hồng');
    await screenshot(page, '03-library');
    await row.click();

    const editor = page.locator('[data-testid="editor"] .ProseMirror');
    await editor.locator('h1').filter({ hasText: HEADLINE }).waitFor();
    await expect(editor.textContent()).resolves.toContain(SAPO);
    await expect(editor.textContent()).resolves.toContain(BODY_2);
    await expect(editor.locator('figcaption').textContent()).resolves.toBe(CAPTION);
    await expect
      .poll(() => editor.locator('figure img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(640);

    const onDisk = await findArticleOnDisk(s.libraryPath, articleId);
    expect(onDisk.json.headline).toBe(HEADLINE);
    expect(onDisk.json.slug).toBe('dot-sinh-hoat-chinh-tri-sau-rong-ve-tu-soi-tu-sua-tai-thanh-pho-ha-tinh');
    expect(onDisk.json.authors).toEqual(['Nguyễn Thị Hồng']);
    const doc = onDisk.json.content;
    expect(textOf(nodesOfType(doc, 'sapo')[0])).toBe(SAPO);
    expect(nodesOfType(doc, 'paragraph').map(textOf)).toEqual(
      expect.arrayContaining([BODY_1, BODY_2]),
    );
    const figures = nodesOfType(doc, 'figure');
    expect(figures).toHaveLength(1);
    expect(figures[0].attrs?.src).toBe(`${photoSha}.png`);
    expect(textOf(nodesOfType(figures[0], 'figcaption')[0])).toBe(CAPTION);
    expect(textOf(nodesOfType(doc, 'byline')[0])).toBe(BYLINE);
    expect(onDisk.json.text.normalize('NFC')).toBe(onDisk.json.text);
  });

  test('undo and redo work across the whole article', async () => {
    const { page } = s;
    const editor = page.locator('[data-testid="editor"] .ProseMirror');
    await editor.locator('figcaption').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Ảnh: Thu Hà');
    await expect(editor.locator('figcaption').textContent()).resolves.toBe(`${CAPTION} Ảnh: Thu Hà`);
    await page.getByTestId('toolbar-undo').click();
    await expect
      .poll(() => editor.locator('figcaption').textContent())
      .toBe(CAPTION);
    await page.getByTestId('toolbar-redo').click();
    await expect
      .poll(() => editor.locator('figcaption').textContent())
      .toBe(`${CAPTION} Ảnh: Thu Hà`);
  });

  test('a file that is not an image gets a plain message and changes nothing', async () => {
    const { page } = s;
    const fake = path.join(s.root, 'không-phải-ảnh.png');
    await writeFile(fake, 'Đây là văn bản, không phải ảnh.');
    await page.getByTestId('image-file-input').setInputFiles(fake);
    const banner = page.getByTestId('error-banner');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toMatch(/ảnh/i);
    await expect(page.locator('[data-testid="editor"] figure').count()).resolves.toBe(1);
  });

  test('rename, duplicate, delete to trash and restore', async () => {
    const { page } = s;
    await page.getByTestId('back-to-library').click();
    const row = page.locator(`[data-testid="article-row"][data-id="${articleId}"]`);
    await row.waitFor();

    await row.hover();
    await row.getByTestId('article-rename').click();
    await page.getByTestId('rename-input').fill('Hà Tĩnh: “tự soi, tự sửa” lan toả tới từng chi bộ');
    await page.getByTestId('rename-confirm').click();
    await expect
      .poll(() => row.getByTestId('article-row-headline').textContent())
      .toBe('Hà Tĩnh: “tự soi, tự sửa” lan toả tới từng chi bộ');
    await expect
      .poll(async () => (await findArticleOnDisk(s.libraryPath, articleId)).json.headline)
      .toBe('Hà Tĩnh: “tự soi, tự sửa” lan toả tới từng chi bộ');

    await row.hover();
    await row.getByTestId('article-duplicate').click();
    await expect.poll(() => page.getByTestId('article-row').count()).toBe(2);
    await expect.poll(async () => (await projectFolders(s.libraryPath)).length).toBe(2);
    const copyId = (await page.getByTestId('article-row').evaluateAll((rows) =>
      rows.map((r) => r.getAttribute('data-id')),
    )).find((id) => id !== articleId)!;
    const copy = await findArticleOnDisk(s.libraryPath, copyId);
    expect(nodesOfType(copy.json.content, 'figure')[0].attrs?.src).toBe(`${photoSha}.png`);
    await access(path.join(copy.folder, 'media', `${photoSha}.png`));

    // Filtering folds diacritics.
    await page.getByTestId('library-filter').fill('ha tinh tu soi');
    await expect.poll(() => page.getByTestId('article-row').count()).toBe(2);
    await page.getByTestId('library-filter').fill('không có bài nào như thế');
    await expect.poll(() => page.getByTestId('article-row').count()).toBe(0);
    await page.getByTestId('library-filter').fill('');

    await row.hover();
    await row.getByTestId('article-delete').click();
    await page.getByTestId('confirm-delete').click();
    await expect.poll(() => page.getByTestId('article-row').count()).toBe(1);
    expect((await projectFolders(s.libraryPath)).some((f) => f.endsWith(articleId))).toBe(false);

    await page.getByTestId('show-trash').click();
    const trashRow = page.getByTestId('trash-row').first();
    await trashRow.waitFor();
    await expect(trashRow.textContent()).resolves.toContain('lan toả tới từng chi bộ');
    await screenshot(page, '04-trash');
    await trashRow.getByTestId('trash-restore').click();
    await page.getByTestId('show-library').click();
    await expect.poll(() => page.getByTestId('article-row').count()).toBe(2);
    const restored = await findArticleOnDisk(s.libraryPath, articleId);
    expect(restored.json.headline).toBe('Hà Tĩnh: “tự soi, tự sửa” lan toả tới từng chi bộ');
    await access(path.join(restored.folder, 'media', `${photoSha}.png`));
    await screenshot(page, '05-library-after-restore');
  });

  test('the renderer never threw', () => {
    expect(s.pageErrors).toEqual([]);
  });
});
