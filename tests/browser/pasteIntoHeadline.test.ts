// A reporter pastes into the headline and the byline of the real editor in Chromium (a paste
// event carrying the clipboard, through the editor's own paste path): a headline copied from
// Word with its sapo and first paragraph lands in headline, sapo and body, with a note saying
// so; a headline Word wrapped with Shift+Enter is one line; two names on two lines in the
// byline stay apart; plain text behaves the same. Nothing is lost, nothing glued.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ArticleDocSchema, articleBlocks, inlineText } from '../../electron/contract/article/articleContent';
import { outline } from '../unit/importExport/support/articleOutline';
import { findArticleOnDisk, projectFolders } from './support/articleOnDisk';
import { editorOf, waitSaved } from './support/editorText';
import { openSoanSession, screenshot, type SoanSession } from './support/session';

let s: SoanSession;

/** A real paste event, as Chromium delivers a copy from another program, where the caret is. */
async function paste(page: Page, clip: { html?: string; text: string }): Promise<void> {
  await editorOf(page).evaluate((editor, c) => {
    const data = new DataTransfer();
    if (c.html) data.setData('text/html', c.html);
    data.setData('text/plain', c.text);
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, clip);
}

const word = (body: string) =>
  `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"></head><body lang=VI><!--StartFragment-->${body}<!--EndFragment--></body></html>`;

async function saved(): Promise<{ headline: string; sapo: string; body: string[]; byline: string }> {
  await waitSaved(s.page);
  const folder = (await projectFolders(s.libraryPath))[0];
  const { json } = await findArticleOnDisk(s.libraryPath, folder.split('-').pop()!);
  const parts = articleBlocks(ArticleDocSchema.parse(json.content));
  return { headline: inlineText(parts.headline.content), sapo: inlineText(parts.sapo.content), body: outline(parts.body), byline: inlineText(parts.byline?.content) };
}

beforeAll(async () => {
  s = await openSoanSession();
  const { page } = s;
  await page.getByTestId('firstrun-name').fill('Thu Hà');
  await page.getByTestId('firstrun-submit').click();
  await page.getByTestId('new-article').click();
  await editorOf(page).waitFor();
});

afterAll(async () => {
  await s?.close();
});

describe('pasting into the headline and the byline in Chromium', () => {
  test('a headline, sapo and first paragraph copied together from Word go into headline, sapo and body', async () => {
    const { page } = s;
    const editor = editorOf(page);
    await editor.locator('h1').click();
    await paste(page, {
      html: word(
        "<p class=MsoTitle>Hà Tĩnh khánh thành<br>cầu Cửa Sót</p><p class=MsoNormal><b>Sáng 1/5, cầu thông xe.</b></p><p class=MsoNormal>Cầu dài 1,2 km.</p>",
      ),
      text: 'Hà Tĩnh khánh thành cầu Cửa Sót\nSáng 1/5, cầu thông xe.\nCầu dài 1,2 km.',
    });
    await expect.poll(() => editor.locator('h1').textContent()).toBe('Hà Tĩnh khánh thành cầu Cửa Sót');
    expect(await editor.locator('p.sapo').textContent()).toBe('Sáng 1/5, cầu thông xe.');
    const notes = page.getByTestId('paste-notes');
    await notes.waitFor();
    expect(await notes.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-code')))).toEqual(['paste-headline-rest-in-sapo-and-body']);
    expect(await notes.textContent()).toContain('đầu thân bài');
    await screenshot(page, 'paste-into-headline');
    const article = await saved();
    expect(article.headline).toBe('Hà Tĩnh khánh thành cầu Cửa Sót');
    expect(article.sapo).toBe('Sáng 1/5, cầu thông xe.');
    expect(article.body[0]).toBe('Cầu dài 1,2 km.');
    await page.getByTestId('paste-notes-dismiss').click();
  });

  test('plain text on two lines pasted at the end of the headline stays on its line; the rest goes to the body', async () => {
    const { page } = s;
    const editor = editorOf(page);
    await editor.locator('h1').click();
    await page.keyboard.press('End');
    await paste(page, { text: ' mới\nĐoạn dán thêm.' });
    await expect.poll(() => editor.locator('h1').textContent()).toBe('Hà Tĩnh khánh thành cầu Cửa Sót mới');
    const article = await saved();
    expect(article.sapo).toBe('Sáng 1/5, cầu thông xe.');
    expect(article.body.slice(0, 2)).toEqual(['Đoạn dán thêm.', 'Cầu dài 1,2 km.']);
  });

  test('two names on two lines pasted into the byline stay two names', async () => {
    const { page } = s;
    const editor = editorOf(page);
    await page.getByTestId('toolbar-byline').click();
    await paste(page, { html: word('<p class=MsoNormal>Thu Hà<br>Thiên Vỹ</p>'), text: 'Thu Hà\nThiên Vỹ' });
    await expect.poll(() => editor.locator('p.byline').textContent()).toBe('Thu Hà, Thiên Vỹ');
    await editor.locator('p.byline').scrollIntoViewIfNeeded();
    await screenshot(page, 'paste-into-byline');
    expect((await saved()).byline).toBe('Thu Hà, Thiên Vỹ');
    expect(s.pageErrors).toEqual([]);
  });
});
