// A lost article.ydoc is rebuilt from article.json, the newest content; the article's newest
// version is used instead when it holds the same (its edit history still merges with the
// copies on other laptops, no text doubled) or is newer, and alone when article.json is lost
// too, with a notice saying what is missing. No `.bak` copies are kept any more (issue 13: disk).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { EditorDoc, filesIn, projectFolderOf, setUpBackend } from './support';

async function reporterArticle() {
  const t = await setUpBackend();
  const { id } = await t.call('article:create', { headline: 'Cầu Cửa Hội thông xe' });
  const editor = new EditorDoc((await t.call('article:open', { id })).state);
  await t.call('article:update', { id, update: editor.type(1, 'Sáng nay cầu thông xe.') });
  await t.call('article:update', { id, update: editor.addParagraph('Đoạn một.') });
  await t.call('article:update', { id, update: editor.addParagraph('Đoạn hai.') });
  return { t, id, editor, folder: await projectFolderOf(t.libraryPath, id) };
}

/** The editor's copy of the article, as another laptop has it, merged into what the library opens now. */
function mergedText(opened: Uint8Array, otherLaptop: Y.Doc): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, opened);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(otherLaptop));
  return readArticle(doc).text;
}

describe('article.ydoc lost: rebuilt from article.json and the newest version', () => {
  it('what was typed after the newest version is kept: article.json is the newest content', async () => {
    const { t, id, editor, folder } = await reporterArticle();
    await t.call('history:save', { id, label: 'Gửi biên tập' });
    await t.call('article:update', { id, update: editor.type(3, ' Phóng viên viết thêm.') });
    await t.backend.close();
    await fs.writeFile(path.join(folder, 'article.ydoc'), new Uint8Array(64));

    const again = await setUpBackend({ libraryPath: t.libraryPath });
    const opened = await again.call('article:open', { id });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, opened.state);
    expect(readArticle(doc).text).toBe('Cầu Cửa Hội thông xe\n\nSáng nay cầu thông xe.\n\nĐoạn một. Phóng viên viết thêm.\n\nĐoạn hai.');
    expect(opened.problems).toEqual([
      expect.objectContaining({ code: 'file-recovered', params: expect.objectContaining({ source: `${path.basename(folder)}/article.json` }) }),
    ]);
  });

  it('an article at rest since its last version keeps its edit history: a copy from another laptop still merges without doubled text', async () => {
    const { t, id, editor, folder } = await reporterArticle();
    await t.call('history:save', { id, label: 'Nộp bài' });
    // The editor takes a copy (a package, or the sync server) and edits the second paragraph offline.
    const otherLaptop = new EditorDoc(Y.encodeStateAsUpdate(editor.doc));
    otherLaptop.type(4, ' Biên tập viên thêm.'); // 0 headline, 1 sapo, 2 the new article's empty paragraph
    await t.backend.close();
    await fs.writeFile(path.join(folder, 'article.ydoc'), new Uint8Array(64));

    const again = await setUpBackend({ libraryPath: t.libraryPath });
    const opened = await again.call('article:open', { id });
    expect(opened.problems[0]!.params.source).toMatch(/\/history\/[a-z0-9]+\.yupd$/);
    expect(mergedText(opened.state, otherLaptop.doc)).toBe(
      'Cầu Cửa Hội thông xe\n\nSáng nay cầu thông xe.\n\nĐoạn một.\n\nĐoạn hai. Biên tập viên thêm.',
    );
  });

  it('a version newer than article.json (a crash cut the save short) wins over it', async () => {
    const { t, id, editor, folder } = await reporterArticle();
    const older = await fs.readFile(path.join(folder, 'article.json'));
    await t.call('article:update', { id, update: editor.type(3, ' Viết ngay trước khi lưu bản.') });
    await t.call('history:save', { id, label: 'Bản mới' });
    await t.backend.close();
    await fs.writeFile(path.join(folder, 'article.json'), older);
    await fs.writeFile(path.join(folder, 'article.ydoc'), '');

    const again = await setUpBackend({ libraryPath: t.libraryPath });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await again.call('article:open', { id })).state);
    expect(readArticle(doc).text).toContain('Đoạn một. Viết ngay trước khi lưu bản.');
  });

  it('without a version the article is rebuilt from article.json alone, as before', async () => {
    const { t, id, folder } = await reporterArticle();
    await t.backend.close();
    await fs.writeFile(path.join(folder, 'article.ydoc'), '{');
    const again = await setUpBackend({ libraryPath: t.libraryPath });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await again.call('article:open', { id })).state);
    expect(readArticle(doc).text).toBe('Cầu Cửa Hội thông xe\n\nSáng nay cầu thông xe.\n\nĐoạn một.\n\nĐoạn hai.');
  });

  it('article.ydoc and article.json both lost: the newest version is opened, and the user is told what is missing', async () => {
    const { t, id, editor, folder } = await reporterArticle();
    await t.call('history:save', { id, label: 'Bản nộp' });
    await t.call('article:update', { id, update: editor.type(3, ' Sau bản nộp.') });
    await t.backend.close();
    await fs.writeFile(path.join(folder, 'article.ydoc'), '');
    await fs.writeFile(path.join(folder, 'article.json'), '{"format":');

    const again = await setUpBackend({ libraryPath: t.libraryPath });
    const opened = await again.call('article:open', { id });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, opened.state);
    expect(readArticle(doc).text).toBe('Cầu Cửa Hội thông xe\n\nSáng nay cầu thông xe.\n\nĐoạn một.\n\nĐoạn hai.');
    // The user is told plainly that what came after the version is not there.
    const versionAt = (await again.call('history:list', { id })).at(-1)!.at;
    expect(opened.problems).toContainEqual({
      code: 'article-opened-at-version',
      params: { article: 'Cầu Cửa Hội thông xe', file: `${path.basename(folder)}/article.ydoc`, movedTo: expect.stringContaining('article.ydoc.corrupt-'), at: versionAt },
    });
    expect(opened.problems).toHaveLength(1); // one notice for both files
    // Both files are written again at once, and the damaged ones are kept aside as found.
    const names = await filesIn(folder);
    expect(names.filter((n) => n.includes('.corrupt-'))).toHaveLength(2);
    expect(readArticle(doc).meta.id).toBe(id);
    expect(JSON.parse(await fs.readFile(path.join(folder, 'article.json'), 'utf8')).text).toBe(readArticle(doc).text);
  });

  it('both files merely missing (history/ brought down first by a sync tool): not found, and no old version written over them', async () => {
    const { t, id, folder } = await reporterArticle();
    await t.call('history:save', { id, label: 'Bản đầu' });
    await t.backend.close();
    await fs.rm(path.join(folder, 'article.ydoc'));
    await fs.rm(path.join(folder, 'article.json'));
    const again = await setUpBackend({ libraryPath: t.libraryPath });
    expect((await again.fail('article:open', { id })).code).toBe('article-not-found');
    expect(await filesIn(folder)).not.toContain('article.ydoc');
  });

  it('article.ydoc missing and article.json damaged: the newest version is opened, and the notice says what is missing', async () => {
    const { t, id, editor, folder } = await reporterArticle();
    await t.call('history:save', { id, label: 'Bản đầu' });
    await t.call('article:update', { id, update: editor.type(3, ' Sau bản đầu.') });
    await t.backend.close();
    await fs.rm(path.join(folder, 'article.ydoc'));
    await fs.writeFile(path.join(folder, 'article.json'), '{"format":');
    const again = await setUpBackend({ libraryPath: t.libraryPath });
    const opened = await again.call('article:open', { id });
    expect(opened.problems.map((p) => p.code)).toEqual(['article-opened-at-version']);
    expect(opened.problems[0]!.params.movedTo).toContain('article.json.corrupt-');
  });

  it('a version of another article in history/ is not used', async () => {
    const t = await setUpBackend();
    const a = await reporterArticle();
    const { id } = await t.call('article:create', { headline: 'Bài khác' });
    await t.call('history:save', { id, label: 'x' });
    const other = await projectFolderOf(t.libraryPath, id);
    await a.t.call('history:save', { id: a.id, label: 'y' });
    await a.t.backend.close();
    await t.backend.close();
    await fs.rm(path.join(a.folder, 'history'), { recursive: true });
    await fs.cp(path.join(other, 'history'), path.join(a.folder, 'history'), { recursive: true });
    await fs.writeFile(path.join(a.folder, 'article.ydoc'), '');
    await fs.writeFile(path.join(a.folder, 'article.json'), '');
    const again = await setUpBackend({ libraryPath: a.t.libraryPath });
    expect(await again.fail('article:open', { id: a.id })).toEqual({
      code: 'article-damaged',
      params: { article: expect.any(String), file: `${path.basename(a.folder)}/article.ydoc` },
    });
  });
});

