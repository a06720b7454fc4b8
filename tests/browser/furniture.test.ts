// The furniture panels as an editor meets them: captions, byline, tags and publishing
// details filled in beside the editor, seen in the article text and in article.json.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { openSoanSession, screenshot, type SoanSession } from './support/session';
import { findArticleOnDisk, nodesOfType, projectFolders, textOf, type ArticleOnDisk } from './support/articleOnDisk';

const PREFIX = '(Baohatinh.vn) - ';
const TOPIC = 'BẢO VỆ NỀN TẢNG TƯ TƯỞNG CỦA ĐẢNG';
const HEADLINE = 'Đợt sinh hoạt chính trị sâu rộng về “tự soi, tự sửa” tại thành phố Hà Tĩnh';
const SAPO_REST = 'Đảng bộ Thành phố Hà Tĩnh tổ chức đợt sinh hoạt chính trị sâu rộng về “Tự soi, tự sửa”.';
const BODY = [
  'Để đợt sinh hoạt chuyên đề “Tự soi, tự sửa” đạt kết quả cao, Thành ủy Hà Tĩnh đã ban hành Hướng dẫn số 03/HD-Th.U ngày 19/5/2022.',
  'Đến thời điểm này, thành phố đã có 49 tổ chức cơ sở đảng trực thuộc thành phố; 246 chi bộ trực thuộc đảng ủy cơ sở và 8.431 đảng viên đăng ký tham gia đợt sinh hoạt chuyên đề “tự soi - tự sửa”.',
];
// The sample's third caption: the second paragraph with two words fewer.
const REPEATING_CAPTION =
  'Đến thời điểm này, thành phố đã có 49 tổ chức cơ sở đảng trực thuộc; 246 chi bộ trực thuộc đảng ủy cơ sở và 8.431 đảng viên đăng ký tham gia đợt sinh hoạt chuyên đề “tự soi, tự sửa”.';
const CAPTION_TYPED = 'Đảng viên Chi bộ Công an phường Nam Hà';
const CAPTION = 'Đảng viên Chi bộ Công an phường Nam Hà tham gia buổi sinh hoạt chuyên đề.';
const CREDIT = 'Thu Hà';
const ALT = 'Đảng viên ngồi quanh bàn họp, một người đứng phát biểu';
const ROLE_ONLY = 'Trưởng ban Tuyên giáo Thành ủy Hà Tĩnh';
const SLUG = 'tu-soi-tu-sua-o-ha-tinh';
const DESCRIPTION = 'Thành phố Hà Tĩnh sinh hoạt chính trị về “tự soi, tự sửa”.';

let s: SoanSession;
let photoPath = '';

async function onDisk(): Promise<ArticleOnDisk> {
  const folders = await projectFolders(s.libraryPath);
  const id = folders[0].split('-').pop()!;
  return findArticleOnDisk(s.libraryPath, id);
}

beforeAll(async () => {
  s = await openSoanSession();
  const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: { r: 150, g: 60, b: 40 } } })
    .composite([
      {
        input: await sharp({ create: { width: 300, height: 180, channels: 3, background: { r: 240, g: 220, b: 180 } } })
          .png()
          .toBuffer(),
        left: 250,
        top: 160,
      },
    ])
    .png()
    .toBuffer();
  photoPath = path.join(s.root, 'sinh-hoat.png');
  await writeFile(photoPath, png);
});

afterAll(async () => {
  await s?.close();
});

