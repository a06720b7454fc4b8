import { readMetaValue } from '../../../electron/contract/article/metaStore';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { metaKeys } from '../../../electron/contract/articleSchema';
import { EditorDoc, projectFolderOf, setUpBackend } from '../services/support';
import { clockFrom, defaultServiceContext } from '../../../electron/services/serviceContext';

/** A clock the test moves by hand. */
function testClock(start = Date.parse('2026-11-27T08:00:00Z')) {
  let now = start;
  return { now: () => new Date(now), advanceMinutes: (m: number) => (now += m * 60_000) };
}

async function setUp() {
  const clock = testClock();
  const t = await setUpBackend({ context: defaultServiceContext({ clock: clockFrom(clock.now) }) });
  const summary = await t.call('article:create', { headline: 'Hà Tĩnh mở đường ven biển' });
  const opened = await t.call('article:open', { id: summary.id });
  const editor = new EditorDoc(opened.state);
  const id = summary.id;
  const asRole = (role: 'reporter' | 'editor' | 'desk', name = role === 'reporter' ? 'Lan' : 'Minh') =>
    t.call('settings:update', { profile: { name, role } });
  return { t, clock, id, editor, asRole };
}

describe('workflow moves through dispatch', () => {
  it('logs every move with who, when and the note, and refuses forbidden ones in plain words', async () => {
    const { t, id, asRole, clock } = await setUp();
    await asRole('reporter');
    expect(await t.fail('article:transition', { id, to: 'approved' })).toEqual({
      code: 'workflow-move-forbidden',
      params: { from: 'draft', to: 'approved', role: 'reporter' },
    });
    const submitted = await t.call('article:transition', { id, to: 'submitted', from: 'draft' });
    expect(submitted.status).toBe('submitted');
    expect(submitted.workflowLog).toEqual([
      { from: 'draft', to: 'submitted', by: { name: 'Lan', role: 'reporter' }, at: '2026-11-27T08:00:00.000Z' },
    ]);
    expect((await t.fail('article:transition', { id, to: 'editing' })).code).toBe('workflow-move-forbidden');

    await asRole('editor');
    clock.advanceMinutes(5);
    await t.call('article:transition', { id, to: 'editing' });
    expect((await t.fail('article:transition', { id, to: 'returned' })).code).toBe('workflow-note-required');
    expect((await t.fail('article:transition', { id, to: 'approved', from: 'submitted' })).code).toBe('workflow-stale-state');
    const returned = await t.call('article:transition', { id, to: 'returned', note: ' Thiếu nguồn ở đoạn 2 ' });
    expect(returned.workflowLog.at(-1)).toEqual({
      from: 'editing',
      to: 'returned',
      by: { name: 'Minh', role: 'editor' },
      at: '2026-11-27T08:05:00.000Z',
      note: 'Thiếu nguồn ở đoạn 2',
    });
    // The editor's document learns the move by merging the answer.
    const editorDoc = new Y.Doc();
    Y.applyUpdate(editorDoc, returned.update);
    expect(readMetaValue(editorDoc, metaKeys.status)).toBe('returned');

    const listing = await t.call('library:list', {});
    expect(listing.articles.find((a) => a.id === id)?.status).toBe('returned');
    // One version per move.
    const versions = await t.call('history:list', { id });
    expect(versions.map((v) => v.reason)).toEqual(['transition', 'transition', 'transition']);
    expect(versions[2]).toMatchObject({ author: { name: 'Minh', role: 'editor' }, status: 'returned' });
  });
});

