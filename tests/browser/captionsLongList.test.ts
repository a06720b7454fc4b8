// An article with many photos: the Captions panel draws the first figures at once and the
// rest as the side column is scrolled towards them, and a figure far down the list still
// takes its caption.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeNewArticle, writePhoto } from './support/newArticle';
import { openSoanSession, type SoanSession } from './support/session';

let s: SoanSession;
let photoPath = '';
const PHOTOS = 12;
const CAPTION = 'Ảnh cuối cùng của bài';

beforeAll(async () => {
  s = await openSoanSession();
  photoPath = await writePhoto(s.root, 'anh.png', { width: 320, height: 200 }, '#4682b4');
});

afterAll(async () => {
  await s?.close();
});

describe('Captions panel with many figures', () => {
  test('draws the first eight, the rest as the column scrolls, and the last one takes its caption', async () => {
    const { page } = s;
    const editor = await writeNewArticle(page, { author: 'Lê Minh', headline: 'Nhiều ảnh', sapo: '(Baohatinh.vn) - Mở đầu.', body: 'Thân bài.' });
    const figures = editor.locator('figure');
    for (let n = 1; n <= PHOTOS; n++) {
      await page.getByTestId('image-file-input').setInputFiles(photoPath);
      await expect.poll(() => figures.count()).toBe(n);
    }

    await page.getByTestId('panel-tab-captions').click();
    const items = page.getByTestId('caption-item');
    await expect.poll(() => items.count()).toBe(8);
    // The side column is what scrolls; at its end the rest are drawn.
    await expect
      .poll(
        async () => {
          await page.locator('aside.side').evaluate((side) => side.scrollTo({ top: side.scrollHeight }));
          return items.count();
        },
        { timeout: 10_000 },
      )
      .toBe(PHOTOS);
    await page.getByTestId('captions-more').waitFor({ state: 'detached' });

    await items.last().getByTestId('caption-text').fill(CAPTION);
    await expect.poll(() => figures.last().locator('figcaption').textContent()).toBe(CAPTION);
    expect(s.pageErrors).toEqual([]);
  });
});
