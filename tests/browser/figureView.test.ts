// A photo in the text while writing: its alt text typed right under it reaches the article
// (and the Captions panel) without touching the text; the credit shows under the caption
// in house style and goes when cleared; a selected photo shows as selected until the caret leaves.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeNewArticle, writePhoto } from './support/newArticle';
import { openSoanSession, type SoanSession } from './support/session';

let s: SoanSession;
let photoPath = '';
const BODY = 'Cầu Cửa Sót nối hai bờ sông.';
const ALT = 'Cầu Cửa Sót nhìn từ trên cao';
const CAPTION = 'Cầu Cửa Sót ngày thông xe.';

beforeAll(async () => {
  s = await openSoanSession();
  photoPath = await writePhoto(s.root, 'cau.png', { width: 640, height: 400 }, '#4a6fa5');
});

afterAll(async () => {
  await s?.close();
});

describe('A photo in the text', () => {
  test('alt text typed under the photo, the credit under the caption, selection', async () => {
    const { page } = s;
    const editor = await writeNewArticle(page, { author: 'Thu Hà', headline: 'Thông xe cầu Cửa Sót', sapo: '(Baohatinh.vn) - Mở đầu.', body: BODY });
    await page.getByTestId('image-file-input').setInputFiles(photoPath);
    await expect.poll(() => editor.locator('figure img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(640);
    await page.keyboard.type(CAPTION);
    await expect(editor.getByTestId('figure-alt').getAttribute('placeholder')).resolves.toContain('Ảnh cho thấy điều gì?');

    await editor.getByTestId('figure-alt').click();
    await page.keyboard.type(ALT);
    await expect(editor.getByTestId('figure-alt').inputValue()).resolves.toBe(ALT);
    await expect(editor.locator('figure img').getAttribute('alt')).resolves.toBe(ALT);
    await page.getByTestId('panel-tab-captions').click();
    const item = page.getByTestId('caption-item').first();
    await expect.poll(() => item.getByTestId('caption-alt').inputValue()).toBe(ALT);
    // Typing in the alt field wrote nothing into the text.
    await expect(editor.locator('figcaption').textContent()).resolves.toBe(CAPTION);
    await expect(editor.locator('p', { hasText: BODY }).textContent()).resolves.toBe(BODY);

    await expect(editor.getByTestId('figure-credit').count()).resolves.toBe(0);
    await item.getByTestId('caption-credit').fill('Thu Hà');
    await expect.poll(() => editor.getByTestId('figure-credit').textContent()).toBe('Ảnh: Thu Hà');
    await item.getByTestId('caption-credit').fill('');
    await expect.poll(() => editor.getByTestId('figure-credit').count()).toBe(0);

    await page.getByTestId('caption-reveal').first().click();
    await expect.poll(() => editor.locator('figure.is-selected').count()).toBe(1);
    await editor.locator('p', { hasText: BODY }).click();
    await expect.poll(() => editor.locator('figure.is-selected').count()).toBe(0);
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
  });
});