describe('version history', () => {
  it('keeps a version on demand with a label, and at most one per ten minutes of writing', async () => {
    const { t, id, editor, clock } = await setUp();
    // The first comes ten minutes after the article was made, not at its first keystroke.
    await t.call('article:update', { id, update: editor.type(1, 'Sapo đầu tiên.') });
    expect(await t.call('history:list', { id })).toEqual([]);
    clock.advanceMinutes(11);
    await t.call('article:update', { id, update: editor.addParagraph('Đoạn một.') });
    expect((await t.call('history:list', { id })).map((v) => v.reason)).toEqual(['autosave']);
    clock.advanceMinutes(4);
    await t.call('article:update', { id, update: editor.addParagraph('Đoạn hai.') });
    expect(await t.call('history:list', { id })).toHaveLength(1);
    clock.advanceMinutes(7);
    await t.call('article:update', { id, update: editor.addParagraph('Đoạn ba.') });
    expect(await t.call('history:list', { id })).toHaveLength(2);
    clock.advanceMinutes(11);
    await t.call('article:update', { id, update: new Uint8Array() }); // nothing written: no version
    expect(await t.call('history:list', { id })).toHaveLength(2);

    const labelled = await t.call('history:save', { id, label: '  Bản gửi   thư ký ' });
    expect(labelled).toMatchObject({ label: 'Bản gửi thư ký', reason: 'manual', author: { name: 'Nguyễn Thị Phóng Viên', role: 'reporter' } });
    const folder = await projectFolderOf(t.libraryPath, id);
    expect((await fs.readdir(path.join(folder, 'history'))).filter((n) => n.endsWith('.yupd'))).toHaveLength(3);
  });

  it('compares two versions word by word, with metadata changes', async () => {
    const { t, id, editor } = await setUp();
    await t.call('article:update', { id, update: editor.addParagraph('Cầu mới nối hai bờ sông.') });
    const first = await t.call('history:save', { id, label: 'trước' });
    await t.call('article:update', {
      id,
      update: editor.change((fragment, doc) => {
        const paragraph = fragment.get(fragment.length - 1) as Y.XmlElement;
        const run = paragraph.get(0) as Y.XmlText;
        run.delete(0, 3); // "Cầu"
        run.insert(0, 'Cây cầu');
        doc.getMap('meta').set(metaKeys.tags, ['giao thông']);
      }),
    });
    const second = await t.call('history:save', { id, label: 'sau' });
    const comparison = await t.call('history:compare', { id, from: first.id, to: second.id });
    const body = comparison.parts.find((p) => p.part === 'body')!;
    expect(body.runs).toEqual([
      { kind: 'removed', text: 'Cầu' },
      { kind: 'added', text: 'Cây cầu' },
      { kind: 'same', text: ' mới nối hai bờ sông.' },
    ]);
    expect(comparison.parts.find((p) => p.part === 'headline')!.changed).toBe(false);
    expect(comparison.meta).toEqual([{ key: 'tags', before: '', after: 'giao thông' }]);
    expect((await t.fail('history:compare', { id, from: first.id, to: 'zzzzzz9' })).code).toBe('version-not-found');
  });

  it('restoring keeps the current text as a version first; nothing is lost', async () => {
    const { t, id, editor } = await setUp();
    await t.call('article:update', { id, update: editor.addParagraph('Bản đầu.') });
    const first = await t.call('history:save', { id, label: 'Bản gửi thư ký' });
    await t.call('article:update', { id, update: editor.addParagraph('Thêm đoạn sau.') });
    const restored = await t.call('history:restore', { id, versionId: first.id });
    const versions = await t.call('history:list', { id });
    expect(versions.map((v) => v.reason)).toEqual(['manual', 'restore', 'restore']);
    const beforeRestore = versions[1];
    const comparison = await t.call('history:compare', { id, from: beforeRestore.id, to: restored.version!.id });
    expect(comparison.parts.find((p) => p.part === 'body')!.runs.filter((r) => r.kind === 'removed').map((r) => r.text.trim())).toEqual([
      'Thêm đoạn sau.',
    ]);
    // The open editor merges the answer and sees the old text.
    Y.applyUpdate(editor.doc, restored.update);
    expect(editor.fragment.toString()).not.toContain('Thêm đoạn sau.');
    const reopened = await t.call('article:open', { id });
    expect(reopened.summary.wordCount).toBe(first.wordCount);
  });

  it('an export of an approved article moves it to exported, keeps a version, and exports the same bytes again', async () => {
    const { t, id, editor, asRole } = await setUp();
    await t.call('article:update', { id, update: editor.type(1, 'Sapo của bài viết về con đường ven biển.') });
    await t.call('article:update', { id, update: editor.addParagraph('Thân bài có đủ chữ để xuất bản.') });
    await asRole('desk', 'Hùng');
    for (const to of ['submitted', 'editing', 'approved'] as const) await t.call('article:transition', { id, to });
    const exportRoot = path.join(t.userDataDir, '..', 'out');
    await t.call('settings:update', { newsroom: { exportPath: exportRoot } });
    const first = await t.backend.dispatch('article:export', { id, zip: false, overrideReason: 'kiểm thử' });
    expect(first.ok).toBe(true);
    const listing = await t.call('library:list', {});
    expect(listing.articles.find((a) => a.id === id)?.status).toBe('exported');
    const versions = await t.call('history:list', { id });
    expect(versions.at(-1)?.reason).toBe('export');
    const read = async (folder: string) => {
      const names = (await fs.readdir(folder)).sort();
      return Promise.all(names.filter((n) => n.endsWith('.html') || n.endsWith('.json')).map((n) => fs.readFile(path.join(folder, n), 'utf8')));
    };
    const firstFolder = first.ok ? (first.value as { folder: string }).folder : '';
    const firstFiles = await read(firstFolder);
    await fs.rm(firstFolder, { recursive: true });
    const second = await t.backend.dispatch('article:export', { id, zip: false, overrideReason: 'kiểm thử' });
    expect(second.ok).toBe(true);
    expect(await read(firstFolder)).toEqual(firstFiles);
  });
});
