// Reaching into the article editor the way a writer does: find it, select words in it,
// wait for the save.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export function editorOf(page: Page) {
  return page.locator('[data-testid="editor"] .ProseMirror');
}

export async function waitSaved(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
}

/**
 * Selects `text` inside the first element matching `selector` in the editor, as a mouse
 * drag would; with `caretAfter`, puts the caret just after it instead.
 */
export async function selectText(page: Page, selector: string, text: string, caretAfter = false): Promise<void> {
  await editorOf(page).locator(selector).first().click();
  const found = await editorOf(page)
    .locator(selector)
    .first()
    .evaluate((element, [wanted, collapse]) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          if (collapse) range.collapse(false);
          window.getSelection()!.removeAllRanges();
          window.getSelection()!.addRange(range);
          return true;
        }
      }
      return false;
    }, [text, caretAfter] as const);
  expect(found, `"${text}" is in ${selector}`).toBe(true);
  await page.waitForTimeout(100); // ProseMirror reads the DOM selection on selectionchange
}

/** A real paste event, dispatched to the editor where the caret is: plain text, and HTML when given (a Word-like clipboard). */
export async function pasteIntoEditor(page: Page, clipboard: { text: string; html?: string }): Promise<void> {
  await page.evaluate(({ text, html }) => {
    const data = new DataTransfer();
    if (html !== undefined) data.setData('text/html', html);
    data.setData('text/plain', text);
    const target = document.querySelector('[data-testid="editor"] .ProseMirror')!;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, clipboard);
}
