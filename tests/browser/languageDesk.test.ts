// The language desk as a Vietnamese reporter meets it: a TCVN3 paste from Word comes in as
// Unicode (and can be undone), hostile HTML comes in as plain text, spelling and house-style
// findings are underlined and listed, fixed, added to the dictionary, and the library finds
// articles by text typed without diacritics.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { pasteIntoEditor } from './support/editorText';
import { openSoanSession, screenshot, type SoanSession } from './support/session';
import { findArticleOnDisk, projectFolders, type PmNode } from './support/articleOnDisk';

const HEADLINE = 'Đợt sinh hoạt chính trị sâu rộng về “tự soi, tự sửa” tại thành phố Hà Tĩnh';
const SAPO = '(Baohatinh.vn) - Các đảng viên thành phố Hà Tĩnh thẳng thắn “tự soi, tự sửa” trong sinh hoạt chi bộ.';
const BODY = 'Tại các buổi sinh hoạt, đảng viên đã nêu rõ việc tự soi - tự sửa một cách nghiêm túc và tồt đẹp.';
const TCVN3 = 'Céng hßa x· héi chñ nghÜa ViÖt Nam';
const UNICODE = 'Cộng hòa xã hội chủ nghĩa Việt Nam';
// A word the syllable lexicon does not know (proper names, capitalised, are accepted as names).
const PLACE = 'xtiêng';

let s: SoanSession;
let articleId = '';

const editorLocator = (page: Page) => page.locator('[data-testid="editor"] .ProseMirror');

async function savedArticle() {
  await expect.poll(() => s.page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
  return findArticleOnDisk(s.libraryPath, articleId);
}

function allAttrKeys(node: PmNode, into = new Set<string>()): Set<string> {
  for (const key of Object.keys(node.attrs ?? {})) into.add(`${node.type}.${key}`);
  for (const child of node.content ?? []) allAttrKeys(child, into);
  return into;
}

/**
 * The caret at the very end of the last paragraph. A click and End would stop at the end of
 * the clicked visual line, which in a long, wrapped paragraph is not the end of the text.
 */
async function caretAtEndOfLastParagraph(page: Page): Promise<void> {
  const last = editorLocator(page).locator('p').last();
  await last.click();
  await last.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    range.collapse(false);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await page.waitForTimeout(100); // ProseMirror reads the DOM selection on selectionchange
}

beforeAll(async () => {
  s = await openSoanSession();
});

afterAll(async () => {
  await s?.close();
});

async function writeArticle(): Promise<void> {
  const { page } = s;
  await page.getByTestId('firstrun-name').fill('Nguyễn Thị Hồng');
  await page.getByTestId('firstrun-role').selectOption('reporter');
  await page.getByTestId('firstrun-submit').click();
  await page.getByTestId('new-article').click();
  const editor = editorLocator(page);
  await editor.waitFor();
  await editor.locator('h1').click();
  await page.keyboard.type(HEADLINE);
  await page.keyboard.press('Enter');
  await page.keyboard.type(SAPO);
  await page.keyboard.press('Enter');
  await page.keyboard.type(BODY);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await projectFolders(s.libraryPath)).length).toBe(1);
  articleId = (await projectFolders(s.libraryPath))[0].split('-').pop()!;
}

