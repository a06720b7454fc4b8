// A long text with hundreds of findings: the Checks panel counts every one, draws the first
// hundred at once and the rest as its list is scrolled, and a finding far down the list still
// selects its word when clicked.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { pasteIntoEditor } from './support/editorText';
import { openSoanSession, type SoanSession } from './support/session';

let s: SoanSession;
const editorLocator = (page: Page) => page.locator('[data-testid="editor"] .ProseMirror');
// 240 misspelt syllables ("tồt" for "tốt"), each one a finding, and one more at the very end.
const MISSPELT = 240;
const BODY = `${Array.from({ length: MISSPELT }, () => 'tồt').join(' ')} cuôí.`;

beforeAll(async () => {
  s = await openSoanSession();
});

afterAll(async () => {
  await s?.close();
});

describe('Checks panel with hundreds of findings', () => {
  test('counts them all, draws them as the list scrolls, and the last one still selects its word', async () => {
    const { page } = s;
    await page.getByTestId('firstrun-name').fill('Nguyễn Thị Hồng');
    await page.getByTestId('firstrun-role').selectOption('reporter');
    await page.getByTestId('firstrun-submit').click();
    await page.getByTestId('new-article').click();
    const editor = editorLocator(page);
    await editor.waitFor();
    await editor.locator('h1').click();
    await page.keyboard.type('Bài kiểm tra');
    await page.keyboard.press('Enter');
    await page.keyboard.type('(Baohatinh.vn) - Một đoạn mở đầu.');
    await page.keyboard.press('Enter');
    // One paste rather than typing: 240 words typed would take longer than the test should.
    await pasteIntoEditor(page, { text: BODY });

    const count = page.getByTestId('checks-count');
    await expect.poll(async () => Number(await count.getAttribute('data-count')), { timeout: 20_000 }).toBeGreaterThan(MISSPELT);
    const total = Number(await count.getAttribute('data-count'));
    const panel = page.getByTestId('checks-panel');
    const rows = panel.getByTestId('check-finding');
    // The first hundred at once, not all of them.
    await expect.poll(() => rows.count()).toBe(100);
    await expect(editor.locator('.soan-finding', { hasText: 'tồt' }).count()).resolves.toBe(MISSPELT);

    // Scrolling the list to its end draws the rest, a hundred at a time.
    await expect
      .poll(
        async () => {
          await panel.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
          return rows.count();
        },
        { timeout: 10_000 },
      )
      .toBe(total);
    await page.getByTestId('checks-more').waitFor({ state: 'detached' });

    // The last finding of the text, far down the list, selects its word.
    await panel.getByTestId('check-finding').filter({ hasText: 'cuôí' }).click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('cuôí');
  });

  test('on a long text, the misspellings on screen are underlined wherever the page is scrolled to', async () => {
    const { page } = s;
    const editor = editorLocator(page);
    // Sixty paragraphs of real sentences, each with one misspelt word at its end.
    const sentence = 'Tại các buổi sinh hoạt, đảng viên đã nêu rõ việc tự kiểm điểm một cách nghiêm túc và thẳng thắn trước chi bộ.';
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Đoạn ${i + 1}. ${sentence} ${sentence} ${sentence} Kết quả tồt.`);
    await page.getByTestId('back-to-library').click();
    await page.getByTestId('new-article').click();
    await editor.locator('h1').click();
    await page.keyboard.type('Bài dài');
    await page.keyboard.press('Enter');
    await page.keyboard.type('(Baohatinh.vn) - Mở đầu.');
    await page.keyboard.press('Enter');
    await pasteIntoEditor(page, { text: paragraphs.join('\n\n') });
    const paragraph = (n: number) => editor.locator('p', { hasText: `Đoạn ${n}. ` });
    await paragraph(60).waitFor();

    for (const n of [1, 30, 60]) {
      await paragraph(n).evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await expect.poll(() => paragraph(n).locator('.soan-finding', { hasText: 'tồt' }).count(), { timeout: 20_000 }).toBe(1);
    }
  });

  test('typing into a misspelt word takes its underline away at once; typing before others keeps theirs on their words', async () => {
    const { page } = s;
    const editor = editorLocator(page);
    const paragraph = (n: number) => editor.locator('p', { hasText: `Đoạn ${n}. ` });
    await paragraph(31).evaluate((element) => element.scrollIntoView({ block: 'center' }));
    for (const n of [30, 31, 32]) await expect.poll(() => paragraph(n).locator('.soan-finding', { hasText: 'tồt' }).count(), { timeout: 20_000 }).toBe(1);

    // The caret inside paragraph 30's "tồt", after its first letter, and one key typed there.
    await paragraph(30).locator('.soan-finding').evaluate((underline) => {
      const text = underline.firstChild!;
      (underline.closest('.ProseMirror') as HTMLElement).focus();
      window.getSelection()!.collapse(text, 1);
    });
    await page.keyboard.type('x');
    // Right after the key (no check has run yet), not on the next check.
    expect(await paragraph(30).locator('.soan-finding').count()).toBe(0);
    await expect(paragraph(30).textContent()).resolves.toContain('txồt');

    // Typing at the start of paragraph 31 moves the underlines after it along with their words.
    await paragraph(31).evaluate((element) => {
      (element.closest('.ProseMirror') as HTMLElement).focus();
      window.getSelection()!.collapse(element.firstChild!, 0);
    });
    await page.keyboard.type('Mới: ');
    for (const n of [31, 32]) await expect(paragraph(n).locator('.soan-finding').textContent()).resolves.toBe('tồt');
    // And after the next check, every underline on screen still sits on its word.
    await expect.poll(() => paragraph(30).locator('.soan-finding', { hasText: 'txồt' }).count(), { timeout: 20_000 }).toBe(1);
    const underlined = await editor.locator('.soan-finding').allTextContents();
    expect(underlined.filter((text) => text !== 'tồt' && text !== 'txồt')).toEqual([]);
  });
});
