// Every export made from hostile content, opened from its folder in real Chromium: no payload
// runs, no dialog opens, no CSP violation (nothing runnable or remote was even in the page),
// and no request leaves the package folder. Feeds the same fixture as the Node tests
// (tests/unit/security/hostileImport.test.ts) through HTML import, .docx import and a hostile
// article.json.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromBlocks } from '../../../electron/services/import/articleFromBlocks';
import { importDocx } from '../../../electron/services/import/importDocx';
import { validateImportedArticle } from '../../../electron/services/import/importedArticle';
import type { ImportedArticle } from '../../../electron/services/import/importedArticle';
import { sanitizeHtmlToArticle } from '../../../electron/services/import/sanitizeHtmlToArticle';
import { launchChromium } from '../../harness/chromium';
import { exportImported } from '../../unit/security/support/exportArticle';
import { mergeImports } from '../../unit/security/support/mergeImports';
import { docxWithText } from '../../unit/security/support/hostileDocx';
import { markupPayloads, urlPayloads, wrapInArticle } from '../../unit/security/support/payloads';
import { watchPage, type PageWatch } from './support/pageWatch';

const root = mkdtempSync(join(tmpdir(), 'soan-hostile-export-'));
let browser: Browser;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext();
  page = await context.newPage();
  watch = await watchPage(context, page);
});

afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

function fromHtml(html: string): ImportedArticle | null {
  const assembled = articleFromBlocks(sanitizeHtmlToArticle(html).blocks, 'vi');
  return assembled && validateImportedArticle({ doc: assembled.doc, meta: assembled.meta, media: [], warnings: [] });
}

/** Opens the export's index.html with only its own folder reachable; returns what was seen. */
async function openExport(imported: ImportedArticle | null, extraMeta: Record<string, unknown> = {}): Promise<string[]> {
  if (!imported) return [];
  const exported = await exportImported(imported, root, extraMeta);
  if (!exported) return [];
  const folderUrl = `${pathToFileURL(exported.folder).href}/`;
  watch.allow((url) => url.startsWith(folderUrl) && !url.slice(folderUrl.length).includes('..'));
  const index = `${folderUrl}index.html`;
  await page.goto(index, { waitUntil: 'load' });
  // Handlers that need a pointer or focus get both; timers and meta refreshes get a moment.
  await page.mouse.move(200, 200);
  await page.mouse.move(640, 400);
  await page.keyboard.press('Tab');
  await page.waitForTimeout(40);
  const seen = watch.take();
  if (page.url() !== index) seen.push(`navigated to ${page.url()}`);
  return seen;
}

describe('exports of hostile content in Chromium', () => {
  it('the watch sees a payload that does run (so silence means something)', async () => {
    await page.goto('about:blank');
    await page.setContent('<img src=x onerror="__pwn()"><script>alert(1)</script><img src="http://evil.example/p.gif">');
    await page.waitForTimeout(40);
    const seen = watch.take().join('\n');
    expect(seen).toContain('script ran: __pwn()');
    expect(seen).toContain('dialog alert');
    expect(seen).toContain('request outside: http://evil.example/p.gif');
  });

  it('HTML import: every markup payload, in the body and first in the article', async () => {
    const imports = markupPayloads.flatMap((p) => [fromHtml(wrapInArticle(p.html)), fromHtml(p.html + wrapInArticle(''))]);
    expect(await openExport(mergeImports(imports.filter((a): a is ImportedArticle => a !== null)))).toEqual([]);
  });

  it('HTML import: hostile link and image targets', async () => {
    const attr = (u: string) => u.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const html = urlPayloads.map((u) => `<p><a href="${attr(u.url)}">${u.id}</a></p><img src="${attr(u.url)}" width="600" height="400">`).join('');
    expect(await openExport(fromHtml(wrapInArticle(html)))).toEqual([]);
  });

  it('.docx import: every markup payload as text, each with a hostile link', async () => {
    const imports: ImportedArticle[] = [];
    for (const [i, payload] of markupPayloads.entries()) {
      const url = urlPayloads[i % urlPayloads.length].url.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
      imports.push(await importDocx(docxWithText(payload.html, url), 'hostile.docx'));
    }
    expect(await openExport(mergeImports(imports))).toEqual([]);
  });

  it('hostile metadata: topic, description, tags and related links carrying payloads', async () => {
    const all = markupPayloads.map((p) => p.html);
    const meta = {
      topic: all.join(' '),
      description: all.join(' '),
      tags: all,
      related: urlPayloads.map((u, i) => ({ title: all[i], url: u.url })),
    };
    expect(await openExport(fromHtml(wrapInArticle('<p>thân bài</p>')), meta)).toEqual([]);
  });
});
