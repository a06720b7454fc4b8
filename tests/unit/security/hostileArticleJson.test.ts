// The exporter trusts nothing in article.json: a document that reached the disk with hostile
// links, figure paths, alt text, tags or related links (a damaged file, a hostile package, a
// bug in the editor) still exports to a page with no script, no outside load and no path out.
import { readFileSync, rmSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportHtml } from '../../../electron/services/export/exportHtml';
import { ExportError } from '../../../electron/services/export/exportError';
import { markupPayloads, urlPayloads } from './support/payloads';
import { unsafeExportParts } from './support/safeExportHtml';

const root = mkdtempSync(join(tmpdir(), 'soan-hostile-json-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const text = (t: string, marks?: unknown[]) => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });

function hostileArticle(payload: string, url: string, figureSrc: string | null) {
  return {
    id: 'hostile000001',
    slug: 'bai-thu',
    status: 'draft',
    authors: [payload],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    meta: {
      language: 'vi',
      topic: payload,
      section: payload,
      description: payload,
      tags: [payload, url],
      related: [{ title: payload, url }, { title: 'ổn', url: 'https://example.com/' }],
    },
    content: {
      type: 'doc',
      content: [
        { type: 'headline', content: [text(payload)] },
        { type: 'sapo', content: [text(payload, [{ type: 'link', attrs: { href: url } }])] },
        { type: 'paragraph', content: [text('bấm', [{ type: 'link', attrs: { href: url } }]), text(payload, [{ type: 'comment', attrs: { onclick: payload } }])] },
        { type: 'heading', attrs: { level: 2 }, content: [text(payload)] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [text(payload)] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text(payload, [{ type: 'link', attrs: { href: url } }])] }] }] },
        { type: 'figure', attrs: { src: figureSrc, alt: payload, credit: payload, width: 600, height: 400 }, content: [{ type: 'figcaption', content: [text(payload)] }] },
        { type: 'byline', content: [text(payload)] },
      ],
    },
  };
}

async function exportPage(article: unknown): Promise<string | ExportError> {
  const dir = mkdtempSync(join(root, 'a-'));
  const mediaDir = join(dir, 'media');
  mkdirSync(mediaDir);
  try {
    const result = await exportHtml(article, { mediaDir, outDir: join(dir, 'out'), embedFonts: false });
    return readFileSync(join(result.folder, 'index.html'), 'utf8');
  } catch (error) {
    if (error instanceof ExportError) return error;
    throw error;
  }
}

describe('export of a hostile article.json', () => {
  it('the page checker itself flags what it must (so a pass means something)', () => {
    const bad = '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="x"><base href="http://e/"></head>' +
      '<body><script>__pwn()</script><a href="javascript:__pwn()">x</a><img src="http://evil.example/p.gif" onerror="__pwn()"><iframe></iframe></body></html>';
    const found = unsafeExportParts(bad).join('\n');
    for (const expected of ['<base>', 'runnable script', 'javascript:', 'evil.example', 'onerror', '<iframe> element']) expect(found).toContain(expected);
  });

  it.each(markupPayloads)('$id in every text field and attribute is only text', async ({ html }) => {
    const page = await exportPage(hostileArticle(html, 'javascript:__pwn()', null));
    if (page instanceof ExportError) throw page;
    expect(unsafeExportParts(page)).toEqual([]);
  });

  it.each(urlPayloads)('a link to $id never becomes a link', async ({ url }) => {
    const page = await exportPage(hostileArticle('Tiêu đề', url, null));
    if (page instanceof ExportError) throw page;
    expect(unsafeExportParts(page)).toEqual([]);
  });

  const badSources = ['../../../../etc/passwd', '/etc/passwd', 'C:\\Windows\\win.ini', 'http://evil.example/p.png', 'javascript:__pwn()', `${'a'.repeat(64)}.png\u0000.svg`, `../${'a'.repeat(64)}.png`];
  it.each(badSources)('a figure src of %j is refused or exported without it', async (src) => {
    // A real file beside the media folder, which a path trick would reach.
    writeFileSync(join(root, 'secret.png'), 'secret');
    const page = await exportPage(hostileArticle('Tiêu đề', 'https://example.com/', src));
    if (page instanceof ExportError) {
      expect(['export-article-invalid', 'export-media-missing']).toContain(page.code);
      return;
    }
    expect(unsafeExportParts(page)).toEqual([]);
    expect(page).not.toContain('secret');
  });
});
