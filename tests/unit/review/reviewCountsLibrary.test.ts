// Review through the backend, as the app uses it: the library lists open comments and pending
// suggestions after a save and after reopening (index kept, rebuilt, or written before
// review existed); article.json, search, version compare and the export read the article as
// it stands; the export is blocked until review is done, and only the desk may override.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT, metaKeys } from '../../../electron/contract/articleSchema';
import { storedJson } from '../support/storedJson';
import { withLibrary } from '../../../electron/cli/cliLibrary';
import { EditorDoc, projectFolderOf, setUpBackend } from '../services/support';
import type { TestBackend } from '../services/support';
import { DELETED_TEXT, addThread, resolveThread, reviewedArticle, writeArticle } from '../services/reviewDoc';

async function reviewedInLibrary(t: TestBackend) {
  const { id } = await t.call('article:create', { headline: 'Bài nháp' });
  const editor = new EditorDoc((await t.call('article:open', { id })).state);
  const saved = await t.call('article:update', {
    id,
    update: editor.change((fragment, doc) => {
      writeArticle(fragment, reviewedArticle());
      addThread(doc, { id: 't1' }, [{ id: 'm1', text: 'Nguồn số liệu?' }]);
      addThread(doc, { id: 't2', quote: 'đoạn đã bị xoá' }, [{ id: 'm2', text: 'Giữ đoạn này' }]);
    }),
  });
  return { id, editor, saved };
}

const summaryOf = async (t: TestBackend, id: string) => (await t.call('library:list', {})).articles.find((a) => a.id === id)!;

async function articleJson(t: TestBackend, id: string) {
  return JSON.parse(await fs.readFile(path.join(await projectFolderOf(t.libraryPath, id), 'article.json'), 'utf8'));
}

describe('the library counts what is open in review', () => {
  it('after a save, after reopening, after a rebuild of the index; resolving a comment drops the count', async () => {
    const t = await setUpBackend();
    const { id, editor, saved } = await reviewedInLibrary(t);
    expect(saved.wordCount).toBe(33); // pending insertions are not counted
    expect(await summaryOf(t, id)).toMatchObject({ openComments: 2, pendingSuggestions: 5, wordCount: 33, headline: 'Hà Tĩnh mở đường ven biển' });

    await t.call('article:update', { id, update: editor.change((_f, doc) => resolveThread(doc, 't1')) });
    expect(await summaryOf(t, id)).toMatchObject({ openComments: 1, pendingSuggestions: 5 });
    await t.call('article:close', { id });
    await t.backend.close();

    const reopened = await setUpBackend({ libraryPath: t.libraryPath });
    expect(await summaryOf(reopened, id)).toMatchObject({ openComments: 1, pendingSuggestions: 5 });
    await reopened.backend.close();

    // An index written before review existed has no counts: reopening fills them in.
    const indexFile = path.join(t.libraryPath, '.soan', 'library.json');
    const index = JSON.parse(await fs.readFile(indexFile, 'utf8'));
    for (const entry of Object.values(index.articles) as Array<Record<string, unknown>>) {
      delete entry.openComments;
      delete entry.pendingSuggestions;
    }
    await fs.writeFile(indexFile, JSON.stringify(index));
    const upgraded = await setUpBackend({ libraryPath: t.libraryPath });
    expect(await summaryOf(upgraded, id)).toMatchObject({ openComments: 1, pendingSuggestions: 5 });
    await upgraded.backend.close();

    await fs.rm(indexFile);
    const rebuilt = await setUpBackend({ libraryPath: t.libraryPath });
    expect(await summaryOf(rebuilt, id)).toMatchObject({ openComments: 1, pendingSuggestions: 5 });
  });

  it('an article without review shows zero of each', async () => {
    const t = await setUpBackend();
    const { id } = await t.call('article:create', { headline: 'Không có gì' });
    expect(await summaryOf(t, id)).toMatchObject({ openComments: 0, pendingSuggestions: 0 });
  });
});

describe('readings of the article as it stands', () => {
  it('article.json, search and version compare leave out pending insertions and keep text proposed for deletion', async () => {
    const t = await setUpBackend();
    const { id } = await reviewedInLibrary(t);
    const json = await articleJson(t, id);
    const content = JSON.stringify(json.content);
    expect(content).not.toContain('hai mươi');
    expect(content).not.toContain('\u200B');
    expect(content).toContain(DELETED_TEXT);
    expect(json.text).not.toMatch(/hai mươi|Đoạn đề xuất|\u200B/);
    expect(json.review.comments.map((c: { id: string }) => c.id).sort()).toEqual(['t1', 't2']);
    expect(json.review.suggestions.find((s: { id: string }) => s.id === 's3')).toMatchObject({ insertion: 'Đoạn đề xuất thêm nhiều' });

    expect(await t.call('library:search', { query: 'đề xuất thêm' })).toEqual([]);
    expect((await t.call('library:search', { query: 'nam tram' })).map((h) => h.id)).toEqual([id]);

    const first = await t.call('history:save', { id, label: 'Bản gửi thư ký' });
    const second = await t.call('history:save', { id, label: 'Lần hai' });
    const compared = await t.call('history:compare', { id, from: first.id, to: second.id });
    const sapo = compared.parts.find((p) => p.part === 'sapo')!;
    expect(sapo.runs.map((r) => r.text).join('')).toContain(DELETED_TEXT);
    expect(sapo.runs.map((r) => r.text).join('')).not.toContain('hai mươi');
  });

  it('a document rebuilt from article.json keeps its comments and its pending suggestions', async () => {
    const t = await setUpBackend();
    const { id, editor } = await reviewedInLibrary(t);
    await t.call('article:close', { id });
    const folder = await projectFolderOf(t.libraryPath, id);
    for (const file of await fs.readdir(folder)) if (file.startsWith('article.ydoc')) await fs.writeFile(path.join(folder, file), '');
    const opened = await t.call('article:open', { id });
    expect(opened.summary).toMatchObject({ openComments: 2, pendingSuggestions: 5, wordCount: 33, headline: 'Hà Tĩnh mở đường ven biển' });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, opened.state);
    // The same text, the same suggestions, in the same places.
    // (Mark names compared without y-tiptap's hash suffix, which only the editor needs.)
    expect(storedJson(doc.getXmlFragment(ARTICLE_FRAGMENT))).toEqual(storedJson(editor.fragment));
    expect(doc.getMap('commentMessages').get('m1')).toMatchObject({ threadId: 't1', text: 'Nguồn số liệu?' });
  });
});

