// A reporter pastes what they wrote in Word, Google Docs and LibreOffice into the real editor
// in Chromium — a paste event carrying the clipboard's HTML, through the editor's own paste
// path — and the article holds it whole: headings, list items with their numbers, bold and
// links, a photo where the clipboard carried one and a named placeholder where it did not,
// a notice for what the article cannot hold, no legacy-encoding notice on Unicode text.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ArticleDocSchema, articleBlocks } from '../../electron/contract/article/articleContent';
import { outline } from '../unit/importExport/support/articleOutline';
import { findArticleOnDisk, projectFolders } from './support/articleOnDisk';
import { editorOf, waitSaved } from './support/editorText';
import { openSoanSession, screenshot, type SoanSession } from './support/session';

const FIXTURES = 'tests/fixtures/paste';
let s: SoanSession;
let articleId = '';

/** A real paste event, as Chromium delivers a copy from another program, where the caret is. */
async function paste(page: Page, fixture: string, text: string): Promise<void> {
  const html = await readFile(path.join(FIXTURES, fixture), 'utf8');
  await editorOf(page).evaluate(
    (editor, clip) => {
      const data = new DataTransfer();
      data.setData('text/html', clip.html);
      data.setData('text/plain', clip.text);
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

/** Puts the caret in a new empty paragraph at the end of the body. */
async function caretAtNewLastParagraph(page: Page): Promise<void> {
  const last = editorOf(page).locator('p').last();
  await last.click();
  await last.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    range.collapse(false);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await page.waitForTimeout(100); // ProseMirror reads the DOM selection on selectionchange
  await page.keyboard.press('Enter');
}

async function savedBody(): Promise<string[]> {
  await waitSaved(s.page);
  const { json } = await findArticleOnDisk(s.libraryPath, articleId);
  return outline(articleBlocks(ArticleDocSchema.parse(json.content)).body);
}

beforeAll(async () => {
  s = await openSoanSession();
});

async function newArticle(): Promise<void> {
  const { page } = s;
  await page.getByTestId('firstrun-name').fill('Thu Hà');
  await page.getByTestId('firstrun-submit').click();
  await page.getByTestId('new-article').click();
  const editor = editorOf(page);
  await editor.waitFor();
  await editor.locator('h1').click();
  await page.keyboard.type('Bài dán từ Word');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Sapo gõ tay.');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await projectFolders(s.libraryPath)).length).toBe(1);
  articleId = (await projectFolders(s.libraryPath))[0].split('-').pop()!;
}

afterAll(async () => {
  await s?.close();
});

describe('pasting from office programs in Chromium', () => {
  test('a reporter opens a new article', newArticle);

  test('Word 365: lists, numbers, headings, bold, link, quote, placeholder photo, notices, no legacy notice', async () => {
    const { page } = s;
    const editor = editorOf(page);
    await paste(page, 'word-365-windows.html', 'Hà Tĩnh khánh thành cầu Cửa Sót mới …');

    // The editor shows the structure, not Word's paragraphs with bullet glyphs.
    await expect.poll(() => editor.locator('ul > li').count()).toBe(4);
    // Word's second and third levels stay nested in the item above them; the second level
    // Word letters "a.", "b." keeps its letters, in the item above (review finding 5b).
    expect(await editor.locator('ol').evaluateAll((lists) => lists.map((ol) => [ol.getAttribute('start') ?? '1', ol.querySelectorAll(':scope > li').length]))).toEqual([
      ['1', 3],
      ['1', 2],
    ]);
    expect(await editor.locator('ol > li').nth(1).locator('p').allTextContents()).toEqual(['Quý II tăng 7,2%, trong đó:', 'a. công nghiệp tăng 9%', 'b. dịch vụ tăng 6%']);
    expect(await editor.locator('ul > li > ul > li > ul > li').allTextContents()).toEqual(['Thép nhập từ Nhật Bản']);
    expect(await editor.locator('h2').allTextContents()).toEqual(['Hà Tĩnh khánh thành cầu Cửa Sót mới', 'Công trình trọng điểm', 'Những gì đã làm được']);
    expect(await editor.locator('strong').allTextContents()).toEqual(expect.arrayContaining(['300 tỷ đồng', 'vượt tiến độ', 'trọng điểm', '98%']));
    expect(await editor.locator('a[href="https://hatinh.gov.vn/cau-cua-sot"]').textContent()).toBe('Cổng thông tin tỉnh');
    expect(await editor.locator('blockquote').textContent()).toBe('“Đây là niềm mong mỏi của bà con vùng biển.”');
    const text = (await editor.textContent()) ?? '';
    for (const junk of ['·', '§', 'o:p', 'mso-', 'MsoNormal', '[TB1]']) expect(text, junk).not.toContain(junk);

    // Word kept the picture on its own disk: a placeholder with its alt text and caption.
    await expect(editor.getByTestId('figure-placeholder').count()).resolves.toBe(1);
    expect(await editor.getByTestId('figure-alt').inputValue()).toBe('Cầu Cửa Sót nhìn từ trên cao');
    await editor.getByTestId('figure-placeholder').scrollIntoViewIfNeeded();
    await screenshot(page, 'paste-01-word-365-placeholder');

    const notes = page.getByTestId('paste-notes');
    await notes.waitFor();
    expect(await notes.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-code')))).toEqual([
      'import-table-flattened',
      'import-comment-left-out',
      'import-notes-at-end',
      'import-image-local-file',
    ]);
    expect(await notes.textContent()).toContain('Kiểm tra lại số vốn với Sở.');
    expect(await notes.textContent()).toContain('clip_image002.jpg');
    // "Müller" and the Symbol bullets are Unicode: no offer to convert anything.
    await page.waitForTimeout(500);
    await expect(page.getByTestId('convert-notice').count()).resolves.toBe(0);
    await editor.locator('h2').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'paste-01-word-365-top');
    await editor.locator('ul').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'paste-01-word-365-lists');

    const body = await savedBody();
    expect(body).toContain('    • Thép nhập từ Nhật Bản');
    expect(body).toContain('3. Quý III tăng 7,5%');
    expect(body).toContain('Cầu chính | 1,2 km | 250 tỷ');
    expect(body).toContain('[1] Theo báo cáo của Sở Giao thông vận tải ngày 30/4.');
    expect(body).toContain('[figure placeholder alt="Cầu Cửa Sót nhìn từ trên cao" caption="Cầu Cửa Sót ngày thông xe." credit="Thu Hà"]');
    await page.getByTestId('paste-notes-dismiss').click();
    await expect(notes.count()).resolves.toBe(0);
  });

  test('LibreOffice: the photo in the clipboard becomes a figure showing the stored photo', async () => {
    const { page } = s;
    const editor = editorOf(page);
    await caretAtNewLastParagraph(page);
    await paste(page, 'libreoffice-writer.html', 'Hà Tĩnh khánh thành cầu Cửa Sót mới …');
    const photo = editor.locator('figure img');
    await photo.waitFor();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(302);
    expect(await photo.getAttribute('src')).toMatch(/^\/media\//);
    await photo.scrollIntoViewIfNeeded();
    await screenshot(page, 'paste-02-libreoffice-photo');
    const body = await savedBody();
    expect(body).toContain('[figure photo alt="Ảnh 1" caption="Cầu Cửa Sót ngày thông xe." credit="Thu Hà"]');
  });

  test('Google Docs: nested and continued lists, bold, the table as rows', async () => {
    const { page } = s;
    const editor = editorOf(page);
    await caretAtNewLastParagraph(page);
    await paste(page, 'google-docs.html', 'Mùa vải thiều Lục Ngạn vào vụ …');
    await expect.poll(() => editor.locator('ul > li > ul > li', { hasText: 'qua cửa khẩu Tân Thanh' }).count()).toBe(1);
    expect(await editor.locator('ol[start="3"] li', { hasText: 'thùng' }).allTextContents()).toEqual(['Đóng thùng xốp có đá']);
    expect(await editor.locator('strong', { hasText: '25.000 đồng/kg' }).count()).toBe(1);
    const body = await savedBody();
    expect(body).toContain('  • qua cửa khẩu Tân Thanh');
    expect(body).toContain('**Năm** | **Sản lượng**');
  });

  test('an old Word file in TCVN3 with Symbol bullets: converted to Unicode, list kept, undo gives back the original', async () => {
    const { page } = s;
    const editor = editorOf(page);
    await caretAtNewLastParagraph(page);
    const item = (text: string, where: string) =>
      `<p class=MsoListParagraphCx${where} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span style='font-family:".VnTime"'>${text}</span><o:p></o:p></p>`;
    const html =
      `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"></head><body lang=VI><!--StartFragment-->` +
      `<p class=MsoNormal><span style='font-family:".VnTime"'>Céng hßa x· héi chñ nghÜa ViÖt Nam</span></p>${item('®éc lËp', 'SpFirst')}${item('tù do h¹nh phóc', 'SpLast')}<!--EndFragment--></body></html>`;
    await editor.evaluate((element, clip) => {
      const data = new DataTransfer();
      data.setData('text/html', clip);
      data.setData('text/plain', 'Céng hßa x· héi chñ nghÜa ViÖt Nam');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
    await expect.poll(() => editor.locator('ul > li').allTextContents()).toEqual(expect.arrayContaining(['độc lập', 'tự do hạnh phúc']));
    expect(await editor.locator('p', { hasText: 'Cộng hòa xã hội' }).textContent()).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    const notice = page.getByTestId('convert-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('data-encoding')).toBe('tcvn3');
    // The runs converted are the text's; the Symbol bullets were not among them.
    expect(await notice.locator('.convert-before').textContent()).toBe('Céng hßa x· héi chñ nghÜa ViÖt Nam ®éc lËp tù do h¹nh phóc');
    await screenshot(page, 'paste-03-tcvn3-list');

    await page.getByTestId('convert-undo').click();
    await expect.poll(() => editor.locator('ul > li').allTextContents()).toEqual(expect.arrayContaining(['®éc lËp', 'tù do h¹nh phóc']));
    expect(await editor.textContent()).not.toContain('độc lập');
    expect(await editor.textContent()).toContain('Céng hßa x· héi chñ nghÜa ViÖt Nam');
  });

  test('a few words copied from a web page join the line they are pasted into', async () => {
    const { page } = s;
    const editor = editorOf(page);
    await caretAtNewLastParagraph(page);
    await page.keyboard.type('Trước ');
    await editor.evaluate((element) => {
      const data = new DataTransfer();
      data.setData('text/html', "<meta charset='utf-8'><span style=\"color: rgb(34, 34, 34); font-family: Arial; font-size: 18px; font-weight: 400;\">đoạn <i>chèn</i> ngắn</span>");
      data.setData('text/plain', 'đoạn chèn');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => editor.locator('p', { hasText: 'Trước đoạn chèn' }).count()).toBe(1);
    await page.keyboard.type(' sau');
    await expect.poll(() => editor.locator('p', { hasText: 'Trước đoạn chèn' }).textContent()).toBe("Trước đoạn chèn ngắn sau");
    expect((await savedBody()).filter((line) => line.includes('Trước'))).toEqual([expect.stringMatching(/^(?:• )?Trước đoạn _chèn_ ngắn sau$/)]);
    expect(s.pageErrors).toEqual([]);
  });
});
