// Issue 16, item 2: an embargo and a scheduled publish time — stored so offline copies merge,
// read leniently, shown in the library, checked before export (the export refuses before the
// embargo ends unless the desk overrides with a logged reason) and carried in ninjs / JSON-LD.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaKeys } from '../../../electron/contract/article/articleNames';
import { isUnderEmbargo, publishBeforeEmbargo } from '../../../electron/contract/article/deskEmbargo';
import { metaConflicts, writeMetaValue } from '../../../electron/contract/article/metaStore';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { createArticleDoc } from '../../../electron/services/article/articleYDoc';
import { preflight } from '../../../electron/services/export/preflight';
import { exportHtml } from '../../../electron/services/export/exportHtml';
import { parseArticleMeta } from '../../../electron/contract/article/articleMeta';
import { removeTempDirs, sampleProject, tempDir } from '../importExport/sampleArticle';
import { articleJsonOf, deskBackend, writtenArticle } from './deskSupport';

afterAll(removeTempDirs);

const UNTIL = '2026-12-07T03:00:00.000Z'; // 10:00 in Hà Tĩnh

describe('the embargo as stored and read', () => {
  it('is read as a UTC instant from any ISO time, and as nothing from anything else', () => {
    const doc = createArticleDoc({ id: 'a000000001', createdAt: '2026-12-07T00:00:00Z' });
    writeMetaValue(doc, metaKeys.embargoUntil, '2026-12-07T10:00:00+07:00');
    expect(readArticle(doc).meta.embargoUntil).toBe(UNTIL);
    for (const bad of ['mai', 42, { at: UNTIL }, '', 'x'.repeat(500)]) {
      writeMetaValue(doc, metaKeys.embargoUntil, bad);
      expect(readArticle(doc).meta.embargoUntil).toBeUndefined();
    }
  });

  it('set differently on two offline copies keeps both times visible until the desk chooses', () => {
    const a = createArticleDoc({ id: 'a000000002', createdAt: '2026-12-07T00:00:00Z' });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    writeMetaValue(a, metaKeys.embargoUntil, UNTIL);
    writeMetaValue(b, metaKeys.embargoUntil, '2026-12-08T03:00:00.000Z');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(metaConflicts(a)).toEqual([{ key: 'embargoUntil', values: expect.arrayContaining([UNTIL, '2026-12-08T03:00:00.000Z']) }]);
    writeMetaValue(a, metaKeys.embargoUntil, UNTIL);
    expect(metaConflicts(a)).toEqual([]);
  });

  it('is in force until its time, not after', () => {
    expect(isUnderEmbargo({ embargoUntil: UNTIL }, '2026-12-07T02:59:59.000Z')).toBe(true);
    expect(isUnderEmbargo({ embargoUntil: UNTIL }, UNTIL)).toBe(false);
    expect(isUnderEmbargo({}, '2026-12-07T02:00:00.000Z')).toBe(false);
    expect(publishBeforeEmbargo({ embargoUntil: UNTIL, publishAt: '2026-12-07T02:00:00.000Z' })).toBe(true);
    expect(publishBeforeEmbargo({ embargoUntil: UNTIL, publishAt: UNTIL })).toBe(false);
  });
});

describe('pre-flight', () => {
  it('blocks before the embargo ends and warns of a publish time inside it', async () => {
    const { articleJson } = await sampleProject();
    const doc = (articleJson as { content: never }).content;
    const meta = parseArticleMeta({ embargoUntil: UNTIL, publishAt: '2026-12-07T02:00:00.000Z' });
    const before = preflight(doc, { meta, now: '2026-12-07T02:00:00.000Z' });
    expect(before.blocking).toEqual([{ code: 'embargoed', params: { until: UNTIL } }]);
    expect(before.warnings).toContainEqual({ code: 'publish-before-embargo', params: { publishAt: '2026-12-07T02:00:00.000Z', until: UNTIL } });
    expect(preflight(doc, { meta, now: '2026-12-07T03:00:00.000Z' }).blocking).toEqual([]);
  });
});