describe('no backup copies on disk', () => {
  it('saving keeps no .bak of article.ydoc or article.json, and removes those an earlier Soạn left', async () => {
    const { t, id, editor, folder } = await reporterArticle();
    await t.call('history:save', { id, label: 'Bản đầu' });
    await t.call('history:save', { id, label: 'Bản hai' });
    await t.backend.close();
    await fs.writeFile(path.join(folder, 'article.ydoc.bak'), 'cũ');
    await fs.writeFile(path.join(folder, 'article.json.bak'), 'cũ');
    const again = await setUpBackend({ libraryPath: t.libraryPath });
    new EditorDoc((await again.call('article:open', { id })).state);
    await again.call('article:update', { id, update: editor.type(1, ' Thêm.') });
    expect((await filesIn(folder)).filter((n) => n.endsWith('.bak'))).toEqual([]);
  });

  it('a backup an earlier Soạn left that cannot be removed (a folder in its place) never fails a save', async () => {
    const { t, id, editor, folder } = await reporterArticle();
    await t.backend.close();
    await fs.mkdir(path.join(folder, 'article.ydoc.bak', 'inside'), { recursive: true });
    const again = await setUpBackend({ libraryPath: t.libraryPath });
    new EditorDoc((await again.call('article:open', { id })).state);
    expect((await again.call('article:update', { id, update: editor.type(1, ' Vẫn lưu.') })).wordCount).toBeGreaterThan(0);
    expect(await again.call('article:close', { id })).toBeNull();
  });

  it('a backup an earlier Soạn left is still a recovery copy until the first save', async () => {
    const { t, id, folder } = await reporterArticle();
    await t.backend.close();
    await fs.copyFile(path.join(folder, 'article.ydoc'), path.join(folder, 'article.ydoc.bak'));
    await fs.writeFile(path.join(folder, 'article.ydoc'), '');
    await fs.writeFile(path.join(folder, 'article.json'), '{');
    const again = await setUpBackend({ libraryPath: t.libraryPath });
    const opened = await again.call('article:open', { id });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, opened.state);
    expect(readArticle(doc).text).toBe('Cầu Cửa Hội thông xe\n\nSáng nay cầu thông xe.\n\nĐoạn một.\n\nĐoạn hai.');
    expect(opened.problems[0]!.params.source).toBe(`${path.basename(folder)}/article.ydoc.bak`);
  });
});
