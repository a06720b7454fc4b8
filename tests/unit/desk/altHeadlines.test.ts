// Issue 16, item 8: alternative headlines — the SEO title and description, the headline and
// photo shown when shared, the print headline — each with its length rule, checked before
// export, and used by the export in <title>, Open Graph, JSON-LD and ninjs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaKeys } from '../../../electron/contract/article/articleNames';
import { parseArticleMeta } from '../../../electron/contract/article/articleMeta';
import { altHeadlinesOverLimit, chosenHeadlines } from '../../../electron/contract/article/altHeadlines';
import { metaConflicts, writeMetaValue } from '../../../electron/contract/article/metaStore';
import type { PmNode } from '../../../electron/contract/article/pmJson';
import { createArticleDoc } from '../../../electron/services/article/articleYDoc';
import { exportHtml } from '../../../electron/services/export/exportHtml';
import { preflight } from '../../../electron/services/export/preflight';
import { makePhoto, removeTempDirs, sampleProject, SAMPLE_HEADLINE, storeMedia, tempDir } from '../importExport/sampleArticle';

afterAll(removeTempDirs);

const SEO = 'Hà Tĩnh: 8.431 đảng viên “tự soi, tự sửa”';
const SOCIAL = 'Thành phố Hà Tĩnh sinh hoạt chính trị “tự soi, tự sửa”';
const PRINT = 'Tự soi, tự sửa ở thành phố Hà Tĩnh';

describe('the rules', () => {
  it('each alternative has its length limit; an empty one falls back to the headline', () => {
    const meta = parseArticleMeta({ seoTitle: 'x'.repeat(61), socialHeadline: SOCIAL, printHeadline: 'y'.repeat(51), description: 'z'.repeat(160) });
    expect(altHeadlinesOverLimit(meta)).toEqual([
      { key: 'seoTitle', length: 61, limit: 60 },
      { key: 'printHeadline', length: 51, limit: 50 },
    ]);
    expect(chosenHeadlines('Tít chính', parseArticleMeta({}))).toEqual({ title: 'Tít chính', social: 'Tít chính', alternatives: [] });
    expect(chosenHeadlines('Tít chính', parseArticleMeta({ seoTitle: SEO, printHeadline: PRINT })).alternatives).toEqual([
      { role: 'seo', value: SEO },
      { role: 'print', value: PRINT },
    ]);
  });

  it('reads a social image only as a media file name, and text leniently', () => {
    expect(parseArticleMeta({ socialImage: '../../etc/passwd' }).socialImage).toBeUndefined();
    expect(parseArticleMeta({ socialImage: `${'a'.repeat(64)}.jpg`, seoTitle: '  Hai   dấu cách ' }).seoTitle).toBe('Hai dấu cách');
  });

  it('written differently on two offline copies, both stay visible', () => {
    const a = createArticleDoc({ id: 'a000000008', createdAt: '2026-12-07T00:00:00Z' });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    writeMetaValue(a, metaKeys.seoTitle, SEO);
    writeMetaValue(b, metaKeys.seoTitle, 'Tít SEO khác');
    writeMetaValue(b, metaKeys.printHeadline, PRINT);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(metaConflicts(a).map((c) => c.key)).toEqual(['seoTitle']);
  });
});

describe('pre-flight', () => {
  it('warns of an alternative over its limit and of a social photo no longer in the article', async () => {
    const { articleJson } = await sampleProject();
    const meta = parseArticleMeta({ socialHeadline: 'x'.repeat(71), socialImage: `${'b'.repeat(64)}.jpg` });
    const report = preflight((articleJson as { content: never }).content, { meta });
    expect(report.warnings).toContainEqual({ code: 'alt-headline-too-long', params: { which: 'socialHeadline', length: 71, limit: 70 } });
    expect(report.warnings).toContainEqual({ code: 'social-image-not-in-article', params: {} });
    expect(report.ok).toBe(true);
  });
});

describe('the export', () => {
  it('uses the SEO title for <title>, the social headline and photo for Open Graph, and carries all in JSON-LD and ninjs', async () => {
    const project = await sampleProject();
    const second = storeMedia(project.mediaDir, await makePhoto(1200, 900), 'jpg');
    const json = structuredClone(project.articleJson) as { meta: Record<string, unknown>; content: { content: PmNode[] } };
    const figures = json.content.content.filter((n) => n.type === 'figure');
    figures[3].attrs = { ...figures[3].attrs, src: second, width: 1200, height: 900 };
    Object.assign(json.meta, { seoTitle: SEO, socialHeadline: SOCIAL, socialImage: second, printHeadline: PRINT, description: 'Mô tả ngắn cho máy tìm kiếm.' });
    const result = await exportHtml(json, { mediaDir: project.mediaDir, outDir: tempDir('alt'), baseUrl: 'https://baohatinh.vn/bai/tu-soi/' });
    const html = readFileSync(path.join(result.folder, 'index.html'), 'utf8');
    expect(html).toContain(`<title>${SEO}</title>`);
    expect(html).toContain(`<meta property="og:title" content="${SOCIAL.replace(/"/g, '&quot;')}">`);
    expect(html).toContain('<meta name="description" content="Mô tả ngắn cho máy tìm kiếm.">');
    expect(html).toContain(`<meta property="og:image" content="https://baohatinh.vn/bai/tu-soi/images/${second.split('.')[0]}-web.jpg">`);
    // The page itself still leads with the article's headline.
    expect(html).toContain(`<h1>${SAMPLE_HEADLINE}</h1>`);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]);
    expect(jsonLd).toMatchObject({ headline: SAMPLE_HEADLINE, alternativeHeadline: SEO });
    const ninjs = JSON.parse(readFileSync(path.join(result.folder, 'article.ninjs.json'), 'utf8'));
    expect(ninjs.headlines).toEqual([
      { role: 'main', value: SAMPLE_HEADLINE },
      { role: 'seo', value: SEO },
      { role: 'social', value: SOCIAL },
      { role: 'print', value: PRINT },
    ]);
  });

  it('without alternatives, the page is titled and shared by its headline as before', async () => {
    const project = await sampleProject();
    const result = await exportHtml(project.articleJson, { mediaDir: project.mediaDir, outDir: tempDir('alt-none') });
    const html = readFileSync(path.join(result.folder, 'index.html'), 'utf8');
    expect(html).toContain(`<title>${SAMPLE_HEADLINE}</title>`);
    expect(html).not.toContain('alternativeHeadline');
  });
});
