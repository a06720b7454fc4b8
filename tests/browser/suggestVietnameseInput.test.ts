// Vietnamese input methods in suggest mode, in real Chromium against the real services.
// Telex/VNI through IME composition (macOS, ibus-unikey/ibus-bamboo, Windows Telex) is
// driven through CDP's Input.imeSetComposition/insertText, which is what the browser sees
// from an OS input method; Unikey/EVKey's default mode (no composition: Backspace then the
// new letter, or several Backspaces then the whole syllable) through the keyboard. Each
// typed word must end up once, in NFC, as one insertion by the current author, with no
// struck-through intermediate letters, and the saved article must not contain it until
// it is accepted.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { CDPSession } from 'playwright-core';
import { openSoanSession, screenshot, type SoanSession } from './support/session';
import { findArticleOnDisk, projectFolders } from './support/articleOnDisk';
import { editorOf, selectText, waitSaved } from './support/editorText';

const AUTHOR = 'Trần Văn Minh';
const HEADLINE = 'Hà Tĩnh mở đường ven biển';
const SAPO = 'Con đường dài 30 km nối ba xã.';
const BODY = 'Công trình khởi công hôm nay.';
const CAPTION = 'Lễ khởi công tại xã Thạch Hải.';

let s: SoanSession;
let cdp: CDPSession;
let articleId = '';

/**
 * One word as a Telex input method composes it: the preedit grows keystroke by keystroke
 * (and is rewritten when a tone or a hat lands on an earlier vowel), then is committed.
 */
async function compose(steps: string[]): Promise<void> {
  const count = () => s.page.evaluate(() => (window as unknown as { compositionsEnded: number }).compositionsEnded);
  const before = await count();
  for (const text of steps) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await cdp.send('Input.insertText', { text: steps[steps.length - 1] });
  // The editor really saw a composition (not plain text input).
  expect(await count()).toBe(before + 1);
}

/** Unikey/EVKey without composition: each edit is `back` Backspaces then new text. */
async function unikey(edits: Array<[back: number, text: string]>): Promise<void> {
  for (const [back, text] of edits) {
    for (let i = 0; i < back; i++) await s.page.keyboard.press('Backspace');
    await s.page.keyboard.insertText(text);
  }
}

/** Puts the caret at the end of the first element matching `selector` in the editor. */
async function caretAtEnd(selector: string) {
  const { page } = s;
  await editorOf(page).locator(selector).first().click();
  await page.keyboard.press('End');
  await page.waitForTimeout(50);
}

/** What the element shows, the insertions and deletions in it, and their authors. */
async function marksIn(selector: string) {
  return editorOf(s.page)
    .locator(selector)
    .first()
    .evaluate((element) => ({
      text: (element.textContent ?? '').replace(/\u200B/g, ''),
      ins: [...element.querySelectorAll('ins')].map((e) => (e.textContent ?? '').replace(/\u200B/g, '')),
      del: [...element.querySelectorAll('del')].map((e) => (e.textContent ?? '').replace(/\u200B/g, '')),
      authors: [...new Set([...element.querySelectorAll('ins, del')].map((e) => e.getAttribute('data-author')))],
    }));
}

/** Plain text the writer would see if the caret's paragraph were read, for caret checks. */
async function caretOffsetIn(selector: string): Promise<number> {
  return editorOf(s.page)
    .locator(selector)
    .first()
    .evaluate((element) => {
      const selection = window.getSelection()!;
      const range = document.createRange();
      range.setStart(element, 0);
      range.setEnd(selection.focusNode!, selection.focusOffset);
      return range.toString().replace(/\u200B/g, '').length;
    });
}

beforeAll(async () => {
  s = await openSoanSession();
  const { page } = s;
  cdp = await page.context().newCDPSession(page);
  const photoPath = path.join(s.root, 'Lễ khởi công.png');
  await writeFile(
    photoPath,
    await sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 60, g: 120, b: 90 } } }).png().toBuffer(),
  );
});

afterAll(async () => {
  await s?.close();
});

