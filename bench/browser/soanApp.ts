// Soạn's renderer as the benchmark drives it: the real build served by the browser harness on
// the real services, a profile already set up, an article opened from the library by a click.
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from '../../tests/harness/harnessServer';
import { BENCH_AUTHOR } from '../data/benchLibrary';

/** The harness on `libraryPath`, with the bench's profile, so the app opens on the library. */
export async function startSoan(libraryPath: string, userDataDir: string, rendererDir?: string): Promise<Harness> {
  const harness = await startHarness({ userDataDir, defaultLibraryPath: libraryPath, rendererDir });
  const settings = await harness.backend.dispatch('settings:get', {});
  // Set up once; later starts find the profile in settings.json and open the library cold.
  if (settings.ok && (settings.value as { profile?: unknown }).profile) return harness;
  const result = await harness.backend.dispatch('settings:update', { profile: BENCH_AUTHOR, libraryPath });
  if (!result.ok) {
    await harness.close();
    throw new Error(`the bench could not set up its profile: ${JSON.stringify(result.error)}`);
  }
  return harness;
}

export const editorSelector = '[data-testid="editor"] .ProseMirror';

/** The library list is on screen (the app's first view). */
export async function waitForLibrary(page: Page): Promise<void> {
  await page.getByTestId('article-row').first().waitFor({ timeout: 120_000 });
}

/**
 * Clicks the article's row in the library and resolves with the time from the click to the
 * next paint after the editor shows the whole article as editable text (`blocks` top-level
 * nodes: headline, sapo, body blocks, byline).
 */
export async function openFromLibrary(page: Page, articleId: string, blocks: number): Promise<number> {
  await page.evaluate(
    ({ selector, blocks }) => {
      (window as unknown as { benchOpen: Promise<number> }).benchOpen = new Promise((resolve) => {
        let clickedAt = 0;
        document.addEventListener('click', (event) => (clickedAt = event.timeStamp), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          const editor = document.querySelector(selector);
          if (!clickedAt || !editor || editor.getAttribute('contenteditable') !== 'true' || editor.childElementCount < blocks) return;
          observer.disconnect();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - clickedAt);
          requestAnimationFrame(() => channel.port2.postMessage(0));
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
      });
    },
    { selector: editorSelector, blocks },
  );
  await page.locator(`[data-testid="article-row"][data-id="${articleId}"]`).click();
  return page.evaluate(() => (window as unknown as { benchOpen: Promise<number> }).benchOpen);
}

/** Autosave has nothing pending and the checks have answered for the text as it is. */
export async function waitEditorSettled(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const saved = document.querySelector('[data-testid="save-state"]')?.getAttribute('data-state') === 'saved';
      const checked = document.querySelector('[data-testid="checks-count"]') && !document.querySelector('.checks-status');
      return saved && checked;
    },
    undefined,
    { timeout, polling: 100 },
  );
}

/** Back to the library: the article is flushed and closed by the app. */
export async function backToLibrary(page: Page): Promise<void> {
  await page.getByTestId('back-to-library').click();
  await waitForLibrary(page);
}

/**
 * Puts the caret in the paragraph that starts with `paragraphStart`, after the space nearest
 * the middle of its text, scrolled into view, as a click there would.
 */
export async function caretInParagraph(page: Page, paragraphStart: string, selector = editorSelector): Promise<void> {
  const placed = await page.evaluate(
    ({ selector, paragraphStart }) => {
      const editor = document.querySelector<HTMLElement>(selector);
      const paragraph = editor && [...editor.querySelectorAll<HTMLElement>('p')].find((p) => (p.textContent ?? '').startsWith(paragraphStart));
      if (!editor || !paragraph) return false;
      // The text may be split by underlines (checks): find the text node at its middle.
      const middle = Math.floor((paragraph.textContent ?? '').length / 2);
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      let seen = 0;
      let node = walker.nextNode();
      while (node && seen + node.textContent!.length <= middle) {
        seen += node.textContent!.length;
        node = walker.nextNode();
      }
      if (!node) return false;
      const content = node.textContent!;
      const space = content.indexOf(' ', middle - seen);
      paragraph.scrollIntoView({ block: 'center' });
      editor.focus();
      const range = document.createRange();
      range.setStart(node, space < 0 ? content.length : space + 1);
      range.collapse(true);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return true;
    },
    { selector, paragraphStart },
  );
  if (!placed) throw new Error(`the bench found no paragraph starting "${paragraphStart}" to type into`);
  await page.waitForTimeout(150); // ProseMirror reads the DOM selection on selectionchange
}
