import { readArticle } from '../../../electron/contract/article/readArticle';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { corruptions, EditorDoc, filesIn, imageFixture, projectFolderOf, setUpBackend, sleep } from './support';

const SAMPLE_HEADLINE = 'Đợt sinh hoạt chính trị sâu rộng về “tự soi, tự sửa” tại thành phố Hà Tĩnh';

describe('creating and listing', () => {
  it('creates a project folder named after the headline, listed newest change first', async () => {
    const t = await setUpBackend();
    const first = await t.call('article:create', { headline: SAMPLE_HEADLINE });
    expect(first.id).toMatch(/^[a-z0-9]{10,32}$/);
    expect(first).toMatchObject({
      slug: 'dot-sinh-hoat-chinh-tri-sau-rong-ve-tu-soi-tu-sua-tai-thanh-pho-ha-tinh',
      headline: SAMPLE_HEADLINE,
      status: 'draft',
      authors: ['Nguyễn Thị Phóng Viên'],
      wordCount: 17,
    });
    const folder = await projectFolderOf(t.libraryPath, first.id);
    expect(path.basename(folder)).toBe(`dot-sinh-hoat-chinh-tri-sau-rong-ve-tu-soi-tu-sua-tai-thanh-pho-ha-tinh-${first.id}`);
    expect(await filesIn(folder)).toEqual(['article.json', 'article.ydoc']);

    const untitled = await t.call('article:create', {});
    expect(path.basename(await projectFolderOf(t.libraryPath, untitled.id))).toBe(`bai-viet-${untitled.id}`);
    await sleep(5);
    const editor = new EditorDoc((await t.call('article:open', { id: first.id })).state);
    await t.call('article:update', { id: first.id, update: editor.type(1, 'Mới sửa') });

    const listing = await t.call('library:list', {});
    expect(listing.articles.map((a) => a.id)).toEqual([first.id, untitled.id]);
    expect(listing.articles[0].wordCount).toBe(19);
    expect(listing.articles[0].updatedAt > listing.articles[1].updatedAt).toBe(true);
  });

  it('gives every article its own id', async () => {
    const t = await setUpBackend();
    const ids = await Promise.all(Array.from({ length: 8 }, () => t.call('article:create', { headline: 'Trùng tên' })));
    expect(new Set(ids.map((s) => s.id)).size).toBe(8);
    expect((await t.call('library:list', {})).articles).toHaveLength(8);
  });
});

describe('rename', () => {
  it('changes the headline and the folder, also while the article is open in the editor', async () => {
    const t = await setUpBackend();
    const { id } = await t.call('article:create', { headline: 'Tên cũ' });
    const editor = new EditorDoc((await t.call('article:open', { id })).state);
    await t.call('article:update', { id, update: editor.type(1, 'Sapo đã gõ') });

    const renamed = await t.call('article:rename', { id, headline: 'Tên mới “đẹp”' });
    expect(renamed).toMatchObject({ id, headline: 'Tên mới “đẹp”', slug: 'ten-moi-dep' });
    expect(path.basename(await projectFolderOf(t.libraryPath, id))).toBe(`ten-moi-dep-${id}`);

    // The editor keeps typing; its updates still land in the renamed project.
    await t.call('article:update', { id, update: editor.type(1, ' tiếp') });
    // The editor picks up the new headline by merging the backend's state.
    Y.applyUpdate(editor.doc, (await t.call('article:open', { id })).state);
    expect(readArticle(editor.doc).headline).toBe('Tên mới “đẹp”');
    const folder = await projectFolderOf(t.libraryPath, id);
    const json = JSON.parse(await fs.readFile(path.join(folder, 'article.json'), 'utf8'));
    expect(json.text).toBe('Tên mới “đẹp”\n\nSapo đã gõ tiếp');
    expect((await t.call('library:list', {})).articles[0].headline).toBe('Tên mới “đẹp”');
  });

  it('works on a closed article, and the folder follows a headline typed in the editor on close', async () => {
    const t = await setUpBackend();
    const { id } = await t.call('article:create', {});
    expect((await t.call('article:rename', { id, headline: 'Đặt tên' })).headline).toBe('Đặt tên');
    expect(path.basename(await projectFolderOf(t.libraryPath, id))).toBe(`dat-ten-${id}`);

    const editor = new EditorDoc((await t.call('article:open', { id })).state);
    await t.call('article:update', {
      id,
      update: editor.change((fragment) => {
        const headline = fragment.get(0) as Y.XmlElement;
        headline.delete(0, headline.length);
        headline.insert(0, [new Y.XmlText('Gõ trong trình soạn')]);
      }),
    });
    await t.call('article:close', { id });
    expect(path.basename(await projectFolderOf(t.libraryPath, id))).toBe(`go-trong-trinh-soan-${id}`);
  });
});