describe('Furniture panels in Chromium', () => {
  test('an editor sets the newsroom house style in Settings', async () => {
    const { page } = s;
    await page.getByTestId('firstrun-name').fill('Trần Văn Biên');
    await page.getByTestId('firstrun-role').selectOption('editor');
    await page.getByTestId('firstrun-submit').click();
    await page.getByTestId('settings-open').click();
    const dialog = page.getByTestId('settings-dialog');
    await dialog.getByTestId('newsroom-prefix').fill(PREFIX);
    await dialog.getByTestId('newsroom-topics').fill(TOPIC);
    await dialog.getByTestId('newsroom-headline-max').fill('5');
    await expect(dialog.getByTestId('newsroom-error-headlineMax').isVisible()).resolves.toBe(true);
    await expect(dialog.getByTestId('settings-save').isDisabled()).resolves.toBe(true);
    await dialog.getByTestId('newsroom-headline-max').fill('80');
    await dialog.getByTestId('newsroom-settings').scrollIntoViewIfNeeded();
    await screenshot(page, 'furniture-00-settings-newsroom');
    await dialog.getByTestId('settings-save').click();
    await dialog.waitFor({ state: 'detached' });
    const settings = JSON.parse(await readFile(path.join(s.userDataDir, 'settings.json'), 'utf8'));
    expect(settings.newsroom).toMatchObject({ sourcePrefix: PREFIX, topics: [TOPIC], headlineMaxChars: 80 });
  });

  test('a new article starts with the sapo prefix; the caption typed under the photo shows in the panel', async () => {
    const { page } = s;
    await page.getByTestId('new-article').click();
    const editor = page.locator('[data-testid="editor"] .ProseMirror');
    await editor.waitFor();
    await expect.poll(() => editor.locator('p.sapo').textContent()).toBe(PREFIX);
    // Put there by Soạn, not by the writer: nothing to undo yet.
    await expect(page.getByTestId('toolbar-undo').isDisabled()).resolves.toBe(true);
    await editor.locator('h1').click();
    await page.keyboard.type(HEADLINE);
    await editor.locator('p.sapo').click();
    await page.keyboard.press('End');
    await page.keyboard.type(SAPO_REST);
    await page.keyboard.press('Enter');
    await page.keyboard.type(BODY[0]);
    await page.keyboard.press('Enter');
    await page.keyboard.type(BODY[1]);
    await page.getByTestId('image-file-input').setInputFiles(photoPath);
    await editor.locator('figure img').waitFor();
    await page.keyboard.type(CAPTION_TYPED);

    await page.getByTestId('panel-tab-captions').click();
    const item = page.getByTestId('caption-item').first();
    await expect.poll(() => item.getByTestId('caption-text').inputValue()).toBe(CAPTION_TYPED);
    const warnings = () => item.locator('[data-testid="caption-warnings"] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    await expect.poll(warnings).toEqual(['no-credit', 'no-alt']);
  });

  test('captions: a caption repeating a paragraph is flagged; caption, credit and alt reach the editor', async () => {
    const { page } = s;
    const editor = page.locator('[data-testid="editor"] .ProseMirror');
    const item = page.getByTestId('caption-item').first();
    await item.getByTestId('caption-text').fill(REPEATING_CAPTION);
    await expect.poll(() => editor.locator('figcaption').textContent()).toBe(REPEATING_CAPTION);
    await expect.poll(async () => (await item.getByTestId('caption-warnings').textContent()) ?? '').toContain('lặp lại đoạn thứ 2');
    await screenshot(page, 'furniture-01-captions-warning');

    await item.getByTestId('caption-text').fill(CAPTION);
    await item.getByTestId('caption-credit').fill(CREDIT);
    await item.getByTestId('caption-alt').fill(HEADLINE);
    await expect.poll(async () => (await item.getByTestId('caption-warnings').textContent()) ?? '').toContain('lặp lại tiêu đề');
    await item.getByTestId('caption-alt').fill(ALT);
    await expect(item.getByTestId('caption-warnings').count()).resolves.toBe(0);
    await expect.poll(() => editor.locator('figcaption').textContent()).toBe(CAPTION);
    await expect(editor.getByTestId('figure-credit').textContent()).resolves.toBe(`Ảnh: ${CREDIT}`);
    await expect(editor.getByTestId('figure-alt').inputValue()).resolves.toBe(ALT);
    await expect.poll(() => item.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(800);

    // Clicking the thumbnail selects the figure in the editor.
    await page.getByTestId('caption-reveal').first().click();
    await expect.poll(() => editor.locator('figure.is-selected').count()).toBe(1);
    await screenshot(page, 'furniture-02-captions');
  });

  test('byline: a named author and a role-only author become the last line', async () => {
    const { page } = s;
    const editor = page.locator('[data-testid="editor"] .ProseMirror');
    await page.getByTestId('panel-tab-byline').click();
    await page.getByTestId('byline-name').first().fill('Thu Hà');
    await page.getByTestId('byline-add').click();
    await page.getByTestId('byline-role').nth(1).fill(ROLE_ONLY);
    await page.getByTestId('byline-dateline').fill('Hà Tĩnh');
    await expect.poll(() => editor.locator('p.byline').textContent()).toBe(`Thu Hà, ${ROLE_ONLY}`);
    await screenshot(page, 'furniture-03-byline');
  });

  test('tags: section, topic, keywords and "Đọc thêm" links; a bad address gets plain words', async () => {
    const { page } = s;
    await page.getByTestId('panel-tab-tags').click();
    await page.getByTestId('tags-section').selectOption('Chính trị');
    // An editor may extend the controlled topic list from the panel; it lands in settings.
    await page.getByTestId('tags-new-topic').fill('Chuyển đổi số');
    await page.getByTestId('tags-add-topic').click();
    await expect.poll(() => page.getByTestId('tags-topic').inputValue()).toBe('Chuyển đổi số');
    const settings = JSON.parse(await readFile(path.join(s.userDataDir, 'settings.json'), 'utf8'));
    expect(settings.newsroom.topics).toEqual([TOPIC, 'Chuyển đổi số']);
    await page.getByTestId('tags-topic').selectOption(TOPIC);
    const keyword = page.getByTestId('keyword-input');
    await keyword.fill('tự soi tự sửa');
    await keyword.press('Enter');
    await keyword.fill('Hà Tĩnh');
    await keyword.press('Enter');
    await expect(page.getByTestId('keyword-chip').allTextContents()).resolves.toEqual(['tự soi tự sửa', 'Hà Tĩnh']);

    await page.getByTestId('related-kind-url').click();
    await page.getByTestId('related-url').fill('javascript:alert(1)');
    await page.getByTestId('related-title').fill('Bài cũ');
    await page.getByTestId('related-add').click();
    await expect(page.getByTestId('related-error').textContent()).resolves.toContain('http://');
    await page.getByTestId('related-url').fill('baohatinh.vn/xay-dung-dang');
    await page.getByTestId('related-add').click();
    await expect(page.getByTestId('related-item').count()).resolves.toBe(1);
    await screenshot(page, 'furniture-04-tags');
  });

  test('publishing: automatic slug, edited slug, description, counters', async () => {
    const { page } = s;
    await page.getByTestId('panel-tab-publish').click();
    await expect(page.getByTestId('slug-input').inputValue()).resolves.toBe(
      'dot-sinh-hoat-chinh-tri-sau-rong-ve-tu-soi-tu-sua-tai-thanh-pho-ha-tinh',
    );
    await expect(page.getByTestId('slug-mode').textContent()).resolves.toBe('tự động');
    await expect(page.getByTestId('headline-counter').getAttribute('data-level')).resolves.toBe('near');
    await page.getByTestId('slug-input').fill('Tự soi, tự sửa ở Hà Tĩnh');
    await page.getByTestId('slug-input').press('Enter');
    await expect.poll(() => page.getByTestId('slug-input').inputValue()).toBe(SLUG);
    await page.getByTestId('description-input').fill(DESCRIPTION);
    await screenshot(page, 'furniture-05-publish');
  });

  test('everything is in article.json: meta and content', async () => {
    const { page } = s;
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
    await expect
      .poll(async () => ((await onDisk()).json as unknown as { meta: Record<string, unknown> }).meta.description, { timeout: 10_000 })
      .toBe(DESCRIPTION);
    const { json } = await onDisk();
    const meta = (json as unknown as { meta: Record<string, unknown> }).meta;
    expect(meta).toMatchObject({
      byline: [{ name: 'Thu Hà' }, { role: ROLE_ONLY }],
      dateline: 'Hà Tĩnh',
      section: 'Chính trị',
      topic: TOPIC,
      tags: ['tự soi tự sửa', 'Hà Tĩnh'],
      related: [{ title: 'Bài cũ', url: 'https://baohatinh.vn/xay-dung-dang' }],
      slug: SLUG,
      description: DESCRIPTION,
    });
    const [figure] = nodesOfType(json.content, 'figure');
    expect(figure.attrs).toMatchObject({ alt: ALT, credit: CREDIT });
    expect(textOf(figure)).toBe(CAPTION);
    expect(textOf(nodesOfType(json.content, 'sapo')[0])).toBe(`${PREFIX}${SAPO_REST}`);
    expect(textOf(nodesOfType(json.content, 'byline')[0])).toBe(`Thu Hà, ${ROLE_ONLY}`);
    expect(s.pageErrors).toEqual([]);
  });
});
