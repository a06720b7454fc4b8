// Pages the benchmark drives. The bench runs through tsx, whose compiler wraps named
// functions in `__name(…)`; functions handed to page.evaluate carry those calls into the
// page, so every page gets a harmless `__name` first.
import type { Browser, Page } from 'playwright-core';

const NAME_HELPER = 'globalThis.__name = globalThis.__name || ((target) => target);';

export async function preparePage(page: Page): Promise<Page> {
  await page.addInitScript(NAME_HELPER);
  page.on('pageerror', (error) => console.error(`bench: page error: ${error.message}`));
  return page;
}

/** A page of its own context at the size the browser tests use. */
export async function newBenchPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'vi-VN' });
  return preparePage(await context.newPage());
}