describe('Language desk in Chromium', () => {
  test('a reporter writes an article', writeArticle);

  test('TCVN3 pasted from Word becomes Unicode, with a notice and one-step undo', async () => {
    const { page } = s;
    const editor = editorLocator(page);
    await pasteIntoEditor(page, { html: `<html><head><style>p{mso-style-name:Normal}</style></head><body><p class=MsoNormal><span style="font-family:.VnTime;mso-bidi-font-family:Arial">${TCVN3}</span><o:p></o:p></p></body></html>`, text: TCVN3 });
    await expect.poll(() => editor.textContent()).toContain(UNICODE);
    const notice = page.getByTestId('convert-notice');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('TCVN3');
    await expect(notice.textContent()).resolves.toContain(TCVN3);
    await screenshot(page, 'language-01-convert-notice');
    expect((await savedArticle()).json.text).toContain(UNICODE);

    await page.getByTestId('convert-undo').click();
    await expect.poll(() => editor.textContent()).toContain(TCVN3);
    expect(await editor.textContent()).not.toContain(UNICODE);
    await expect(notice.count()).resolves.toBe(0);
    expect((await savedArticle()).json.text).toContain(TCVN3);

    // Take the restored legacy text out again for the rest of the test.
    await editor.locator('p', { hasText: TCVN3 }).evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await page.keyboard.press('Backspace');
    await expect.poll(() => editor.textContent()).not.toContain(TCVN3);
  });

  test('VNI from a Word run, and TCVN3 as bare text with no font, are recognised too', async () => {
    const { page } = s;
    const editor = editorLocator(page);
    await caretAtEndOfLastParagraph(page);
    await page.keyboard.press('Enter');
    await pasteIntoEditor(page, { html: '<p><font face="VNI-Times">Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam</font></p>', text: 'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam' });
    await page.getByTestId('convert-notice').and(page.locator('[data-encoding="vni"]')).waitFor();
    await page.keyboard.press('End');
    await page.keyboard.type(' ');
    // A plain-text clipboard: no font to go by, so the text's own syllables decide.
    const bare = '®éc lËp tù do h¹nh phóc';
    await pasteIntoEditor(page, { text: bare });
    const line = editor.locator('p', { hasText: 'Cộng hòa xã hội' });
    await expect.poll(() => line.textContent()).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam độc lập tự do hạnh phúc');
    await page.getByTestId('convert-dismiss').click();
    await line.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await page.keyboard.press('Backspace');
    await expect.poll(() => editor.textContent()).not.toContain('Cộng hòa');
  });

  test('Unicode, English and unaccented text are pasted exactly as they are', async () => {
    const { page } = s;
    const editor = editorLocator(page);
    const clean = 'Hội nghị “tự soi, tự sửa” — a naïve café test, khong dau van giu nguyen.';
    await caretAtEndOfLastParagraph(page);
    await page.keyboard.press('Enter');
    await pasteIntoEditor(page, { html: `<p><span style="font-family:Times New Roman">${clean}</span></p>`, text: clean });
    await expect.poll(() => editor.locator('p', { hasText: 'naïve café' }).textContent()).toBe(clean);
    await page.waitForTimeout(300);
    await expect(page.getByTestId('convert-notice').count()).resolves.toBe(0);
    await editor.locator('p', { hasText: 'naïve café' }).evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await page.keyboard.press('Backspace');
    await expect.poll(() => editor.textContent()).not.toContain('naïve');
  });

  test('hostile HTML comes in as clean text: nothing runs, nothing foreign is stored', async () => {
    const { page } = s;
    const ran: string[] = [];
    await page.exposeFunction('soanTestPwned', (how: string) => ran.push(how));
    const editor = editorLocator(page);
    await caretAtEndOfLastParagraph(page);
    await page.keyboard.press('Enter');
    const hostile =
      '<p style="color:red" class="x" onclick="soanTestPwned(\'click\')">Bản tin<script>soanTestPwned("script")</script>' +
      '<img src="x" onerror="soanTestPwned(\'img\')"> sáng nay <a href="javascript:soanTestPwned(\'link\')">xem thêm</a>' +
      '<style>body{display:none}</style><iframe src="javascript:soanTestPwned(\'iframe\')"></iframe>' +
      ' và <a href="https://baohatinh.vn/" onmouseover="soanTestPwned(\'hover\')" data-x="1">Báo Hà Tĩnh</a></p>';
    await pasteIntoEditor(page, { html: hostile, text: 'Bản tin sáng nay xem thêm và Báo Hà Tĩnh' });
    await expect.poll(() => editor.textContent()).toContain('Bản tin sáng nay xem thêm và Báo Hà Tĩnh');
    await page.waitForTimeout(300);
    expect(ran).toEqual([]);
    expect(await editor.locator('script, iframe, img, style, [onclick], [onerror], [style]').count()).toBe(0);
    expect(await editor.locator('a[href^="javascript"]').count()).toBe(0);
    await expect(editor.locator('a[href="https://baohatinh.vn/"]').count()).resolves.toBe(1);

    const onDisk = await savedArticle();
    const raw = JSON.stringify(onDisk.json.content);
    for (const bad of ['javascript', 'onerror', 'onclick', 'script', 'iframe', 'color:red', 'data-x']) {
      expect(raw).not.toContain(bad);
    }
    const keys = [...allAttrKeys(onDisk.json.content)].filter((k) => k.startsWith('paragraph.') || k.startsWith('text.'));
    expect(keys).toEqual([]);
  });

  test('spelling and house-style findings are underlined and listed in the Checks panel', async () => {
    const { page } = s;
    const editor = editorLocator(page);
    const spelling = editor.locator('.soan-finding.soan-finding--error[data-rule="spelling"]', { hasText: 'tồt' });
    await spelling.waitFor({ timeout: 15_000 });
    await editor.locator('.soan-finding--warning').first().waitFor();
    const panel = page.getByTestId('checks-panel');
    await panel.locator('[data-testid="check-finding"][data-severity="error"][data-rule="spelling"]', { hasText: 'tồt' }).waitFor();
    await panel.locator('[data-testid="check-finding"][data-severity="warning"]', { hasText: 'tự soi - tự sửa' }).waitFor();
    expect(Number(await page.getByTestId('checks-count').getAttribute('data-count'))).toBeGreaterThanOrEqual(2);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'language-02-underlines-and-panel');

    // Clicking a finding selects it in the text.
    await panel.locator('[data-testid="check-finding"]', { hasText: 'tự soi - tự sửa' }).first().click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toContain('tự soi');
  });

  test('right-click offers suggestions; one click fixes the word', async () => {
    const { page } = s;
    const editor = editorLocator(page);
    await editor.locator('.soan-finding--error', { hasText: 'tồt' }).click({ button: 'right' });
    const menu = page.getByTestId('finding-menu');
    await menu.waitFor();
    const suggestion = menu.getByTestId('finding-suggestion').filter({ hasText: /^tốt$/ });
    await suggestion.waitFor();
    await screenshot(page, 'language-03-finding-menu');
    await suggestion.click();
    await expect(menu.count()).resolves.toBe(0);
    await expect.poll(() => editor.textContent()).toContain('tốt đẹp');
    await expect.poll(() => editor.locator('.soan-finding', { hasText: 'tồt' }).count()).toBe(0);
  });

  test('a local word added to the newsroom dictionary is no longer underlined', async () => {
    const { page } = s;
    const editor = editorLocator(page);
    await caretAtEndOfLastParagraph(page);
    await page.keyboard.type(` Đoàn công tác thăm bà con dân tộc ${PLACE}.`);
    const underline = editor.locator('.soan-finding--error', { hasText: PLACE });
    await underline.waitFor({ timeout: 15_000 });
    await underline.click({ button: 'right' });
    await page.getByTestId('finding-add-dictionary').click();
    await expect.poll(() => underline.count(), { timeout: 15_000 }).toBe(0);
    const settings = JSON.parse(await readFile(path.join(s.userDataDir, 'settings.json'), 'utf8'));
    expect(settings.newsroom.dictionary).toContain(PLACE);
  });

  test('a finding ignored from the keyboard stays ignored in this article', async () => {
    const { page } = s;
    const editor = editorLocator(page);
    await caretAtEndOfLastParagraph(page);
    await page.keyboard.type(' Việc này đươc làm ngay');
    const underline = editor.locator('.soan-finding--error', { hasText: 'đươc' });
    await underline.waitFor({ timeout: 15_000 });
    await page.keyboard.press('Control+ArrowLeft');
    await page.keyboard.press('Control+ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    // The browser moves the caret; ProseMirror learns of it on the next selectionchange, and
    // Shift+F10 asks ProseMirror. Without this pause the menu could open for the old caret.
    await page.waitForTimeout(150);
    await page.keyboard.press('Shift+F10');
    await page.getByTestId('finding-menu').waitFor();
    // The menu is about the word at the caret.
    await expect(page.getByTestId('finding-menu').textContent()).resolves.toContain('đươc');
    await page.getByTestId('finding-ignore').click();
    await expect.poll(() => underline.count(), { timeout: 10_000 }).toBe(0);
    // Still gone after the next check, which the typing below triggers.
    await page.keyboard.press('End');
    await page.keyboard.type('.');
    await page.waitForTimeout(1500);
    await expect(underline.count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="check-finding"]', { hasText: 'đươc' }).count()).resolves.toBe(0);
  });

  test('reading time for the article and counts for the selection', async () => {
    const { page } = s;
    const editor = editorLocator(page);
    await expect(page.getByTestId('reading-time').getAttribute('data-rate')).resolves.toBe('220');
    await editor.locator('h1').click();
    // The whole headline, whatever its line wrapping.
    await editor.locator('h1').evaluate((h1) => {
      const range = document.createRange();
      range.selectNodeContents(h1);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    const count = page.getByTestId('selection-count');
    await count.waitFor();
    await expect.poll(() => count.getAttribute('data-count')).toBe(String(HEADLINE.split(' ').length));
    await screenshot(page, 'language-06-selection-count');
  });

  test('library search folds diacritics and shows the snippet', async () => {
    const { page } = s;
    await savedArticle();
    await page.getByTestId('back-to-library').click();
    const box = page.getByTestId('library-filter');
    await box.fill('ha tinh');
    const hit = page.locator(`[data-testid="search-result"][data-id="${articleId}"]`);
    await hit.waitFor();
    await expect(hit.locator('mark').first().textContent()).resolves.toMatch(/Hà|Tĩnh/);
    await screenshot(page, 'language-04-search-ha-tinh');
    await box.fill('dang vien');
    await expect.poll(() => hit.getByTestId('search-snippet').textContent()).toMatch(/đảng viên/i);
    await expect(hit.locator('mark').first().textContent()).resolves.toMatch(/đảng|viên/i);
    await screenshot(page, 'language-05-search-dang-vien');
    await hit.click();
    await editorLocator(page).locator('h1', { hasText: 'Đợt sinh hoạt' }).waitFor();
    expect(s.pageErrors).toEqual([]);
  });
});
