// A lost article.ydoc is rebuilt from article.json and the article's newest version, so that
// the rebuilt article still merges with the copies on other laptops (no text doubled), and
// nothing typed since that version is lost. No `.bak` copies are kept any more (issue 13: disk).
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
  it('what was typed after the version is kept, and a copy from another laptop still merges without doubled text', async () => {
    const { t, id, editor, folder } = await reporterArticle();
    await t.call('history:save', { id, label: 'Gửi biên tập' });
    // The editor takes a copy (a package, or the sync server) and edits the second paragraph offline.
    const otherLaptop = new EditorDoc(Y.encodeStateAsUpdate(editor.doc));
    otherLaptop.type(4, ' Biên tập viên thêm.'); // 0 headline, 1 sapo, 2 the new article's empty paragraph
    // The reporter goes on writing after the version, then article.ydoc is damaged.
    await t.call('article:update', { id, update: editor.type(3, ' Phóng viên viết thêm.') });
    await t.backend.close();
    await fs.writeFile(path.join(folder, 'article.ydoc'), new Uint8Array(64));

    const again = await setUpBackend({ libraryPath: t.libraryPath });
    const opened = await again.call('article:open', { id });
    const text = 'Cầu Cửa Hội thông xe\n\nSáng nay cầu thông xe.\n\nĐoạn một. Phóng viên viết thêm.\n\nĐoạn hai.';
    const doc = new Y.Doc();
    Y.applyUpdate(doc, opened.state);
    expect(readArticle(doc).text).toBe(text);
    expect(opened.problems).toEqual([
      expect.objectContaining({ code: 'file-recovered', params: expect.objectContaining({ source: `${path.basename(folder)}/article.json` }) }),
    ]);
    // Both people's words, once each: the rebuilt article shares the version's history.
    expect(mergedText(opened.state, otherLaptop.doc)).toBe(
      'Cầu Cửa Hội thông xe\n\nSáng nay cầu thông xe.\n\nĐoạn một. Phóng viên viết thêm.\n\nĐoạn hai. Biên tập viên thêm.',
    );
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
  it('saving keeps no .bak of article.ydoc, article.json or the history index, and removes those an earlier Soạn left', async () => {
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
    expect((await filesIn(path.join(folder, 'history'))).filter((n) => n.endsWith('.bak'))).toEqual([]);
  });
});
