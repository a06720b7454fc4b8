// The bare TipTap + Yjs page (bench/bare) in the benchmark's Chromium.
import type { Browser, Page } from 'playwright-core';
import type { ArticleDoc } from '../../electron/contract/article/articleContent';
import { bareArticle } from '../data/bareArticle';
import { newBenchPage } from './benchPage';

export const BARE_EDITOR = '#editor .ProseMirror';

export async function openBarePage(browser: Browser, url: string): Promise<Page> {
  const page = await newBenchPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => typeof window.bareEditor === 'object');
  // Playwright's helper script lives in the page's heap once per world it is used in: the
  // Soạn page uses locators (its utility world) and page functions (the main world), so the
  // bare page does too, or the JS heap figures would differ by the driver (0.8 MB), not the pages.
  await page.locator('#editor').waitFor({ state: 'attached' });
  return page;
}

/** Gives the bare page the article's text (kept as a Yjs update until opened). */
export async function prepareBareArticle(page: Page, article: ArticleDoc): Promise<void> {
  await page.evaluate((json) => window.bareEditor.prepare(json), bareArticle(article) as never);
}

/** Opens the prepared article in a new editor; ms from the Yjs update to the next paint. */
export function openBareArticle(page: Page): Promise<number> {
  return page.evaluate(() => window.bareEditor.open());
}
