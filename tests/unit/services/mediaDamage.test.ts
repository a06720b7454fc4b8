// Damaged media of an article, found as it opens: media.json is rebuilt from what is still on
// disk, and a damaged or missing image is named by its figure (and copied back when another
// project of the library holds the same picture).
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EditorDoc, corruptions, filesIn, imageFixture, projectFolderOf, setUpBackend } from './support';

const HEADLINE = 'Cầu Cửa Hội thông xe';
const CAPTION = 'Cầu Cửa Hội lúc bình minh.';

/** An article with a captioned figure (photo.png, "cau-cua-hoi.png") and a second image in media/ ("dot.gif"). */
async function articleWithFigure() {
  const t = await setUpBackend();
  const { id } = await t.call('article:create', { headline: HEADLINE });
  const editor = new EditorDoc((await t.call('article:open', { id })).state);
  const png = await t.call('media:import', { articleId: id, fileName: 'cau-cua-hoi.png', bytes: await imageFixture('photo.png') });
  const gif = await t.call('media:import', { articleId: id, fileName: 'dot.gif', bytes: await imageFixture('dot.gif') });
  await t.call('article:update', {
    id,
    update: editor.change((fragment) => {
      const figure = new Y.XmlElement('figure');
      figure.setAttribute('src', png.file);
      figure.setAttribute('alt', 'Cây cầu nhìn từ bờ nam');
      const caption = new Y.XmlElement('figcaption');
      caption.insert(0, [new Y.XmlText(CAPTION)]);
      figure.insert(0, [caption]);
      fragment.insert(fragment.length, [figure]);
    }),
  });
  await t.call('article:close', { id });
  const folder = await projectFolderOf(t.libraryPath, id);
  const mediaJson = path.join(folder, 'media.json');
  const readMedia = async () => JSON.parse(await fs.readFile(mediaJson, 'utf8')).files;
  return { t, id, folder, png, gif, mediaJson, readMedia, image: path.join(folder, 'media', png.file) };
}

const damages = async (good: string): Promise<Record<string, (file: string) => Promise<void>>> => ({
  ...Object.fromEntries(Object.entries(corruptions(good)).map(([kind, bytes]) => [kind, (file: string) => fs.writeFile(file, bytes)])),
  'JSON of the wrong shape': (file) => fs.writeFile(file, '{"files":[1,2,3]}'),
  'a folder in its place': async (file) => {
    await fs.rm(file);
    await fs.mkdir(file);
  },
  'a link to nothing': async (file) => {
    await fs.rm(file);
    await fs.symlink(`${file}.gone`, file);
  },
});

describe('media.json damaged, without its backup', () => {
  it('every kind of damage: moved aside, rebuilt from the image files, and the user is told', async () => {
    const sample = await articleWithFigure();
    for (const [kind, damage] of Object.entries(await damages(await fs.readFile(sample.mediaJson, 'utf8')))) {
      const { t, id, folder, png, gif, mediaJson, readMedia } = await articleWithFigure();
      await damage(mediaJson);
      await fs.rm(`${mediaJson}.bak`);
      const opened = await t.call('article:open', { id });
      // Cut in half, the entries before the cut keep their names (see below); how many depends on where it falls.
      const named = kind === 'cut in half' ? expect.any(Number) : 0;
      expect(opened.problems, kind).toEqual([
        {
          code: 'media-metadata-rebuilt',
          params: { article: HEADLINE, file: expect.stringMatching(/media\.json$/), movedTo: expect.stringMatching(/media\.json\.corrupt-/), images: 2, named },
        },
      ]);
      const files = await readMedia();
      expect(Object.keys(files).sort(), kind).toEqual([png.file, gif.file].sort());
      expect(files[png.file]).toMatchObject({ size: png.size, mime: 'image/png', width: png.width, height: png.height });
      expect((await filesIn(folder)).filter((n) => n.startsWith('media.json.corrupt-')), kind).toHaveLength(1);
      // Told once: what was rebuilt is on disk.
      expect((await t.call('article:open', { id })).problems, kind).toEqual([]);
    }
  });

  it('a file cut short keeps the original names of the entries before the cut', async () => {
    const { t, id, png, mediaJson, readMedia } = await articleWithFigure();
    const text = await fs.readFile(mediaJson, 'utf8');
    await fs.writeFile(mediaJson, text.slice(0, text.indexOf('dot.gif')));
    await fs.rm(`${mediaJson}.bak`);
    await t.call('article:open', { id });
    expect((await readMedia())[png.file].originalName).toBe('cau-cua-hoi.png');
  });

  it('with its backup: recovered from it, names and all', async () => {
    const { t, id, png, gif, mediaJson, readMedia } = await articleWithFigure();
    await fs.writeFile(mediaJson, '');
    const opened = await t.call('article:open', { id });
    expect(opened.problems.map((p) => p.code)).toEqual(['file-recovered']);
    const files = await readMedia();
    expect(files[png.file].originalName).toBe('cau-cua-hoi.png');
    // The backup is one import behind: the newest image is found in media/.
    expect(Object.keys(files).sort()).toEqual([png.file, gif.file].sort());
  });
});

describe("a figure's image damaged", () => {
  it('every kind of damage: moved aside, and the user is told which figure lost its picture', async () => {
    const sample = await articleWithFigure();
    for (const [kind, damage] of Object.entries(await damages('x'.repeat((await fs.stat(sample.image)).size)))) {
      const { t, id, folder, image, png } = await articleWithFigure();
      await damage(image);
      const opened = await t.call('article:open', { id });
      expect(opened.problems, kind).toEqual([
        {
          code: 'media-image-damaged',
          params: { article: HEADLINE, file: expect.stringContaining(png.file), figure: CAPTION, movedTo: expect.stringContaining(`${png.file}.corrupt-`) },
        },
      ]);
      expect((await filesIn(path.join(folder, 'media'))).some((n) => n.startsWith(`${png.file}.corrupt-`)), kind).toBe(true);
      // The text and the figure are untouched: only the picture is gone.
      expect(JSON.stringify(JSON.parse(await fs.readFile(path.join(folder, 'article.json'), 'utf8')).content)).toContain(png.file);
      // Missing from now on, and said so at every opening until a picture is put back.
      expect((await t.call('article:open', { id })).problems, kind).toEqual([
        { code: 'media-image-missing', params: { article: HEADLINE, file: expect.stringContaining(png.file), figure: CAPTION } },
      ]);
    }
  });

  it('copied back from a duplicate of the article that has the same picture', async () => {
    const { t, id, image, png } = await articleWithFigure();
    const copy = await t.call('article:duplicate', { id });
    await fs.writeFile(image, new Uint8Array(png.size));
    const opened = await t.call('article:open', { id });
    expect(opened.problems).toEqual([
      {
        code: 'media-image-recovered',
        params: { article: HEADLINE, file: expect.stringContaining(png.file), figure: CAPTION, source: expect.stringContaining(copy.id) },
      },
    ]);
    expect(createHash('sha256').update(await fs.readFile(image)).digest('hex')).toBe(png.file.split('.')[0]);
    await expect(t.backend.mediaPath(id, png.file)).resolves.toBe(await fs.realpath(image));
  });
});
