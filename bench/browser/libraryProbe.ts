// The library screen in the benchmark's Chromium: cold start (navigation → the list of
// articles painted), the filter's keystrokes, and the in-app full-text search.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { newBenchPage } from './benchPage';
import { typeMeasured } from './keystrokeProbe';

declare global {
  interface Window {
    benchListPainted?: number;
    benchSearch?: { lastKeyAt: number; donePaintedAt: number };
  }
}

/** Set before the app's own scripts: notes when the first paint with article rows happens. */
const LIST_PAINT_WATCH = `(() => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="article-row"]') || !document.querySelector('[data-testid="library-filter"]')) return;
    observer.disconnect();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (window.benchListPainted = performance.now());
    requestAnimationFrame(() => channel.port2.postMessage(0));
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/**
 * A fresh page loads the app; ms from navigation start to the list of articles painted.
 * `beforeLoad` runs on the new page before it navigates (to start a CPU profile).
 */
export async function measureColdStart(browser: Browser, url: string, beforeLoad?: (page: Page) => Promise<void>): Promise<{ ms: number; page: Page }> {
  const page = await newBenchPage(browser);
  await page.addInitScript(LIST_PAINT_WATCH);
  await beforeLoad?.(page);
  await page.goto(url);
  await page.waitForFunction(() => window.benchListPainted !== undefined, undefined, { timeout: 120_000, polling: 50 });
  return { ms: await page.evaluate(() => window.benchListPainted!), page };
}

export interface FilterAndSearch {
  /** Each typed key's input → next paint in the library filter. */
  keys: number[];
  /** Last key → full-text results painted, less the app's 250 ms wait for typing to stop. */
  searchMs: number;
}

const SEARCH_DELAY_MS = 250; // renderer/search/useLibrarySearch.ts

/** Types `query` into the emptied library filter and waits for the full-text results. */
export async function filterAndSearch(page: Page, cdp: CDPSession, query: string, cadenceMs: number): Promise<FilterAndSearch> {
  const filter = page.getByTestId('library-filter');
  await filter.fill('');
  await page.waitForFunction(() => !document.querySelector('[data-testid="search-results"]'));
  await filter.focus();
  await page.evaluate((query) => {
    const search = { lastKeyAt: 0, donePaintedAt: 0 };
    window.benchSearch = search;
    const onKey = (event: KeyboardEvent) => (search.lastKeyAt = event.timeStamp);
    window.addEventListener('keydown', onKey, true);
    const observer = new MutationObserver(() => {
      const results = document.querySelector('[data-testid="search-results"]');
      if (results?.getAttribute('data-phase') !== 'done') return;
      const input = document.querySelector<HTMLInputElement>('[data-testid="library-filter"]');
      if (input?.value !== query) return;
      observer.disconnect();
      window.removeEventListener('keydown', onKey, true);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (search.donePaintedAt = performance.now());
      requestAnimationFrame(() => channel.port2.postMessage(0));
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-phase'] });
  }, query);
  const keys = await typeMeasured(page, cdp, query, { cadenceMs });
  await page.waitForFunction(() => window.benchSearch!.donePaintedAt > 0, undefined, { timeout: 60_000, polling: 20 });
  const { lastKeyAt, donePaintedAt } = await page.evaluate(() => window.benchSearch!);
  return { keys, searchMs: donePaintedAt - lastKeyAt - SEARCH_DELAY_MS };
}
