import { readArticle } from '../../../electron/contract/article/readArticle';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { corruptions, EditorDoc, filesIn, projectFolderOf, setUpBackend, sleep } from './support';
import type { TestBackend } from './support';

async function readJson(file: string) {
  return JSON.parse(await fs.readFile(file, 'utf8'));
}

async function articleWithText(t: TestBackend, headline: string, sapo: string) {
  const { id } = await t.call('article:create', { headline });
  const editor = new EditorDoc((await t.call('article:open', { id })).state);
  await t.call('article:update', { id, update: editor.type(1, sapo) });
  return { id, editor, folder: await projectFolderOf(t.libraryPath, id) };
}

describe('typing and saving', () => {
  it('answers an update once it is on disk, with the word count', async () => {
    const t = await setUpBackend();
    const { id } = await t.call('article:create', { headline: 'Đợt sinh hoạt chính trị' });
    const folder = await projectFolderOf(t.libraryPath, id);
    const editor = new EditorDoc((await t.call('article:open', { id })).state);
    const report = await t.call('article:update', { id, update: editor.type(1, '(Baohatinh.vn) - Đảng bộ Thành phố Hà Tĩnh') });
    expect(report.wordCount).toBe(5 + 7);
    expect(Date.parse(report.savedAt)).toBeGreaterThan(Date.now() - 10_000);

    const onDisk = new Y.Doc();
    Y.applyUpdate(onDisk, await fs.readFile(path.join(folder, 'article.ydoc')));
    expect(readArticle(onDisk).text).toBe('Đợt sinh hoạt chính trị\n\n(Baohatinh.vn) - Đảng bộ Thành phố Hà Tĩnh');

    const json = await readJson(path.join(folder, 'article.json'));
    expect(json).toMatchObject({
      format: 'soan-article',
      version: 1,
      id,
      slug: 'dot-sinh-hoat-chinh-tri',
      headline: 'Đợt sinh hoạt chính trị',
      status: 'draft',
      authors: ['Nguyễn Thị Phóng Viên'],
      wordCount: 12,
      text: 'Đợt sinh hoạt chính trị\n\n(Baohatinh.vn) - Đảng bộ Thành phố Hà Tĩnh',
      meta: { id, status: 'draft', language: 'vi' },
    });
    expect(json.content.content[1]).toEqual({ type: 'sapo', content: [{ type: 'text', text: '(Baohatinh.vn) - Đảng bộ Thành phố Hà Tĩnh' }] });
    expect(await fs.readFile(path.join(folder, 'article.json'), 'utf8')).toContain('\n  "headline": ');
  });

  it('coalesces a burst of keystrokes into few saves, and every keystroke’s answer comes after it is saved', async () => {
    const t = await setUpBackend({ saveDelayMs: 100 });
    const { id } = await t.call('article:create', {});
    const folder = await projectFolderOf(t.libraryPath, id);
    const editor = new EditorDoc((await t.call('article:open', { id })).state);
    let writes = 0;
    const watcher = (await import('node:fs')).watch(folder, (_event, name) => {
      if (name === 'article.ydoc') writes++;
    });
    const answers = [];
    for (const ch of 'Hà Tĩnh hôm nay') {
      answers.push(t.call('article:update', { id, update: editor.type(2, ch) }));
      await sleep(2);
    }
    const reports = await Promise.all(answers);
    watcher.close();
    expect(reports.at(-1)!.wordCount).toBe(4);
    expect(writes).toBeLessThanOrEqual(4 * 3); // a rename event or two per save, not one per key
    const onDisk = new Y.Doc();
    Y.applyUpdate(onDisk, await fs.readFile(path.join(folder, 'article.ydoc')));
    expect(readArticle(onDisk).text).toBe('Hà Tĩnh hôm nay');
  });

  it('an empty update just waits for what is pending, and answers at once when all is saved', async () => {
    const t = await setUpBackend();
    const { id } = await t.call('article:create', { headline: 'Ba từ thôi' });
    const editor = new EditorDoc((await t.call('article:open', { id })).state);
    const typing = t.call('article:update', { id, update: editor.type(1, 'và thêm') });
    const ping = await t.call('article:update', { id, update: new Uint8Array() });
    expect(ping.wordCount).toBe(5);
    await typing;
  });

  it('finds everything back after a restart, and adds a new author who edits', async () => {
    const t = await setUpBackend();
    const { id } = await articleWithText(t, 'Tin sáng', 'Nội dung sapo');
    await t.backend.close();
    const editorSide = await setUpBackend({ libraryPath: t.libraryPath, profileName: 'Biên tập viên' });
    const opened = await editorSide.call('article:open', { id });
    expect(opened.summary).toMatchObject({ headline: 'Tin sáng', wordCount: 5, authors: ['Nguyễn Thị Phóng Viên'] });
    const editor = new EditorDoc(opened.state);
    await editorSide.call('article:update', { id, update: editor.type(1, ' đã sửa') });
    const listed = (await editorSide.call('library:list', {})).articles[0];
    expect(listed.authors).toEqual(['Nguyễn Thị Phóng Viên', 'Biên tập viên']);
    expect(listed.wordCount).toBe(7);
  });

  it('close saves and forgets; the next open reads from disk', async () => {
    const t = await setUpBackend({ saveDelayMs: 10_000 });
    const { id } = await t.call('article:create', {});
    const editor = new EditorDoc((await t.call('article:open', { id })).state);
    const pending = t.call('article:update', { id, update: editor.type(0, 'Lưu khi đóng') });
    expect(await t.call('article:close', { id })).toBeNull();
    await pending;
    const reopened = await t.call('article:open', { id });
    expect(reopened.summary.headline).toBe('Lưu khi đóng');
    expect(reopened.problems).toEqual([]);
  });
});