describe('export through the services', () => {
  it('refuses before the embargo; a reporter cannot override; the desk can, with a logged reason; after it, export goes ahead', async () => {
    const { t, clock } = await deskBackend({ profileName: 'Trần Phóng Viên' });
    const article = await writtenArticle(t);
    await article.send((doc) => writeMetaValue(doc, metaKeys.embargoUntil, UNTIL));
    clock.now = new Date('2026-12-07T02:30:00.000Z');

    const preview = await t.call('article:exportPreview', { id: article.id });
    expect(preview.preflight.blocking).toEqual([{ code: 'embargoed', params: { until: UNTIL } }]);
    expect(await t.fail('article:export', { id: article.id, zip: false })).toMatchObject({ code: 'export-blocked', params: { issues: 'embargoed' } });
    expect(await t.fail('article:export', { id: article.id, zip: false, overrideReason: 'Tin nóng' })).toMatchObject({ code: 'export-override-desk-only' });

    await t.call('settings:update', { profile: { name: 'Lê Thư Ký', role: 'desk' } });
    const early = await t.call('article:export', { id: article.id, zip: false, overrideReason: 'Đối tác đồng ý bỏ cấm đăng sớm' });
    expect(early.preflight.blocking.map((i) => i.code)).toEqual(['embargoed']);
    const json = await articleJsonOf(t, article.id);
    expect(json.meta.exports).toEqual([expect.objectContaining({ by: 'Lê Thư Ký', overrideReason: 'Đối tác đồng ý bỏ cấm đăng sớm' })]);
    const ninjs = JSON.parse(readFileSync(path.join(early.folder, 'article.ninjs.json'), 'utf8'));
    expect(ninjs.embargoedUntil).toBe(UNTIL);

    clock.now = new Date('2026-12-07T03:00:01.000Z');
    const onTime = await t.call('article:export', { id: article.id, zip: false });
    expect(onTime.preflight.blocking).toEqual([]);
  });

  it('shows the embargo and the publish time in the library', async () => {
    const { t } = await deskBackend();
    const article = await writtenArticle(t);
    await article.send((doc) => {
      writeMetaValue(doc, metaKeys.embargoUntil, UNTIL);
      writeMetaValue(doc, metaKeys.publishAt, '2026-12-07T04:00:00.000Z');
    });
    const [summary] = (await t.call('library:list', {})).articles;
    expect(summary.desk).toEqual({ embargoUntil: UNTIL, publishAt: '2026-12-07T04:00:00.000Z' });
    // The index remembers it for the next start, without opening the article.
    await t.call('article:close', { id: article.id });
    const index = JSON.parse(readFileSync(path.join(t.libraryPath, '.soan', 'library.json'), 'utf8'));
    expect(index.articles[article.id].desk).toEqual({ embargoUntil: UNTIL, publishAt: '2026-12-07T04:00:00.000Z' });
  });
});

describe('the exported package', () => {
  it('carries embargoedUntil in ninjs and the publish time in JSON-LD and the page head', async () => {
    const project = await sampleProject();
    const json = structuredClone(project.articleJson) as { meta: Record<string, unknown> };
    json.meta.embargoUntil = UNTIL;
    json.meta.publishAt = '2026-12-07T04:00:00.000Z';
    const result = await exportHtml(json, { mediaDir: project.mediaDir, outDir: tempDir('embargo'), now: '2026-12-07T05:00:00.000Z' });
    const ninjs = JSON.parse(readFileSync(path.join(result.folder, 'article.ninjs.json'), 'utf8'));
    expect(ninjs.embargoedUntil).toBe(UNTIL);
    const html = readFileSync(path.join(result.folder, 'index.html'), 'utf8');
    expect(html).toContain('<meta property="article:published_time" content="2026-12-07T04:00:00.000Z">');
    expect(html).toContain('"datePublished": "2026-12-07T04:00:00.000Z"');
  });

  it('refuses to write an embargoed package when nobody overrides', async () => {
    const project = await sampleProject();
    const json = structuredClone(project.articleJson) as { meta: Record<string, unknown> };
    json.meta.embargoUntil = UNTIL;
    await expect(exportHtml(json, { mediaDir: project.mediaDir, outDir: tempDir('embargo2'), now: '2026-12-07T02:00:00.000Z' })).rejects.toMatchObject({
      code: 'export-blocked',
      params: { issues: 'embargoed' },
    });
  });
});
