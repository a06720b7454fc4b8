// Issue 16, item 3: correction, clarification and update notices — stored as a set that
// merges, added by the services in the desk's name (a version is kept once the article has
// been exported), kept through a restore, and published at the end of the page, in ninjs and
// in JSON-LD.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaKeys } from '../../../electron/contract/article/articleNames';
import { addToMetaSet, writeMetaValue } from '../../../electron/contract/article/metaStore';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { createArticleDoc } from '../../../electron/services/article/articleYDoc';
import { exportHtml } from '../../../electron/services/export/exportHtml';
import { EditorDoc } from '../services/support';
import { removeTempDirs, sampleProject, tempDir } from '../importExport/sampleArticle';
import { articleJsonOf, deskBackend, writtenArticle } from './deskSupport';

afterAll(removeTempDirs);

const notice = (id: string, at: string, text: string, kind = 'correction') => ({ id, kind, at, text, by: 'Lê Thư Ký' });

describe('notices as stored and read', () => {
  it('are read oldest first; a notice without its kind, date or text is left out', () => {
    const doc = createArticleDoc({ id: 'a000000001', createdAt: '2026-12-07T00:00:00Z' });
    writeMetaValue(doc, metaKeys.corrections, [
      notice('b', '2026-12-08T01:00:00Z', 'Cập nhật số liệu.', 'update'),
      notice('a', '2026-12-07T01:00:00+07:00', 'Sửa tên cầu.'),
      notice('c', '2026-12-08T02:00:00Z', '   '),
      notice('d', 'hôm qua', 'Không có ngày.'),
      { ...notice('e', '2026-12-08T03:00:00Z', 'Loại lạ.'), kind: 'retraction' },
      'rác',
    ]);
    expect(readArticle(doc).meta.corrections).toEqual([
      { id: 'a', kind: 'correction', at: '2026-12-06T18:00:00.000Z', text: 'Sửa tên cầu.', by: 'Lê Thư Ký' },
      { id: 'b', kind: 'update', at: '2026-12-08T01:00:00.000Z', text: 'Cập nhật số liệu.', by: 'Lê Thư Ký' },
    ]);
  });

  it('added on two offline copies are all there after the merge; one edited on a copy stays one notice', () => {
    const a = createArticleDoc({ id: 'a000000002', createdAt: '2026-12-07T00:00:00Z' });
    addToMetaSet(a, metaKeys.corrections, notice('n1', '2026-12-07T01:00:00.000Z', 'Sửa tên.'));
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    addToMetaSet(a, metaKeys.corrections, notice('n2', '2026-12-07T02:00:00.000Z', 'Làm rõ nguồn.', 'clarification'));
    addToMetaSet(b, metaKeys.corrections, notice('n3', '2026-12-07T03:00:00.000Z', 'Cập nhật.', 'update'));
    writeMetaValue(b, metaKeys.corrections, [notice('n1', '2026-12-07T01:00:00.000Z', 'Sửa tên cầu Cửa Sót.'), notice('n3', '2026-12-07T03:00:00.000Z', 'Cập nhật.', 'update')]);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b]) {
      expect(readArticle(doc).meta.corrections.map((c) => [c.id, c.text])).toEqual([
        ['n1', 'Sửa tên cầu Cửa Sót.'],
        ['n2', 'Làm rõ nguồn.'],
        ['n3', 'Cập nhật.'],
      ]);
    }
  });
});

