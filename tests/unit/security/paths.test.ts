// No file name or path from a document, a package or an IPC payload makes Soạn read or write
// outside the article's folder: hostile media names, media lookups, the harness's /media/ and
// asset URLs with encoded traversal, symlinks planted in a project, trash ids. Every test
// compares a snapshot of the folders outside the article before and after.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHarness } from '../../harness/harnessServer';
import { exportHtml } from '../../../electron/services/export/exportHtml';
import { createBackend } from '../../../electron/services/backend';
import { imageFixture, projectFolderOf, setUpBackend, tempFolder, wrapBackend } from '../services/support';
import { treeSnapshot } from './support/treeSnapshot';

const MEDIA_NAME = /^[0-9a-f]{64}\.(?:png|jpg|gif|webp)$/;

/** A library, an article in it, and an `outside` folder beside the library holding a secret. */
async function setting() {
  const root = await tempFolder('soan-paths-');
  const outside = path.join(root, 'outside');
  await fs.mkdir(outside);
  await fs.writeFile(path.join(outside, 'secret.txt'), 'bí mật của tòa soạn');
  await fs.writeFile(path.join(outside, 'photo.png'), await imageFixture('photo.png'));
  const t = await setUpBackend({ libraryPath: path.join(root, 'library'), userDataDir: path.join(root, 'userData') });
  const { id } = await t.call('article:create', { headline: 'Bài có ảnh' });
  const folder = await projectFolderOf(t.libraryPath, id);
  // Everything but the article's own folder (and the library's index, which lists it).
  const skip = (rel: string) => rel.startsWith(path.relative(root, folder)) || rel.startsWith(path.join('library', '.soan'));
  /** Snapshot now; the returned check fails if anything outside changed (bar `allowed` new folders). */
  const watchOutside = async () => {
    const before = await treeSnapshot(root, skip);
    return async (allowed: string[] = []) => {
      const isAllowed = (rel: string) => skip(rel) || allowed.some((a) => rel.startsWith(path.relative(root, a)));
      expect(await treeSnapshot(root, isAllowed)).toEqual(before.filter((line) => !isAllowed(line)));
    };
  };
  return { root, outside, t, id, folder, watchOutside };
}

const hostileNames = [
  '../../outside/pwn.png',
  '../../../../../../tmp/pwn.png',
  '/tmp/pwn.png',
  '/etc/passwd',
  'C:\\Windows\\System32\\pwn.png',
  'C:pwn.png',
  '\\\\server\\share\\pwn.png',
  '..\\..\\outside\\pwn.png',
  '..',
  '.',
  '',
  'ảnh\u0000.png',
  'ảnh.png\u0000../../outside/x',
  '\u202Egnp.exe',
  '．．／．．／outside／pwn.png',
  '‥/‥/outside/pwn.png',
  '%2e%2e%2f%2e%2e%2foutside%2fpwn.png',
  'CON',
  'nul.png',
  'a'.repeat(255),
  `${'ả'.repeat(200)}.png`,
  'media.json',
  'article.ydoc',
  '.soan',
];

describe('media:import names', () => {
  it('no name puts or reads a file outside the project’s media folder', async () => {
    const { t, id, folder, watchOutside } = await setting();
    const outsideUnchanged = await watchOutside();
    const png = await imageFixture('photo.png');
    for (const fileName of hostileNames) {
      const result = await t.backend.dispatch('media:import', { articleId: id, fileName, bytes: png });
      if (!result.ok) {
        expect(result.error.code, fileName).toBe('invalid-request');
        continue;
      }
      const info = result.value as { file: string; originalName: string };
      expect(info.file).toMatch(MEDIA_NAME);
      expect(info.originalName, JSON.stringify(fileName)).not.toMatch(/[/\\\u0000-\u001f\u202e]/);
    }
    // Over-long names are refused before anything is written.
    const long = await t.backend.dispatch('media:import', { articleId: id, fileName: 'a'.repeat(256), bytes: png });
    expect(long.ok).toBe(false);
    expect((await fs.readdir(path.join(folder, 'media'))).every((n) => MEDIA_NAME.test(n))).toBe(true);
    await outsideUnchanged();
  });

  it('hostile article ids are refused before any path is made from them', async () => {
    const { t, watchOutside } = await setting();
    const outsideUnchanged = await watchOutside();
    const png = await imageFixture('photo.png');
    for (const articleId of ['../outside', '..', '/etc', 'C:\\x', 'abc/../../x', 'ABCDEFGHIJKL', 'a'.repeat(33), 'zzzzzzzzzzzz']) {
      const result = await t.backend.dispatch('media:import', { articleId, fileName: 'a.png', bytes: png });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(['invalid-request', 'article-not-found']).toContain(result.error.code);
    }
    await outsideUnchanged();
  });
});