describe('damaged article files', () => {
  const damage = Object.keys(corruptions('x'));

  for (const kind of damage) {
    it(`article.ydoc ${kind}: moved aside, recovered with nothing typed lost, the user is told`, async () => {
      const t = await setUpBackend();
      const { id, folder, editor } = await articleWithText(t, 'Bài bị hỏng', 'lần một');
      await t.call('article:update', { id, update: editor.type(1, ' lần hai') });
      await t.backend.close();
      const good = await fs.readFile(path.join(folder, 'article.ydoc'));
      await fs.writeFile(path.join(folder, 'article.ydoc'), corruptions(good)[kind]);

      const again = await setUpBackend({ libraryPath: t.libraryPath });
      const opened = await again.call('article:open', { id });
      expect(opened.summary.headline).toBe('Bài bị hỏng');
      const doc = new Y.Doc();
      Y.applyUpdate(doc, opened.state);
      // article.json, written after the damaged file in the same save, still has "lần hai".
      expect(readArticle(doc).text).toBe('Bài bị hỏng\n\nlần một lần hai');
      const moved = (await filesIn(folder)).find((n) => n.startsWith('article.ydoc.corrupt-'))!;
      const name = path.basename(folder);
      const problem = {
        code: 'file-recovered',
        params: { article: 'Bài bị hỏng', file: `${name}/article.ydoc`, movedTo: `${name}/${moved}`, source: `${name}/article.json` },
      };
      expect(opened.problems).toEqual([problem]);
      expect((await again.call('library:list', {})).problems).toContainEqual(problem);
      // The good state is written back at once, and the damaged bytes are kept as found.
      expect((await fs.readFile(path.join(folder, 'article.ydoc'))).length).toBeGreaterThan(0);
      expect(new Uint8Array(await fs.readFile(path.join(folder, moved)))).toEqual(new Uint8Array(corruptions(good)[kind]));
    });

    it(`article.json ${kind}: moved aside and written again from the document`, async () => {
      const t = await setUpBackend();
      const { id, folder } = await articleWithText(t, 'Chỉ hỏng JSON', 'vẫn còn');
      await t.backend.close();
      const good = await fs.readFile(path.join(folder, 'article.json'));
      await fs.writeFile(path.join(folder, 'article.json'), corruptions(good)[kind]);

      const again = await setUpBackend({ libraryPath: t.libraryPath });
      const opened = await again.call('article:open', { id });
      expect(opened.problems).toEqual([
        expect.objectContaining({ code: 'file-recovered', params: expect.objectContaining({ article: 'Chỉ hỏng JSON', source: `${path.basename(folder)}/article.ydoc` }) }),
      ]);
      expect((await readJson(path.join(folder, 'article.json'))).text).toBe('Chỉ hỏng JSON\n\nvẫn còn');
      expect((await filesIn(folder)).some((n) => n.startsWith('article.json.corrupt-'))).toBe(true);
    });
  }

  it('article.ydoc damaged and no version yet: rebuilt from article.json', async () => {
    const t = await setUpBackend();
    const { id, folder } = await articleWithText(t, 'Cứu từ JSON', 'đoạn sapo');
    await t.backend.close();
    await fs.writeFile(path.join(folder, 'article.ydoc'), new Uint8Array(500));
    const again = await setUpBackend({ libraryPath: t.libraryPath });
    const opened = await again.call('article:open', { id });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, opened.state);
    expect(readArticle(doc).text).toBe('Cứu từ JSON\n\nđoạn sapo');
    expect(opened.problems[0].params.source).toBe(`${path.basename(folder)}/article.json`);
    // Typing continues on the rebuilt document.
    const editor = new EditorDoc(opened.state);
    expect((await again.call('article:update', { id, update: editor.type(1, ' tiếp') })).wordCount).toBe(6);
  });

  it('an article.ydoc of another article counts as damaged', async () => {
    const t = await setUpBackend();
    const a = await articleWithText(t, 'Bài A', 'a');
    const b = await articleWithText(t, 'Bài B', 'b');
    await t.backend.close();
    await fs.copyFile(path.join(a.folder, 'article.ydoc'), path.join(b.folder, 'article.ydoc'));
    const again = await setUpBackend({ libraryPath: t.libraryPath });
    const opened = await again.call('article:open', { id: b.id });
    expect(opened.summary.headline).toBe('Bài B');
    expect(opened.problems).toHaveLength(1);
  });

  it('nothing recoverable: a clear error naming the article, and the rest of the library works', async () => {
    const t = await setUpBackend();
    const lost = await articleWithText(t, 'Bài mất', 'hết cứu');
    const fine = await articleWithText(t, 'Bài lành', 'vẫn tốt');
    await t.backend.close();
    for (const file of ['article.ydoc', 'article.json']) {
      await fs.writeFile(path.join(lost.folder, file), '');
    }
    const again = await setUpBackend({ libraryPath: t.libraryPath });
    const error = await again.fail('article:open', { id: lost.id });
    expect(error).toEqual({ code: 'article-damaged', params: { article: 'Bài mất', file: `${path.basename(lost.folder)}/article.ydoc` } });
    // Nothing was overwritten: every damaged file was moved aside.
    expect((await filesIn(lost.folder)).filter((n) => n.includes('.corrupt-'))).toHaveLength(2);
    expect((await again.call('article:open', { id: fine.id })).summary.headline).toBe('Bài lành');
    const listing = await again.call('library:list', {});
    expect(listing.articles.map((a) => a.headline).sort()).toEqual(['Bài lành', 'Bài mất']);
  });
});