describe('article:correct', () => {
  it('adds the notice in the desk’s name; before any export no version is kept, after one a version is', async () => {
    const { t, clock } = await deskBackend({ role: 'desk' });
    const article = await writtenArticle(t);
    const first = await t.call('article:correct', { id: article.id, kind: 'clarification', text: '  Nguồn   số liệu là Sở GTVT. ' });
    expect(first.version).toBeUndefined();
    const editor = new EditorDoc();
    Y.applyUpdate(editor.doc, first.update);
    expect(readArticle(editor.doc).meta.corrections).toEqual([
      { id: expect.stringMatching(/^[0-9a-f]{16}$/), kind: 'clarification', at: clock.now.toISOString(), text: 'Nguồn số liệu là Sở GTVT.', by: 'Lê Thư Ký' },
    ]);

    await t.call('article:export', { id: article.id, zip: false });
    clock.now = new Date('2026-12-08T01:00:00.000Z');
    const second = await t.call('article:correct', { id: article.id, kind: 'correction', text: 'Cầu dài 500 mét, không phải 600 mét.' });
    expect(second.version).toMatchObject({ reason: 'correction', author: { name: 'Lê Thư Ký', role: 'desk' } });
    const versions = await t.call('history:list', { id: article.id });
    expect(versions.map((v) => v.reason)).toContain('correction');
    const json = await articleJsonOf(t, article.id);
    expect((json.meta.corrections as unknown[]).length).toBe(2);
    expect((await t.call('library:list', {})).articles[0].desk).toMatchObject({ corrections: 2 });
  });

  it('refuses an empty notice in plain words, and a notice of an unknown kind', async () => {
    const { t } = await deskBackend({ role: 'desk' });
    const article = await writtenArticle(t);
    expect(await t.fail('article:correct', { id: article.id, kind: 'correction', text: '   ' })).toMatchObject({ code: 'invalid-request' });
    expect(await t.fail('article:correct', { id: article.id, kind: 'retraction', text: 'Gỡ bài' })).toMatchObject({ code: 'invalid-request' });
    expect((await articleJsonOf(t, article.id)).meta.corrections).toBeUndefined();
  });

  it('a restored older version keeps the notices published since', async () => {
    const { t } = await deskBackend({ role: 'desk' });
    const article = await writtenArticle(t);
    const before = await t.call('history:save', { id: article.id, label: 'Bản đầu' });
    await t.call('article:correct', { id: article.id, kind: 'update', text: 'Cầu thông xe lúc 9 giờ.' });
    await t.call('history:restore', { id: article.id, versionId: before.id });
    expect(((await articleJsonOf(t, article.id)).meta.corrections as unknown[]).length).toBe(1);
  });
});

describe('the exported page, ninjs and JSON-LD', () => {
  it('show the notices oldest first at the end of the article, with their kind and date', async () => {
    const project = await sampleProject();
    const json = structuredClone(project.articleJson) as { meta: Record<string, unknown> };
    json.meta.corrections = [
      notice('n2', '2022-06-03T01:00:00.000Z', 'Cập nhật: thêm 3 chi bộ đăng ký.', 'update'),
      notice('n1', '2022-06-02T05:00:00.000Z', 'Bài trước ghi nhầm số đảng viên là 8.341.'),
    ];
    const result = await exportHtml(json, { mediaDir: project.mediaDir, outDir: tempDir('corrections') });
    const html = readFileSync(path.join(result.folder, 'index.html'), 'utf8');
    expect(html).toMatch(/<footer>[\s\S]*<\/footer>\s*<section class="corrections" aria-labelledby="corrections-heading">/);
    expect(html).toContain('<h2 id="corrections-heading">Đính chính và cập nhật</h2>');
    expect(html).toContain(
      '<li class="correction correction-correction"><span class="correction-kind">Đính chính</span> <time datetime="2022-06-02T05:00:00.000Z">12:00 02/06/2022</time>: Bài trước ghi nhầm số đảng viên là 8.341.</li>',
    );
    expect(html.indexOf('correction-correction')).toBeLessThan(html.indexOf('correction-update'));

    const ninjs = JSON.parse(readFileSync(path.join(result.folder, 'article.ninjs.json'), 'utf8'));
    expect(ninjs.descriptions.map((d: { role: string }) => d.role)).toEqual(['summary', 'correction', 'update']);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]);
    expect(jsonLd.correction).toEqual([{ '@type': 'CorrectionComment', text: 'Bài trước ghi nhầm số đảng viên là 8.341.', datePublished: '2022-06-02T05:00:00.000Z' }]);
  });

  it('escape a notice’s text like all article text', async () => {
    const project = await sampleProject();
    const json = structuredClone(project.articleJson) as { meta: Record<string, unknown> };
    json.meta.corrections = [notice('x', '2022-06-02T05:00:00.000Z', 'Sửa <script>alert(1)</script> & "ngoặc"')];
    const result = await exportHtml(json, { mediaDir: project.mediaDir, outDir: tempDir('corrections-x') });
    const html = readFileSync(path.join(result.folder, 'index.html'), 'utf8');
    expect(html).toContain('Sửa &lt;script&gt;alert(1)&lt;/script&gt; &amp; "ngoặc"');
    expect(html.match(/<script/g)).toHaveLength(1);
  });
});
