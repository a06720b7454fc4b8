import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectImage } from '../../../electron/services/media/imageFormat';
import { sanitizeOriginalName } from '../../../electron/services/media/mediaStore';
import { filesIn, imageFixture, projectFolderOf, setUpBackend, tempFolder } from './support';

const fixtures = [
  { name: 'photo.png', mime: 'image/png', ext: 'png', width: 12, height: 8 },
  { name: 'photo.jpg', mime: 'image/jpeg', ext: 'jpg', width: 12, height: 8 },
  { name: 'photo.webp', mime: 'image/webp', ext: 'webp', width: 12, height: 8 },
  { name: 'dot.gif', mime: 'image/gif', ext: 'gif', width: 1, height: 1 },
];

async function articleForMedia() {
  const t = await setUpBackend();
  const { id } = await t.call('article:create', { headline: 'Có ảnh' });
  return { t, id, folder: await projectFolderOf(t.libraryPath, id) };
}

describe('importing images', () => {
  for (const f of fixtures) {
    it(`stores a ${f.ext.toUpperCase()} under its content hash, with its size and original name`, async () => {
      const { t, id, folder } = await articleForMedia();
      const bytes = await imageFixture(f.name);
      const sha = createHash('sha256').update(bytes).digest('hex');
      // The name lies about the type: only the bytes count.
      const info = await t.call('media:import', { articleId: id, fileName: 'Ảnh Hà Tĩnh.bin', bytes });
      expect(info).toEqual({ file: `${sha}.${f.ext}`, mime: f.mime, width: f.width, height: f.height, size: bytes.length, originalName: 'Ảnh Hà Tĩnh.bin' });
      expect(new Uint8Array(await fs.readFile(path.join(folder, 'media', info.file)))).toEqual(bytes);
      const meta = JSON.parse(await fs.readFile(path.join(folder, 'media.json'), 'utf8'));
      expect(meta.files[info.file]).toMatchObject({ size: bytes.length, mime: f.mime, originalName: 'Ảnh Hà Tĩnh.bin', importedAt: expect.any(String) });
      expect(await t.backend.mediaPath(id, info.file)).toBe(await fs.realpath(path.join(folder, 'media', info.file)));
    });
  }

  it('importing the same image twice keeps one file', async () => {
    const { t, id, folder } = await articleForMedia();
    const bytes = await imageFixture('photo.png');
    const a = await t.call('media:import', { articleId: id, fileName: 'a.png', bytes });
    const b = await t.call('media:import', { articleId: id, fileName: 'b.png', bytes });
    expect(a.file).toBe(b.file);
    expect(await filesIn(path.join(folder, 'media'))).toEqual([a.file]);
  });

  it('several imports at once all land in media.json', async () => {
    const { t, id, folder } = await articleForMedia();
    const infos = await Promise.all(fixtures.map(async (f) => t.call('media:import', { articleId: id, fileName: f.name, bytes: await imageFixture(f.name) })));
    const meta = JSON.parse(await fs.readFile(path.join(folder, 'media.json'), 'utf8'));
    expect(Object.keys(meta.files).sort()).toEqual(infos.map((i) => i.file).sort());
  });

  it('cleans the original name: no folders, no control characters, NFC', async () => {
    expect(sanitizeOriginalName('C:\\Users\\x\\Ảnh.jpg', 'jpg')).toBe('Ảnh.jpg');
    expect(sanitizeOriginalName('../../etc/passwd', 'png')).toBe('passwd');
    expect(sanitizeOriginalName('a\u0000b\u202Egnp.exe', 'png')).toBe('abgnp.exe');
    expect(sanitizeOriginalName('Hà'.normalize('NFD'), 'png')).toBe('Hà'.normalize('NFC'));
    expect(sanitizeOriginalName('  ', 'gif')).toBe('image.gif');
  });
});

describe('files that are not images', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>';
  const notImages: Record<string, () => Promise<Uint8Array>> = {
    'an SVG (scripts inside)': async () => new TextEncoder().encode(svg),
    'an SVG named .png': async () => new TextEncoder().encode(`<?xml version="1.0"?>${svg}`),
    'a text file named .jpg': async () => new TextEncoder().encode('Đây không phải ảnh'),
    'an empty file': async () => new Uint8Array(),
    'a PDF': async () => new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'),
    'a PNG cut in half': async () => (await imageFixture('photo.png')).slice(0, 100),
    'a JPEG cut short': async () => (await imageFixture('photo.jpg')).slice(0, 300),
    'a JPEG header and nothing else': async () => (await imageFixture('photo.jpg')).slice(0, 4),
    'a WebP cut short': async () => (await imageFixture('photo.webp')).slice(0, 200),
    'a GIF without its end': async () => (await imageFixture('dot.gif')).slice(0, 30),
    'a PNG signature followed by garbage': async () => {
      const garbage = crypto.getRandomValues(new Uint8Array(300));
      garbage.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      return garbage;
    },
  };
  for (const [what, make] of Object.entries(notImages)) {
    it(`refuses ${what} and stores nothing`, async () => {
      const { t, id, folder } = await articleForMedia();
      const error = await t.fail('media:import', { articleId: id, fileName: 'ảnh.png', bytes: await make() });
      expect(error).toEqual({ code: 'media-not-image', params: { name: 'ảnh.png' } });
      expect(await filesIn(folder)).toEqual(['article.json', 'article.ydoc']);
    });
  }

  it('inspectImage agrees on the fixtures', async () => {
    for (const f of fixtures) expect(inspectImage(await imageFixture(f.name))).toMatchObject({ ext: f.ext, width: f.width });
  });
});