describe('the library folder disappears while an article is open', () => {
  it('typing continues in memory with a clear error, and saving resumes when it is back', async () => {
    const t = await setUpBackend();
    const { id, editor, folder } = await articleWithText(t, 'Ổ đĩa rút ra', 'trước');
    const aside = `${t.libraryPath}-aside`;
    await fs.rename(t.libraryPath, aside); // unplugged / deleted

    const error = await t.fail('article:update', { id, update: editor.type(1, ' trong lúc mất') });
    expect(error).toEqual({ code: 'library-unavailable', params: { path: t.libraryPath, reason: 'the library folder is missing' } });
    expect((await t.fail('library:list', {})).code).toBe('library-unavailable');
    expect((await t.fail('article:create', {})).code).toBe('library-unavailable');
    // The document in memory still has everything.
    const state = new Y.Doc();
    Y.applyUpdate(state, (await t.call('article:open', { id })).state);
    expect(readArticle(state).text).toBe('Ổ đĩa rút ra\n\ntrước trong lúc mất');

    await fs.rename(aside, t.libraryPath); // plugged back in
    const report = await t.call('article:update', { id, update: editor.type(1, ' và sau') });
    expect(report.wordCount).toBe(10);
    const onDisk = new Y.Doc();
    Y.applyUpdate(onDisk, await fs.readFile(path.join(folder, 'article.ydoc')));
    expect(readArticle(onDisk).text).toBe('Ổ đĩa rút ra\n\ntrước trong lúc mất và sau');
    expect((await t.call('library:list', {})).articles[0].wordCount).toBe(10);
  });

  it('a folder deleted and made again empty: saving resumes by itself (retry), .soan and the lock come back', async () => {
    const t = await setUpBackend({ retryDelayMs: 100 });
    const { id, editor } = await articleWithText(t, 'Thư mục mới', 'x');
    await fs.rm(t.libraryPath, { recursive: true });
    expect((await t.fail('article:update', { id, update: editor.type(1, ' y') })).code).toBe('library-unavailable');
    await fs.mkdir(t.libraryPath);
    await sleep(600); // the retry timer saves without any new keystroke
    const folder = await projectFolderOf(t.libraryPath, id);
    const onDisk = new Y.Doc();
    Y.applyUpdate(onDisk, await fs.readFile(path.join(folder, 'article.ydoc')));
    expect(readArticle(onDisk).headline).toBe('Thư mục mới');
    expect(readArticle(onDisk).text).toContain('x y');
    expect(await filesIn(path.join(t.libraryPath, '.soan'))).toEqual(expect.arrayContaining(['library.json', 'lock']));
  });

  it('quitting while the library is gone leaves a rescue copy of the unsaved text in userData', async () => {
    const t = await setUpBackend();
    const { id, editor } = await articleWithText(t, 'Cứu hộ', 'đã lưu');
    await fs.rename(t.libraryPath, `${t.libraryPath}-gone`);
    expect((await t.fail('article:update', { id, update: editor.type(1, ' chưa lưu') })).code).toBe('library-unavailable');
    await t.backend.close();
    const rescued = await fs.readdir(path.join(t.userDataDir, 'rescue'));
    expect(rescued).toEqual([expect.stringMatching(new RegExp(`^${id}-.*\\.ydoc$`))]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await fs.readFile(path.join(t.userDataDir, 'rescue', rescued[0])));
    expect(readArticle(doc).text).toBe('Cứu hộ\n\nđã lưu chưa lưu');
  });
});