describe('export waits for review', () => {
  async function setUpExport() {
    const t = await setUpBackend();
    const { id, editor } = await reviewedInLibrary(t);
    const exportPath = path.join(t.userDataDir, '..', 'out');
    await t.call('settings:update', { newsroom: { exportPath } });
    const asRole = (role: 'reporter' | 'editor' | 'desk') => t.call('settings:update', { profile: { name: `Người ${role}`, role } });
    return { t, id, editor, exportPath, asRole };
  }

  it('lists open comments and pending suggestions as blocking and refuses the export', async () => {
    const { t, id } = await setUpExport();
    const preview = await t.call('article:exportPreview', { id });
    expect(preview.preflight.blocking).toEqual([
      { code: 'open-comments', params: { count: 2 } },
      { code: 'pending-suggestions', params: { count: 5 } },
    ]);
    expect(preview.html).not.toContain('hai mươi');
    expect(await t.fail('article:export', { id, zip: false })).toEqual({
      code: 'export-blocked',
      params: { issues: 'open-comments,pending-suggestions' },
    });
  });

  it('a reporter or an editor may not override; the desk may, and the reason is logged', async () => {
    const { t, id, exportPath, asRole } = await setUpExport();
    for (const role of ['reporter', 'editor'] as const) {
      await asRole(role);
      expect(await t.fail('article:export', { id, zip: false, overrideReason: 'Gấp' })).toEqual({
        code: 'export-override-desk-only',
        params: { role },
      });
    }
    // Refused before anything is written.
    expect(await fs.readdir(exportPath).catch(() => [])).toEqual([]);

    await asRole('desk');
    const report = await t.call('article:export', { id, zip: false, overrideReason: 'Tin khẩn, bình luận xử lý sau' });
    expect(report.preflight.blocking.map((b) => b.code)).toEqual(['open-comments', 'pending-suggestions']);
    const html = await fs.readFile(path.join(report.folder, 'index.html'), 'utf8');
    expect(html).toContain(DELETED_TEXT);
    expect(html).not.toMatch(/hai mươi|Đoạn đề xuất|mới thêm|\u200B/);
    const ninjs = await fs.readFile(path.join(report.folder, 'article.ninjs.json'), 'utf8');
    expect(ninjs).not.toMatch(/hai mươi|Đoạn đề xuất|\\u200b|\u200B/i);
    const json = await articleJson(t, id);
    expect(json.meta[metaKeys.exports]).toEqual([
      expect.objectContaining({ by: 'Người desk', overrideReason: 'Tin khẩn, bình luận xử lý sau' }),
    ]);
  });

  it('once comments are resolved and suggestions settled, anyone may export without a reason', async () => {
    const { t, id, editor } = await setUpExport();
    await t.call('article:update', {
      id,
      update: editor.change((fragment, doc) => {
        resolveThread(doc, 't1');
        resolveThread(doc, 't2');
        // Every suggestion settled: the text without its marks.
        const settled = reviewedArticle().type.schema.nodeFromJSON(
          JSON.parse(JSON.stringify(reviewedArticle().toJSON(), (key, value) => (key === 'marks' ? undefined : value))),
        );
        writeArticle(fragment, settled);
      }),
    });
    const report = await t.call('article:export', { id, zip: false });
    expect(report.preflight.blocking).toEqual([]);
  });

  it('the command line acts as the desk: --override exports over open review and is logged', async () => {
    const t = await setUpBackend();
    const { id } = await reviewedInLibrary(t);
    await t.backend.close(); // the CLI respects the library lock
    const out = path.join(t.userDataDir, '..', 'cli-out');
    const call = (overrideReason?: string) =>
      withLibrary(t.libraryPath, (lib) => lib.call('article:export', { id, zip: false, ...(overrideReason ? { overrideReason } : {}) }), {
        newsroom: { exportPath: out },
      });
    await expect(call()).rejects.toMatchObject({ code: 'export-blocked' });
    const report = await call('Bản chạy thử cho trang nội bộ');
    expect(report.preflight.blocking.map((b) => b.code)).toEqual(['open-comments', 'pending-suggestions']);
    const json = await articleJson(t, id);
    expect(json.meta[metaKeys.exports]).toEqual([expect.objectContaining({ overrideReason: 'Bản chạy thử cho trang nội bộ' })]);
  });
});