describe('mediaPath: only files inside the project’s media folder', () => {
  it('refuses traversal, absolute paths, odd names and links that lead out', async () => {
    const { t, id, folder } = await articleForMedia();
    const png = await t.call('media:import', { articleId: id, fileName: 'a.png', bytes: await imageFixture('photo.png') });
    const outside = path.join(await tempFolder(), 'secret.png');
    await fs.writeFile(outside, 'secret');
    const linkName = `${'b'.repeat(64)}.png`;
    await fs.symlink(outside, path.join(folder, 'media', linkName));
    const dirLinkName = `${'c'.repeat(64)}.png`;
    await fs.symlink(path.dirname(outside), path.join(folder, 'media', dirLinkName));

    const attempts = [
      '../article.json',
      '../../.soan/library.json',
      `../media/${png.file}`,
      `/etc/passwd`,
      path.join(folder, 'media', png.file),
      `C:\\Windows\\win.ini`,
      `C:${png.file}`,
      `${png.file}\u0000.txt`,
      `${png.file.slice(0, -4)}.svg`,
      png.file.toUpperCase(),
      `${'a'.repeat(5000)}.png`,
      `${png.file}/`,
      linkName,
      dirLinkName,
      `${'d'.repeat(64)}.png`, // well-formed but missing
      '',
    ];
    for (const file of attempts) {
      await expect(t.backend.mediaPath(id, file), JSON.stringify(file).slice(0, 80)).rejects.toMatchObject({ code: 'media-missing' });
    }
    for (const articleId of ['../x', 'zzzzzzzzzz99', '']) {
      await expect(t.backend.mediaPath(articleId, png.file)).rejects.toMatchObject({ code: 'media-missing' });
    }
    expect(await t.backend.mediaPath(id, png.file)).toBe(await fs.realpath(path.join(folder, 'media', png.file)));
  });

  it('a media folder that is a link out of the project is refused', async () => {
    const { t, id, folder } = await articleForMedia();
    const png = await t.call('media:import', { articleId: id, fileName: 'a.png', bytes: await imageFixture('photo.png') });
    const elsewhere = await tempFolder();
    await fs.rename(path.join(folder, 'media'), path.join(elsewhere, 'media'));
    await fs.symlink(path.join(elsewhere, 'media'), path.join(folder, 'media'));
    await expect(t.backend.mediaPath(id, png.file)).rejects.toMatchObject({ code: 'media-missing' });
  });

  it('a deleted media file is reported missing, not a crash', async () => {
    const { t, id, folder } = await articleForMedia();
    const png = await t.call('media:import', { articleId: id, fileName: 'a.png', bytes: await imageFixture('photo.png') });
    await fs.rm(path.join(folder, 'media', png.file));
    await expect(t.backend.mediaPath(id, png.file)).rejects.toMatchObject({ code: 'media-missing', params: { file: png.file } });
  });

  it('a damaged media.json is moved aside and rebuilt from the files', async () => {
    const { t, id, folder } = await articleForMedia();
    const png = await t.call('media:import', { articleId: id, fileName: 'a.png', bytes: await imageFixture('photo.png') });
    await fs.writeFile(path.join(folder, 'media.json'), '{');
    await fs.rm(path.join(folder, 'media.json.bak'), { force: true });
    const gif = await t.call('media:import', { articleId: id, fileName: 'b.gif', bytes: await imageFixture('dot.gif') });
    const meta = JSON.parse(await fs.readFile(path.join(folder, 'media.json'), 'utf8'));
    expect(Object.keys(meta.files).sort()).toEqual([png.file, gif.file].sort());
    expect((await filesIn(folder)).some((n) => n.startsWith('media.json.corrupt-'))).toBe(true);
    expect((await t.call('library:list', {})).problems).toContainEqual(
      // Issue 15: the message says what was rebuilt (it used to say "nothing to recover from").
      expect.objectContaining({ code: 'media-metadata-rebuilt', params: expect.objectContaining({ article: 'Có ảnh', images: 2 }) }),
    );
  });
});
