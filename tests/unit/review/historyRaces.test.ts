// A workflow move's version is written while other things happen to the article's folder:
// the editor shows the move as soon as the document changes (a push), before the version is
// on disk, so the person may leave the article at once, which renames its folder after the
// headline, or close Soạn, which lets another profile open the library.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EditorDoc, projectFolderOf, setUpBackend } from '../services/support';

describe('a workflow move shown before its version is on disk', () => {
  it('keeps the version when the person leaves the article the moment the move shows', async () => {
    const t = await setUpBackend();
    const { id } = await t.call('article:create', {});
    const editor = new EditorDoc((await t.call('article:open', { id })).state);
    await t.call('article:update', { id, update: editor.type(0, 'Hà Tĩnh mở đường ven biển') });
    const before = await projectFolderOf(t.libraryPath, id);

    // As the renderer does: the status shows when the pushed change arrives; leaving closes the article.
    let closing: Promise<unknown> | undefined;
    const stop = t.backend.onPush((push) => {
      if (push.kind === 'article:update' && push.id === id && !closing) closing = t.backend.dispatch('article:close', { id });
    });
    const moved = await t.backend.dispatch('article:transition', { id, to: 'submitted', from: 'draft' });
    stop();
    expect(closing).toBeDefined();
    expect(await closing).toEqual({ ok: true, value: null });
    expect(moved.ok ? 'moved' : moved.error).toBe('moved');

    const after = await projectFolderOf(t.libraryPath, id);
    expect(path.basename(after)).toBe(`ha-tinh-mo-duong-ven-bien-${id}`);
    expect(after).not.toBe(before);
    // No stray folder left under the old name, and the version is in the history.
    expect(await fs.readdir(t.libraryPath)).toEqual(expect.not.arrayContaining([path.basename(before)]));
    const versions = await t.call('history:list', { id });
    expect(versions.map((v) => [v.reason, v.status])).toEqual([['transition', 'submitted']]);
  });

  it('keeps the version when Soạn closes the moment the move shows, and the next profile finds it', async () => {
    const reporter = await setUpBackend({ profileName: 'Nguyễn Thị Lan' });
    const { id } = await reporter.call('article:create', { headline: 'Hà Tĩnh mở đường ven biển' });
    await reporter.call('article:open', { id });

    // As the browser test does: the window closes as soon as the move shows, the services after it.
    let closing: Promise<void> | undefined;
    const stop = reporter.backend.onPush((push) => {
      if (push.kind === 'article:update' && push.id === id && !closing) closing = reporter.backend.close();
    });
    const moved = await reporter.backend.dispatch('article:transition', { id, to: 'submitted', from: 'draft' });
    stop();
    expect(closing).toBeDefined();
    await closing;
    // Nobody is left to read the answer (the window is gone); what counts is what is on disk.
    expect(moved.ok || moved.error.code === 'library-unavailable').toBe(true);

    // The editor's Soạn takes the library only once the reporter's has written everything.
    const editor = await setUpBackend({ libraryPath: reporter.libraryPath, profileName: 'Trần Văn Minh' });
    await editor.call('settings:update', { profile: { name: 'Trần Văn Minh', role: 'editor' } });
    const opened = await editor.call('article:open', { id });
    expect(opened.summary.status).toBe('submitted');
    expect((await editor.call('history:list', { id })).map((v) => [v.author.name, v.status])).toEqual([['Nguyễn Thị Lan', 'submitted']]);
    await editor.call('article:transition', { id, to: 'editing', from: 'submitted' });
    const versions = await editor.call('history:list', { id });
    expect(versions.map((v) => [v.author.name, v.status])).toEqual([
      ['Nguyễn Thị Lan', 'submitted'],
      ['Trần Văn Minh', 'editing'],
    ]);
    expect(versions.some((v) => v.unavailable)).toBe(false);
  });

  it('keeps the version when the article goes to the trash the moment the move shows, and brings it back with it', async () => {
    const t = await setUpBackend();
    const { id } = await t.call('article:create', { headline: 'Hà Tĩnh mở đường ven biển' });
    await t.call('article:open', { id });

    let trashing: Promise<unknown> | undefined;
    const stop = t.backend.onPush((push) => {
      if (push.kind === 'article:update' && push.id === id && !trashing) trashing = t.backend.dispatch('article:trash', { id });
    });
    const moved = await t.backend.dispatch('article:transition', { id, to: 'submitted', from: 'draft' });
    stop();
    expect(await trashing).toEqual({ ok: true, value: null });
    expect(moved.ok || moved.error.code === 'article-not-found').toBe(true);

    const { trash, articles } = await t.call('library:list', {});
    expect(articles).toEqual([]);
    expect(trash.map((item) => item.id)).toEqual([id]);
    await t.call('trash:restore', { trashId: trash[0].trashId });
    expect((await t.call('history:list', { id })).map((v) => [v.reason, v.status])).toEqual([['transition', 'submitted']]);
  });
});
