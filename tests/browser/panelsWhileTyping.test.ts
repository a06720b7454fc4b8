// While the writer types in the text, the side panels and counts catch up when typing pauses
// rather than on every keystroke. What must not change for the user: the counts are right
// once typing stops, and a panel used straight after typing acts on the right figure, though
// the typing moved every figure after the caret.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeNewArticle, writePhoto } from './support/newArticle';
import { openSoanSession, type SoanSession } from './support/session';

let s: SoanSession;
let photoPath = '';
const BODY = 'Chi bộ sinh hoạt chuyên đề vào sáng thứ hai hằng tuần.';
const TYPED = 'Buổi sinh hoạt có đông đủ đảng viên tham dự. ';
const CAPTION = 'Các đảng viên dự sinh hoạt';
const wordsIn = (text: string) => text.trim().split(/\s+/).length;

beforeAll(async () => {
  s = await openSoanSession();
  photoPath = await writePhoto(s.root, 'anh.png', { width: 640, height: 400 }, '#6b8e23');
});

afterAll(async () => {
  await s?.close();
});

describe('Panels while typing', () => {
  test('counts are right once typing stops; a caption typed in the panel straight after reaches the right figure', async () => {
    const { page } = s;
    const editor = await writeNewArticle(page, { author: 'Lê Minh', headline: 'Sinh hoạt chi bộ', sapo: '(Baohatinh.vn) - Mở đầu.', body: BODY });
    await page.getByTestId('image-file-input').setInputFiles(photoPath);
    await editor.locator('figure img').waitFor();
    await page.getByTestId('panel-tab-captions').click();
    await page.getByTestId('caption-item').waitFor();
    const wordsBefore = Number(await page.getByTestId('word-count').getAttribute('data-count'));

    // Type at the start of the paragraph above the photo, then go straight to the panel.
    await editor.locator('p', { hasText: BODY }).click();
    await page.keyboard.press('Home');
    await page.keyboard.type(TYPED);
    await page.getByTestId('caption-text').fill(CAPTION);
    await expect.poll(() => editor.locator('figcaption').textContent()).toBe(CAPTION);
    await expect(editor.locator('p', { hasText: BODY }).textContent()).resolves.toBe(TYPED + BODY);
    // The article's count takes in captions too.
    await expect.poll(async () => Number(await page.getByTestId('word-count').getAttribute('data-count'))).toBe(wordsBefore + wordsIn(TYPED) + wordsIn(CAPTION));
  });

  test('typing that stops and starts again while the panels catch up leaves the count right and the toolbar on the caret', async () => {
    const { page } = s;
    const editor = page.locator('[data-testid="editor"] .ProseMirror');
    const count = async () => Number(await page.getByTestId('word-count').getAttribute('data-count'));
    const wordsBefore = await count();
    await editor.locator('p', { hasText: BODY }).click();
    await page.keyboard.press('End'); // the end of a line of the paragraph: after a space, before a word
    // Pauses just past the settling pause: the panels start catching up as the next words come in.
    const bursts = ['Một ', 'hai ba ', 'bốn ', 'năm sáu bảy '];
    for (const burst of bursts) {
      await page.keyboard.type(burst);
      await page.waitForTimeout(310);
    }
    await expect.poll(count).toBe(wordsBefore + wordsIn(bursts.join('')));
    // Bold typed at once is shown at once, and is on when typing goes on.
    await page.keyboard.press('Control+b');
    await expect.poll(() => page.getByTestId('toolbar-bold').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.type('tám ');
    await page.waitForTimeout(310);
    await expect.poll(count).toBe(wordsBefore + wordsIn(bursts.join('')) + 1);
    await expect.poll(() => page.getByTestId('toolbar-bold').getAttribute('aria-pressed')).toBe('true');
  });
});
