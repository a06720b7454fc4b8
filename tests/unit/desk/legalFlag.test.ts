// Issue 16, item 5: the legal flag — anyone flags with a note, only the desk clears; every
// flag and clearance is logged; while held the export is refused, even with the desk's override.
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaKeys } from '../../../electron/contract/article/articleNames';
import { parseArticleMeta } from '../../../electron/contract/article/articleMeta';
import { legalHold } from '../../../electron/contract/article/legalHold';
import { addToMetaSet, writeMetaValue } from '../../../electron/contract/article/metaStore';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { createArticleDoc } from '../../../electron/services/article/articleYDoc';
import { exportHtml } from '../../../electron/services/export/exportHtml';
import { removeTempDirs, sampleProject, tempDir } from '../importExport/sampleArticle';
import { articleJsonOf, deskBackend, writtenArticle } from './deskSupport';

afterAll(removeTempDirs);

const desk = { name: 'Lê Thư Ký', role: 'desk' as const };
const reporter = { name: 'Trần Phóng Viên', role: 'reporter' as const };

describe('the rule', () => {
  it('holds a flagged article; only a clearance by the desk releases it', () => {
    expect(legalHold(undefined)).toEqual({ held: false, note: '' });
    expect(legalHold({ hold: true, note: 'Nêu tên nghi phạm', by: reporter, at: '2026-12-07T01:00:00Z' })).toEqual({ held: true, note: 'Nêu tên nghi phạm' });
    expect(legalHold({ hold: false, note: '', by: desk, at: '2026-12-07T02:00:00Z' }).held).toBe(false);
    // A clearance by anyone else (an old or tampered copy) does not count.
    expect(legalHold({ hold: false, note: 'tự gỡ', by: reporter, at: '2026-12-07T02:00:00Z' }).held).toBe(true);
  });

  it('reads a damaged flag as none and a damaged log entry as missing, without throwing', () => {
    expect(parseArticleMeta({ legal: { hold: 'có', by: desk, at: 'x' } }).legal).toBeUndefined();
    expect(parseArticleMeta({ legal: { hold: true, by: { name: 'A', role: 'admin' }, at: '2026-12-07T01:00:00Z' } }).legal).toBeUndefined();
    expect(parseArticleMeta({ legalLog: [{ action: 'flag', note: 'Vì sao', by: desk, at: '2026-12-07T01:00:00Z' }, { action: 'burn' }, 7] }).legalLog).toHaveLength(1);
  });

  it('keeps every flag and clearance made on two offline copies in the log', () => {
    const a = createArticleDoc({ id: 'a000000004', createdAt: '2026-12-07T00:00:00Z' });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    addToMetaSet(a, metaKeys.legalLog, { action: 'flag', note: 'Ảnh trẻ em', by: reporter, at: '2026-12-07T01:00:00.000Z' });
    addToMetaSet(b, metaKeys.legalLog, { action: 'flag', note: 'Trích dẫn chưa kiểm chứng', by: desk, at: '2026-12-07T01:05:00.000Z' });
    writeMetaValue(a, metaKeys.legal, { hold: true, note: 'Ảnh trẻ em', by: reporter, at: '2026-12-07T01:00:00.000Z' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(readArticle(a).meta.legalLog.map((e) => e.note)).toEqual(['Ảnh trẻ em', 'Trích dẫn chưa kiểm chứng']);
  });
});

describe('article:legal and export', () => {
  it('a reporter flags with a note, cannot clear; the export is refused even with the desk’s reason until the desk clears it', async () => {
    const { t, clock } = await deskBackend({ profileName: 'Trần Phóng Viên' });
    const article = await writtenArticle(t);
    expect(await t.fail('article:legal', { id: article.id, hold: true, note: '  ' })).toMatchObject({ code: 'legal-note-required' });
    const flagged = await t.call('article:legal', { id: article.id, hold: true, note: 'Bài nêu tên người chưa bị khởi tố' });
    const editorDoc = new Y.Doc();
    Y.applyUpdate(editorDoc, flagged.update);
    expect(readArticle(editorDoc).meta.legal).toMatchObject({ hold: true, by: { name: 'Trần Phóng Viên', role: 'reporter' } });
    expect(await t.fail('article:legal', { id: article.id, hold: false, note: '' })).toMatchObject({ code: 'legal-clear-desk-only', params: { role: 'reporter' } });
    expect((await t.call('library:list', {})).articles[0].desk).toMatchObject({ legalHold: true });

    const preview = await t.call('article:exportPreview', { id: article.id });
    expect(preview.preflight.blocking).toEqual([{ code: 'legal-hold', params: { note: 'Bài nêu tên người chưa bị khởi tố' } }]);
    await t.call('settings:update', { profile: { name: 'Lê Thư Ký', role: 'desk' } });
    expect(await t.fail('article:export', { id: article.id, zip: false, overrideReason: 'Cần đăng gấp' })).toMatchObject({
      code: 'export-legal-hold',
      params: { note: 'Bài nêu tên người chưa bị khởi tố' },
    });

    clock.now = new Date('2026-12-07T02:00:00.000Z');
    await t.call('article:legal', { id: article.id, hold: false, note: 'Luật sư đồng ý, đã bỏ tên' });
    const report = await t.call('article:export', { id: article.id, zip: false });
    expect(report.preflight.blocking).toEqual([]);
    const json = await articleJsonOf(t, article.id);
    expect(json.meta.legalLog).toEqual([
      { action: 'flag', note: 'Bài nêu tên người chưa bị khởi tố', by: { name: 'Trần Phóng Viên', role: 'reporter' }, at: '2026-12-07T01:00:00.000Z' },
      { action: 'clear', note: 'Luật sư đồng ý, đã bỏ tên', by: { name: 'Lê Thư Ký', role: 'desk' }, at: '2026-12-07T02:00:00.000Z' },
    ]);
    expect((await t.call('library:list', {})).articles[0].desk?.legalHold).toBeUndefined();
  });

  it('the exporter itself refuses a held article, whatever the override', async () => {
    const project = await sampleProject();
    const json = structuredClone(project.articleJson) as { meta: Record<string, unknown> };
    json.meta.legal = { hold: true, note: 'Chờ luật sư', by: reporter, at: '2026-12-07T01:00:00.000Z' };
    const out = tempDir('legal');
    await expect(exportHtml(json, { mediaDir: project.mediaDir, outDir: out, ignoreBlocking: true })).rejects.toMatchObject({
      code: 'export-legal-hold',
      params: { note: 'Chờ luật sư' },
    });
    expect(readdirSync(out)).toEqual([]);
  });
});