describe('symlinks planted in a project', () => {
  it('a media folder that links outside: import writes nothing there, lookups refuse it', async () => {
    const { t, id, folder, outside, watchOutside } = await setting();
    await fs.rm(path.join(folder, 'media'), { recursive: true, force: true });
    await fs.symlink(outside, path.join(folder, 'media'));
    const outsideUnchanged = await watchOutside();
    const result = await t.backend.dispatch('media:import', { articleId: id, fileName: 'a.png', bytes: await imageFixture('dot.gif') });
    expect(result.ok).toBe(false);
    const sha = createHash('sha256').update(await fs.readFile(path.join(outside, 'photo.png'))).digest('hex');
    await expect(t.backend.mediaPath(id, `${sha}.png`)).rejects.toMatchObject({ code: 'media-missing' });
    await outsideUnchanged();
  });

  it('a media file that links outside is neither served nor exported', async () => {
    const { t, id, folder, outside, watchOutside } = await setting();
    const bytes = await fs.readFile(path.join(outside, 'photo.png'));
    const name = `${createHash('sha256').update(bytes).digest('hex')}.png`;
    await fs.mkdir(path.join(folder, 'media'), { recursive: true });
    await fs.symlink(path.join(outside, 'photo.png'), path.join(folder, 'media', name));
    const outsideUnchanged = await watchOutside();
    await expect(t.backend.mediaPath(id, name)).rejects.toMatchObject({ code: 'media-missing' });

    const article = {
      id,
      slug: 'bai-co-anh',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      content: {
        type: 'doc',
        content: [
          { type: 'headline', content: [{ type: 'text', text: 'Bài có ảnh' }] },
          { type: 'sapo', content: [{ type: 'text', text: 'Sapo.' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Thân bài.' }] },
          { type: 'figure', attrs: { src: name, alt: 'ảnh', credit: 'x', width: 10, height: 10 }, content: [{ type: 'figcaption' }] },
        ],
      },
    };
    const outDir = await tempFolder('soan-paths-export-');
    await expect(exportHtml(article, { mediaDir: path.join(folder, 'media'), outDir, embedFonts: false })).rejects.toMatchObject({ code: 'export-media-missing' });
    await outsideUnchanged();
  });

  it('a duplicated article does not carry a planted link along', async () => {
    const { t, id, folder, outside, watchOutside } = await setting();
    await fs.mkdir(path.join(folder, 'media'), { recursive: true });
    await fs.symlink(path.join(outside, 'secret.txt'), path.join(folder, 'media', 'secret.txt'));
    const outsideUnchanged = await watchOutside();
    const copy = await t.call('article:duplicate', { id });
    const copyFolder = await projectFolderOf(t.libraryPath, copy.id);
    const copied = await fs.readdir(path.join(copyFolder, 'media')).catch(() => []);
    expect(copied).not.toContain('secret.txt');
    await outsideUnchanged([copyFolder]);
  });
});

describe('the library index', () => {
  it('a library.json naming folders outside the library is not followed', async () => {
    const { t, id, root, outside, folder } = await setting();
    await t.call('article:close', { id });
    await t.backend.close();
    const indexFile = path.join(t.libraryPath, '.soan', 'library.json');
    const index = JSON.parse(await fs.readFile(indexFile, 'utf8'));
    const planted = path.join(outside, path.basename(folder));
    await fs.cp(folder, planted, { recursive: true });
    for (const target of [`../outside/${path.basename(folder)}`, planted, `..\\outside\\${path.basename(folder)}`]) {
      index.articles[id].folder = target;
      await fs.writeFile(indexFile, JSON.stringify(index));
      const before = await treeSnapshot(outside);
      const again = wrapBackend(createBackend({ userDataDir: path.join(root, 'userData'), defaultLibraryPath: t.libraryPath }), path.join(root, 'userData'), t.libraryPath);
      await again.call('library:list', {}); // as the renderer does first: the rescan finds the real folder
      await again.call('article:open', { id });
      await again.call('article:rename', { id, headline: 'Đổi tên sau khi mở' });
      await again.call('article:close', { id });
      await again.backend.close();
      expect(await treeSnapshot(outside), target).toEqual(before);
    }
  });
});

describe('trash ids', () => {
  it('no trash id reaches outside the trash', async () => {
    const { t, root, watchOutside } = await setting();
    // A folder shaped like a trash entry, outside the library.
    await fs.mkdir(path.join(root, 'outside', 'bai-viet-aaaaaaaaaaaa'), { recursive: true });
    const outsideUnchanged = await watchOutside();
    for (const trashId of ['..', '.', '../..', '../../outside', '/etc', '..\\..', 'C:\\', '%2e%2e', 'a/../..', '...', '....', 'x'.repeat(201), '', '\u0000']) {
      const result = await t.backend.dispatch('trash:restore', { trashId });
      expect(result.ok, JSON.stringify(trashId)).toBe(false);
      if (!result.ok) expect(['invalid-request', 'trash-entry-not-found']).toContain(result.error.code);
    }
    await outsideUnchanged();
  });
});

describe('the harness’s URLs', () => {
  it('encoded traversal in /media/ and asset URLs finds nothing outside', async () => {
    const root = await tempFolder('soan-paths-harness-');
    const harness = await startHarness({ userDataDir: path.join(root, 'userData'), defaultLibraryPath: path.join(root, 'library') });
    try {
      await harness.backend.dispatch('settings:update', { profile: { name: 'Phóng viên', role: 'reporter' } });
      const { value } = (await harness.backend.dispatch('article:create', { headline: 'Bài' })) as { value: { id: string } };
      const id = value.id;
      const png = await imageFixture('photo.png');
      const media = (await harness.backend.dispatch('media:import', { articleId: id, fileName: 'a.png', bytes: png })) as { ok: true; value: { file: string } };
      const good = `/media/${id}/${media.value.file}?token=${harness.token}`;
      expect((await fetch(harness.origin + good)).status).toBe(200);

      const tries = [
        `/media/${id}/..%2farticle.json`,
        `/media/${id}/..%2F..%2F..%2FuserData%2Fsettings.json`,
        `/media/${id}/%2e%2e%2f%2e%2e%2f.soan%2flibrary.json`,
        `/media/${id}/%252e%252e%252farticle.json`,
        `/media/${id}/..%5c..%5carticle.json`,
        `/media/${id}/${media.value.file}%00.html`,
        `/media/..%2f${id}/${media.value.file}`,
        `/media/${id}/%2fetc%2fpasswd`,
        `/media/${id}/C:%5cWindows%5cwin.ini`,
        `/media/${id}/${media.value.file}/..`,
        `/media/${id}/../../userData/settings.json`,
        `/..%2f..%2fpackage.json`,
        `/assets/..%2f..%2f..%2fpackage.json`,
        `/%2e%2e/%2e%2e/package.json`,
        `/..%5c..%5cpackage.json`,
        `/%c0%ae%c0%ae/%c0%ae%c0%ae/package.json`,
        `/index.html%00.png`,
      ];
      for (const url of tries) {
        const response = await fetch(`${harness.origin}${url}${url.includes('?') ? '&' : '?'}token=${harness.token}`);
        const body = await response.text();
        expect(response.status, url).toBe(404);
        expect(body, url).not.toMatch(/"profile"|soan-article|"name": "soan"|root:/);
      }
    } finally {
      await harness.close();
    }
  });
});
