// The exported sample opened straight from its folder in real Chromium: what a reader sees,
// that nothing is fetched from another host, that the CSP blocks nothing the page needs,
// and axe-core's accessibility rules.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportHtml } from '../../../electron/services/export/exportHtml';
import type { ExportResult } from '../../../electron/services/export/exportHtml';
import { warnLoudly } from './nuHtmlChecker';
import { removeTempDirs, sampleProject, SAMPLE_BYLINE, SAMPLE_CAPTIONS, SAMPLE_HEADLINE, SAMPLE_TOPIC, tempDir } from './sampleArticle';

const CHROMIUM = process.env.SOAN_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) warnLoudly(`opening the export in Chromium: no browser at ${CHROMIUM} (apt-get install chromium)`);

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }>;
  passes: unknown[];
}

describe.skipIf(!hasChromium)('the exported page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let exported: ExportResult;
  const requests: string[] = [];
  const blocked: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    const project = await sampleProject();
    exported = await exportHtml(project.articleJson, { mediaDir: project.mediaDir, outDir: tempDir('chromium') });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      if (url.startsWith('file://')) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(pathToFileURL(join(exported.folder, 'index.html')).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    removeTempDirs();
  });

  it('shows the headline, the topic, the sapo, captions with the credit and the byline', async () => {
    expect(await page.title()).toBe(SAMPLE_HEADLINE);
    expect(await page.locator('h1').innerText()).toBe(SAMPLE_HEADLINE);
    expect((await page.locator('.kicker').innerText()).toUpperCase()).toBe(SAMPLE_TOPIC);
    expect(await page.locator('.sapo').innerText()).toMatch(/^\(Baohatinh\.vn\) - Đảng bộ Thành phố Hà Tĩnh/);
    const captions = await page.locator('figcaption').allInnerTexts();
    expect(captions).toHaveLength(4);
    expect(captions[1]).toBe(`${SAMPLE_CAPTIONS[1]} Ảnh: Thu Hà`);
    expect(captions[3]).toBe(SAMPLE_CAPTIONS[3]);
    expect(await page.locator('article > footer').innerText()).toBe(SAMPLE_BYLINE);
    expect(await page.locator('.byline').isVisible()).toBe(true);
    expect(await page.locator('time').getAttribute('datetime')).toBe('2022-06-02T03:45:00.000Z');
    expect(await page.locator('time').innerText()).toBe('10:45 02/06/2022');
  });

  it('loads the photo from the package folder at its readable size', async () => {
    const image = await page.locator('figure img').evaluate((img: HTMLImageElement) => ({
      complete: img.complete,
      naturalWidth: img.naturalWidth,
      naturalHeight: img.naturalHeight,
      shownWidth: img.getBoundingClientRect().width,
    }));
    expect(image).toMatchObject({ complete: true, naturalWidth: 1600, naturalHeight: 1067 });
    expect(image.shownWidth).toBeGreaterThan(300);
  });

  it('uses the inlined stylesheet and the embedded Vietnamese text face', async () => {
    const style = await page.evaluate(() => ({
      bodyFont: getComputedStyle(document.body).fontFamily,
      mainWidth: getComputedStyle(document.querySelector('main')!).maxWidth,
      literata: [...document.fonts].filter((f) => f.family === 'Literata' && f.status === 'loaded').length,
      rendersVietnamese: document.fonts.check('16px Literata', 'Đợt sinh hoạt chính trị sâu rộng'),
    }));
    expect(style.bodyFont.startsWith('Literata')).toBe(true);
    expect(style.mainWidth).not.toBe('none');
    expect(style.literata).toBeGreaterThan(0);
    expect(style.rendersVietnamese).toBe(true);
  });

  it('requests nothing from another host, and the CSP blocks nothing the page needs', async () => {
    expect(blocked).toEqual([]);
    for (const url of requests) expect(url.startsWith(pathToFileURL(exported.folder).href)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('has no accessibility violations (axe-core, all rules)', async () => {
    // Injected through the DevTools protocol, which the page's CSP does not govern.
    await page.evaluate(AXE_SOURCE);
    const result = (await page.evaluate(() =>
      (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      }),
    )) as AxeResult;
    const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
    expect(result.passes.length).toBeGreaterThan(10);
  });
});
