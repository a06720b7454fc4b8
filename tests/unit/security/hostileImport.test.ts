// Hostile content through the import doors (HTML sanitizer, .docx) and out through the
// exporter: nothing that could run or load lands in the document, and nothing of it reaches
// an exported index.html. The same exports are opened in Chromium by
// tests/browser/security/hostileExport.test.ts.
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importDocx } from '../../../electron/services/import/importDocx';
import { ImportError } from '../../../electron/services/import/importError';
import { sanitizeHtmlToArticle } from '../../../electron/services/import/sanitizeHtmlToArticle';
import { articleFromBlocks } from '../../../electron/services/import/articleFromBlocks';
import { validateImportedArticle } from '../../../electron/services/import/importedArticle';
import type { ImportedArticle } from '../../../electron/services/import/importedArticle';
import { exportImported } from './support/exportArticle';
import { docxWithImage, docxWithText, fitsInXml } from './support/hostileDocx';
import { markupPayloads, urlPayloads, wrapInArticle } from './support/payloads';
import { unsafeParts } from './support/safeDocument';
import { unsafeExportParts } from './support/safeExportHtml';

const root = mkdtempSync(join(tmpdir(), 'soan-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The HTML import path as .docx import uses it: sanitizer → article; null when no text is left. */
function importHtml(html: string): ImportedArticle | null {
  const { blocks } = sanitizeHtmlToArticle(html);
  const assembled = articleFromBlocks(blocks, 'vi');
  if (!assembled) return null; // an unclosed <svg> or <math> swallowed everything: nothing lands
  return validateImportedArticle({ doc: assembled.doc, meta: assembled.meta, media: [], warnings: [] });
}

async function expectSafeExport(imported: ImportedArticle): Promise<void> {
  const exported = await exportImported(imported, root);
  if (!exported) return;
  const html = readFileSync(join(exported.folder, 'index.html'), 'utf8');
  expect(unsafeExportParts(html)).toEqual([]);
}

describe('the HTML sanitizer on hostile markup', () => {
  it('has the whole fixture (at least 60 markup payloads)', () => {
    expect(markupPayloads.length).toBeGreaterThanOrEqual(60);
  });

  it.each(markupPayloads)('$id: nothing hostile in the document or the export', async (payload) => {
    for (const html of [wrapInArticle(payload.html), payload.html + wrapInArticle('')]) {
      const imported = importHtml(html);
      if (!imported) continue;
      expect(unsafeParts(imported.doc, { textMayMentionPayload: payload.inertText })).toEqual([]);
      await expectSafeExport(imported);
    }
  });

  it.each(urlPayloads)('link and image to $id are dropped', async ({ url }) => {
    const attr = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const imported = importHtml(wrapInArticle(`<p><a href="${attr}">liên kết</a></p><img src="${attr}" width="600" height="400">`))!;
    expect(unsafeParts(imported.doc, { textMayMentionPayload: true })).toEqual([]);
    await expectSafeExport(imported);
  });
});

describe('.docx import of hostile content', () => {
  it.each(markupPayloads)('$id as text stays text', async (payload) => {
    const imported = await importDocx(docxWithText(payload.html), 'hostile.docx');
    // The reporter's words are kept exactly (as text): that is not markup.
    expect(unsafeParts(imported.doc, { textMayMentionPayload: true })).toEqual([]);
    const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(JSON.stringify(imported.doc)).toContain(JSON.stringify(oneLine(payload.html)).slice(1, -1));
    await expectSafeExport(imported);
  });

  it.each(urlPayloads.filter((u) => fitsInXml(u.url)))('hyperlink to $id is dropped', async ({ url }) => {
    const imported = await importDocx(docxWithText('Bài có liên kết', url), 'link.docx');
    expect(unsafeParts(imported.doc)).toEqual([]);
    await expectSafeExport(imported);
  });

  const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="__pwn()"><script>__pwn()</script></svg>');
  const html = new TextEncoder().encode('<!doctype html><script>__pwn()</script>');
  const images = [
    { name: 'SVG named .png', image: { bytes: svg } },
    { name: 'SVG declared as image/svg+xml', image: { bytes: svg, ext: 'svg', contentType: 'image/svg+xml' } },
    { name: 'HTML named .png', image: { bytes: html } },
    { name: 'HTML declared as text/html', image: { bytes: html, ext: 'html', contentType: 'text/html' } },
    { name: 'an outside web address', image: { bytes: svg, target: 'http://evil.example/pixel.png' } },
    { name: 'a file: URL', image: { bytes: svg, target: 'file:///etc/passwd' } },
    { name: 'an absolute path', image: { bytes: svg, target: '/etc/passwd' } },
    { name: 'a path out of the zip', image: { bytes: svg, target: '../../../../etc/passwd' } },
    { name: 'a javascript: URL', image: { bytes: svg, target: 'javascript:__pwn()' } },
  ];

  it.each(images)('an image that is $name never becomes a photo', async ({ image }) => {
    let imported: ImportedArticle;
    try {
      imported = await importDocx(docxWithImage(image), 'image.docx');
    } catch (error) {
      // Refusing the whole file is also safe, as long as it is a clear import error.
      expect(error).toBeInstanceOf(ImportError);
      return;
    }
    expect(imported.media).toEqual([]);
    expect(unsafeParts(imported.doc)).toEqual([]);
    await expectSafeExport(imported);
  });
});