describe('Vietnamese input methods in suggest mode, in Chromium', () => {
  test('the editor writes an article with a captioned photo', async () => {
    const { page } = s;
    const photoPath = path.join(s.root, 'Lễ khởi công.png');
    await page.evaluate(() => {
      const counter = window as unknown as { compositionsEnded: number };
      counter.compositionsEnded = 0;
      document.addEventListener('compositionend', () => counter.compositionsEnded++, true);
    });
  await page.getByTestId('firstrun-name').fill(AUTHOR);
  await page.getByTestId('firstrun-role').selectOption('editor');
  await page.getByTestId('firstrun-submit').click();
  await page.getByTestId('new-article').click();
  const editor = editorOf(page);
  await editor.waitFor();
  await editor.locator('h1').click();
  await page.keyboard.type(HEADLINE);
  await page.keyboard.press('Enter');
  await page.keyboard.type(SAPO);
  await page.keyboard.press('Enter');
  await page.keyboard.type(BODY);
  await page.getByTestId('image-file-input').setInputFiles(photoPath);
  await editor.locator('figure').waitFor();
  await page.keyboard.type(CAPTION);
  await waitSaved(page);
  articleId = (await projectFolders(s.libraryPath))[0].split('-').pop()!;
  });

  test('outside suggest mode, composed and Unikey-typed words are plain text', async () => {
    const { page } = s;
    await caretAtEnd('h1');
    await page.keyboard.type(' ');
    await compose(['t', 'tr', 'tru', 'truo', 'truon', 'truong', 'trương', 'trường']);
    await page.keyboard.type(' ');
    // Unikey, Telex "Vieetj": V i e, then e → Backspace + "ê", t, then j → two Backspaces + "ệt".
    await unikey([[0, 'V'], [0, 'i'], [0, 'e'], [1, 'ê'], [0, 't'], [2, 'ệt']]);
    await page.keyboard.type(' ');
    await compose(['t', 'ti', 'tin', 'tinh', 'tỉnh'].map((step) => step.normalize('NFD')));
    await expect.poll(() => marksIn('h1')).toEqual({ text: `${HEADLINE} trường Việt tỉnh`, ins: [], del: [], authors: [] });
    expect(await caretOffsetIn('h1')).toBe(`${HEADLINE} trường Việt tỉnh`.length);
    // Put the headline back (plain Backspaces, still not suggesting).
    for (let i = 0; i < ' trường Việt tỉnh'.length; i++) await page.keyboard.press('Backspace');
    await expect.poll(() => marksIn('h1')).toEqual({ text: HEADLINE, ins: [], del: [], authors: [] });
  });

  test('Telex composition in the body, the sapo and a caption makes one insertion per place', async () => {
    const { page } = s;
    await page.getByTestId('suggest-mode-toggle').click();
    await expect(page.getByTestId('suggest-mode-toggle').getAttribute('aria-pressed')).resolves.toBe('true');

    // Body: " Việt đường" after the full stop.
    await caretAtEnd('p:not(.sapo)');
    await page.keyboard.type(' ');
    await compose(['V', 'Vi', 'Vie', 'Viê', 'Viêt', 'Việt']);
    await page.keyboard.type(' ');
    await compose(['d', 'đ', 'đu', 'đuo', 'đuon', 'đuong', 'đương', 'đường']);
    await expect.poll(() => marksIn('p:not(.sapo)')).toEqual({ text: `${BODY} Việt đường`, ins: [' Việt đường'], del: [], authors: [AUTHOR] });
    expect(await caretOffsetIn('p:not(.sapo)')).toBe(`${BODY} Việt đường`.length);

    // Sapo: " huyện" at the end, then "nghiêng" straight after a space.
    await caretAtEnd('p.sapo');
    await page.keyboard.type(' ');
    await compose(['h', 'hu', 'huy', 'huye', 'huyê', 'huyên', 'huyện']);
    await page.keyboard.type(' ');
    await compose(['n', 'ng', 'ngh', 'nghi', 'nghie', 'nghiê', 'nghiên', 'nghiêng']);
    await expect.poll(() => marksIn('p.sapo')).toEqual({ text: `${SAPO} huyện nghiêng`, ins: [' huyện nghiêng'], del: [], authors: [AUTHOR] });
    expect(await caretOffsetIn('p.sapo')).toBe(`${SAPO} huyện nghiêng`.length);

    // Caption: " Ảnh: Việt".
    await caretAtEnd('figcaption');
    await page.keyboard.type(' ');
    await compose(['A', 'An', 'Anh', 'Ảnh']);
    await page.keyboard.type(': ');
    await compose(['V', 'Vi', 'Vie', 'Viê', 'Viêt', 'Việt']);
    await expect.poll(() => marksIn('figcaption')).toEqual({ text: `${CAPTION} Ảnh: Việt`, ins: [' Ảnh: Việt'], del: [], authors: [AUTHOR] });
    await screenshot(page, 'suggest-vietnamese-01-telex-composition');
  });

  test('Telex composition inside the original text: the word goes in where the caret is', async () => {
    await selectText(s.page, 'p:not(.sapo)', 'Công trình', true);
    await s.page.keyboard.type(' ');
    await compose(['m', 'mo', 'mơ', 'mới']);
    await expect.poll(() => marksIn('p:not(.sapo)')).toEqual({
      text: 'Công trình mới khởi công hôm nay. Việt đường',
      ins: [' mới', ' Việt đường'],
      del: [],
      authors: [AUTHOR],
    });
    expect(await caretOffsetIn('p:not(.sapo)')).toBe('Công trình mới'.length);
  });

  test('Unikey without composition: Backspaces inside one\'s own insertion really delete', async () => {
    const { page } = s;
    await selectText(s.page, 'p:not(.sapo)', 'khởi công', true);
    await page.keyboard.type(' ');
    // "Vieetj": e → Backspace + "ê"; j after t → two Backspaces + "ệt".
    await unikey([[0, 'V'], [0, 'i'], [0, 'e'], [1, 'ê'], [0, 't'], [2, 'ệt']]);
    await page.keyboard.type(' ');
    // "dduongwf" sent by SendInput: Backspaces then the whole syllable each time.
    await unikey([[0, 'd'], [1, 'đ'], [0, 'u'], [0, 'o'], [0, 'n'], [0, 'g'], [5, 'đương'], [5, 'đường']]);
    await expect.poll(() => marksIn('p:not(.sapo)')).toEqual({
      text: 'Công trình mới khởi công Việt đường hôm nay. Việt đường',
      ins: [' mới', ' Việt đường', ' Việt đường'],
      del: [],
      authors: [AUTHOR],
    });
    expect(await caretOffsetIn('p:not(.sapo)')).toBe('Công trình mới khởi công Việt đường'.length);
  });

  test('a selected word replaced by Unikey typing is struck through once', async () => {
    const { page } = s;
    await selectText(s.page, 'p.sapo', 'ba');
    // "boons": b, o → Backspace + "ô", n, s → two Backspaces + "ốn".
    await unikey([[0, 'b'], [0, 'o'], [1, 'ô'], [0, 'n'], [2, 'ốn']]);
    await expect.poll(() => marksIn('p.sapo')).toEqual({
      text: 'Con đường dài 30 km nối babốn xã. huyện nghiêng',
      ins: ['bốn', ' huyện nghiêng'],
      del: ['ba'],
      authors: [AUTHOR],
    });
    await screenshot(page, 'suggest-vietnamese-02-replacements');
  });

  test('precomposed letters and pasted NFD text arrive as NFC insertions', async () => {
    const { page } = s;
    await caretAtEnd('h1');
    await page.keyboard.insertText(' Nghệ');
    const pasted = ' An Tĩnh'.normalize('NFD');
    await editorOf(page).evaluate((element, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, pasted);
    await expect.poll(() => marksIn('h1')).toEqual({ text: `${HEADLINE} Nghệ An Tĩnh`, ins: [' Nghệ An Tĩnh'], del: [], authors: [AUTHOR] });
  });

  test('the saved article holds the text as it stands; accepting all gives exactly the typed words', async () => {
    const { page } = s;
    await waitSaved(page);
    const before = (await findArticleOnDisk(s.libraryPath, articleId)).json.text;
    for (const original of [HEADLINE, SAPO, BODY, CAPTION]) expect(before).toContain(original);
    for (const proposed of ['Việt', 'huyện', 'nghiêng', 'mới', 'bốn', 'Nghệ', 'Ảnh']) expect(before).not.toContain(proposed);

    await page.getByTestId('panel-tab-review').click();
    await page.getByTestId('suggestions-accept-all').click();
    await expect.poll(() => editorOf(page).locator('ins, del').count()).toBe(0);
    await waitSaved(page);
    const after = (await findArticleOnDisk(s.libraryPath, articleId)).json.text;
    expect(after).toBe(after.normalize('NFC'));
    expect(after).not.toContain('\u200B');
    for (const accepted of [
      `${HEADLINE} Nghệ An Tĩnh`,
      'Con đường dài 30 km nối bốn xã. huyện nghiêng',
      'Công trình mới khởi công Việt đường hôm nay. Việt đường',
      `${CAPTION} Ảnh: Việt`,
    ])
      expect(after).toContain(accepted);
    expect(s.pageErrors).toEqual([]);
  });

  // The browser replaces the selected word with the first composed letter at once; were each
  // step a suggestion, the struck word would be put back mid-composition and the input method
  // would lose its place ("hôm nay" → "ssáng"). See composeOverSelection.ts.
  test('composing over a selected word strikes it once and inserts only the composed word', async () => {
    const { page } = s;
    await selectText(s.page, 'p:not(.sapo)', 'hôm nay');
    await compose(['s', 'sa', 'san', 'sang', 'sáng']);
    await expect.poll(() => marksIn('p:not(.sapo)'), { timeout: 2_000 }).toEqual({
      text: 'Công trình mới khởi công Việt đường hôm naysáng. Việt đường',
      ins: ['sáng'],
      del: ['hôm nay'],
      authors: [AUTHOR],
    });
    expect(await caretOffsetIn('p:not(.sapo)')).toBe('Công trình mới khởi công Việt đường hôm naysáng'.length);
    // Typing goes on where the composed word ended, in the same insertion.
    await page.keyboard.type(' ');
    await compose(['m', 'ma', 'mai']);
    await expect.poll(() => marksIn('p:not(.sapo)')).toEqual({
      text: 'Công trình mới khởi công Việt đường hôm naysáng mai. Việt đường',
      ins: ['sáng mai'],
      del: ['hôm nay'],
      authors: [AUTHOR],
    });
    await screenshot(page, 'suggest-vietnamese-03-composed-over-selection');
    await waitSaved(page);
    expect((await findArticleOnDisk(s.libraryPath, articleId)).json.text).toContain('Công trình mới khởi công Việt đường hôm nay. Việt đường');
    await page.getByTestId('suggestions-accept-all').click();
    await expect.poll(() => editorOf(page).locator('ins, del').count()).toBe(0);
    await waitSaved(page);
    expect((await findArticleOnDisk(s.libraryPath, articleId)).json.text).toContain('Công trình mới khởi công Việt đường sáng mai. Việt đường');
    expect(s.pageErrors).toEqual([]);
  });

  test('an input method that commits decomposed letters leaves one NFC insertion', async () => {
    const { page } = s;
    await caretAtEnd('p.sapo');
    await page.keyboard.type(' ');
    // Some input methods send "i" + U+0309 rather than "ỉ" (nfcText.ts normalises after the commit).
    await compose(['t', 'ti', 'tin', 'tinh', 'tỉnh'].map((step) => step.normalize('NFD')));
    await expect.poll(() => marksIn('p.sapo')).toEqual({
      text: 'Con đường dài 30 km nối bốn xã. huyện nghiêng tỉnh',
      ins: [' tỉnh'],
      del: [],
      authors: [AUTHOR],
    });
    expect(await caretOffsetIn('p.sapo')).toBe('Con đường dài 30 km nối bốn xã. huyện nghiêng tỉnh'.length);
    await waitSaved(page);
    expect((await findArticleOnDisk(s.libraryPath, articleId)).json.text).not.toContain('tỉnh');
    expect(s.pageErrors).toEqual([]);
  });

  test('outside suggest mode, words typed inside a pending insertion are plain text and stay when it is rejected', async () => {
    const { page } = s;
    await page.getByTestId('suggest-mode-toggle').click();
    await expect(page.getByTestId('suggest-mode-toggle').getAttribute('aria-pressed')).resolves.toBe('false');
    await selectText(s.page, 'p.sapo', ' tỉ', true); // inside the pending " tỉnh"
    await page.keyboard.type('ABC');
    await compose(['H', 'Ha', 'Hà']);
    await expect.poll(() => marksIn('p.sapo')).toEqual({
      text: 'Con đường dài 30 km nối bốn xã. huyện nghiêng tỉABCHành',
      ins: [' tỉ', 'nh'],
      del: [],
      authors: [AUTHOR],
    });
    await page.getByTestId('suggestions-reject-all').click();
    await expect.poll(() => marksIn('p.sapo')).toEqual({
      text: 'Con đường dài 30 km nối bốn xã. huyện nghiêngABCHà',
      ins: [],
      del: [],
      authors: [],
    });
    expect(s.pageErrors).toEqual([]);
  });
});