describe('duplicate', () => {
  it('copies content and media under a new id with “(bản sao)”', async () => {
    const t = await setUpBackend();
    const { id } = await t.call('article:create', { headline: 'Bản gốc' });
    const editor = new EditorDoc((await t.call('article:open', { id })).state);
    await t.call('article:update', { id, update: editor.type(1, 'Nội dung gốc') });
    const image = await t.call('media:import', { articleId: id, fileName: 'ảnh.png', bytes: await imageFixture('photo.png') });

    const copy = await t.call('article:duplicate', { id });
    expect(copy.id).not.toBe(id);
    expect(copy).toMatchObject({ headline: 'Bản gốc (bản sao)', wordCount: 7 });
    const opened = await t.call('article:open', { id: copy.id });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, opened.state);
    expect(readArticle(doc).text).toBe('Bản gốc (bản sao)\n\nNội dung gốc');
    expect(await t.backend.mediaPath(copy.id, image.file)).toContain(`-${copy.id}`);
    // The original is untouched.
    expect((await t.call('article:open', { id })).summary.headline).toBe('Bản gốc');
    expect((await t.call('library:list', {})).articles).toHaveLength(2);
  });
});

describe('trash', () => {
  it('moves the project into the trash, keeps it whole, and restores it', async () => {
    const t = await setUpBackend();
    const { id } = await t.call('article:create', { headline: 'Sẽ xoá' });
    const keep = await t.call('article:create', { headline: 'Ở lại' });
    const editor = new EditorDoc((await t.call('article:open', { id })).state);
    await t.call('article:update', { id, update: editor.type(1, 'không mất') });
    const folderName = path.basename(await projectFolderOf(t.libraryPath, id));

    expect(await t.call('article:trash', { id })).toBeNull();
    let listing = await t.call('library:list', {});
    expect(listing.articles.map((a) => a.id)).toEqual([keep.id]);
    expect(listing.trash).toEqual([{ trashId: expect.stringMatching(/^[A-Za-z0-9._-]+$/), id, headline: 'Sẽ xoá', trashedAt: expect.any(String) }]);
    const trashId = listing.trash[0].trashId;
    expect(await filesIn(path.join(t.libraryPath, '.soan', 'trash', trashId, folderName))).toEqual(
      expect.arrayContaining(['article.json', 'article.ydoc']),
    );
    expect((await t.fail('article:open', { id })).code).toBe('article-not-found');

    const restored = await t.call('trash:restore', { trashId });
    expect(restored).toMatchObject({ id, headline: 'Sẽ xoá', wordCount: 4 });
    listing = await t.call('library:list', {});
    expect(listing.trash).toEqual([]);
    expect(listing.articles.map((a) => a.id).sort()).toEqual([id, keep.id].sort());
    expect(path.basename(await projectFolderOf(t.libraryPath, id))).toBe(folderName);
    expect((await t.fail('trash:restore', { trashId })).code).toBe('trash-entry-not-found');
  });

  it('restores under a new name when the old one is taken', async () => {
    const t = await setUpBackend();
    const { id } = await t.call('article:create', { headline: 'Hai lần' });
    const folderName = path.basename(await projectFolderOf(t.libraryPath, id));
    await t.call('article:trash', { id });
    const trashId = (await t.call('library:list', {})).trash[0].trashId;
    // Someone put a folder of that name back meanwhile (e.g. from a backup).
    await fs.cp(path.join(t.libraryPath, '.soan', 'trash', trashId, folderName), path.join(t.libraryPath, folderName), { recursive: true });

    const restored = await t.call('trash:restore', { trashId });
    expect(restored.id).not.toBe(id);
    expect(restored.headline).toBe('Hai lần');
    const listing = await t.call('library:list', {});
    expect(listing.articles.map((a) => a.id).sort()).toEqual([id, restored.id].sort());
    expect((await t.call('article:open', { id: restored.id })).summary.id).toBe(restored.id);
  });

  it('trashing an open article saves it first', async () => {
    const t = await setUpBackend({ saveDelayMs: 10_000 });
    const { id } = await t.call('article:create', {});
    const editor = new EditorDoc((await t.call('article:open', { id })).state);
    const pending = t.call('article:update', { id, update: editor.type(0, 'Gõ rồi xoá') });
    await t.call('article:trash', { id });
    await pending;
    const restored = await t.call('trash:restore', { trashId: (await t.call('library:list', {})).trash[0].trashId });
    expect(restored.headline).toBe('Gõ rồi xoá');
  });
});

describe('the library index', () => {
  for (const [kind, bytes] of Object.entries(corruptions(JSON.stringify({ version: 1, articles: {} }, null, 2)))) {
    it(`library.json ${kind}: moved aside and rebuilt by rescanning the project folders`, async () => {
      const t = await setUpBackend();
      const a = await t.call('article:create', { headline: 'Một' });
      const b = await t.call('article:create', { headline: 'Hai' });
      await t.backend.close();
      const index = path.join(t.libraryPath, '.soan', 'library.json');
      await fs.writeFile(index, bytes);
      await fs.rm(`${index}.bak`, { force: true });

      const again = await setUpBackend({ libraryPath: t.libraryPath });
      const listing = await again.call('library:list', {});
      expect(listing.articles.map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
      expect(listing.problems).toEqual([
        { code: 'file-damaged-moved', params: { file: '.soan/library.json', movedTo: expect.stringMatching(/^\.soan\/library\.json\.corrupt-/) } },
      ]);
      expect(JSON.parse(await fs.readFile(index, 'utf8')).articles[a.id].headline).toBe('Một');
    });
  }

  it('a missing library.json is rebuilt without fuss', async () => {
    const t = await setUpBackend();
    const a = await t.call('article:create', { headline: 'Còn đây' });
    await t.backend.close();
    await fs.rm(path.join(t.libraryPath, '.soan'), { recursive: true });
    const again = await setUpBackend({ libraryPath: t.libraryPath });
    expect(await again.call('library:list', {})).toMatchObject({ articles: [{ id: a.id, headline: 'Còn đây' }], problems: [] });
  });

  it('finds project folders copied in by hand, forgets folders removed by hand, and says what it skipped', async () => {
    const source = await setUpBackend();
    const copied = await source.call('article:create', { headline: 'Từ máy khác' });
    await source.backend.close();
    const t = await setUpBackend();
    const gone = await t.call('article:create', { headline: 'Sẽ bị xoá tay' });
    await t.call('library:list', {});

    await fs.cp(await projectFolderOf(source.libraryPath, copied.id), path.join(t.libraryPath, `tu-may-khac-${copied.id}`), { recursive: true });
    await fs.rm(await projectFolderOf(t.libraryPath, gone.id), { recursive: true });
    await fs.mkdir(path.join(t.libraryPath, 'Ảnh chụp')); // someone's own folder: left alone, not a problem
    await fs.mkdir(path.join(t.libraryPath, 'Bài (copy)'));
    await fs.writeFile(path.join(t.libraryPath, 'Bài (copy)', 'article.ydoc'), 'x');
    await fs.mkdir(path.join(t.libraryPath, `hong-${'q'.repeat(12)}`));
    await fs.writeFile(path.join(t.libraryPath, `hong-${'q'.repeat(12)}`, 'article.ydoc'), '{');

    const listing = await t.call('library:list', {});
    expect(listing.articles.map((a) => a.headline)).toEqual(['Từ máy khác']);
    expect(listing.problems).toEqual(
      expect.arrayContaining([
        { code: 'project-skipped', params: { folder: 'Bài (copy)', reason: expect.any(String) } },
        { code: 'project-skipped', params: { folder: `hong-${'q'.repeat(12)}`, reason: expect.any(String) } },
      ]),
    );
    expect(listing.problems.map((p) => p.params.folder)).not.toContain('Ảnh chụp');
    expect((await t.call('article:open', { id: copied.id })).summary.headline).toBe('Từ máy khác');
  });
});
