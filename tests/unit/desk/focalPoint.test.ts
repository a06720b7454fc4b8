// Issue 16, item 1: a figure's focal point and the crops made around it — the rule both the
// Captions panel and the export use, the figure as stored and read, and the exported package.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ArticleDocSchema, type Figure } from '../../../electron/contract/article/articleContent';
import { cropShapes, focalCrop, focalPointOf } from '../../../electron/contract/article/focalCrop';
import { readArticle, readContent } from '../../../electron/contract/article/readArticle';
import type { PmNode } from '../../../electron/contract/article/pmJson';
import { exportHtml } from '../../../electron/services/export/exportHtml';
import { writeJsonToFragment } from '../../../electron/services/article/writeContentToFragment';
import { removeTempDirs, sampleProject, storeMedia, tempDir } from '../importExport/sampleArticle';

afterAll(removeTempDirs);

/** A photo in four coloured quarters (red, green / blue, yellow), so a crop shows where it was cut. */
async function quarteredPhoto(width: number, height: number): Promise<Buffer> {
  const w = width / 2;
  const h = height / 2;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect width="${w}" height="${h}" fill="#ff0000"/><rect x="${w}" width="${w}" height="${h}" fill="#00ff00"/>` +
    `<rect y="${h}" width="${w}" height="${h}" fill="#0000ff"/><rect x="${w}" y="${h}" width="${w}" height="${h}" fill="#ffff00"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 95 }).toBuffer();
}

async function centreColour(bytes: Buffer): Promise<string> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const i = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels;
  const [r, g, b] = [data[i], data[i + 1], data[i + 2]].map((v) => (v > 128 ? 1 : 0));
  return ({ '100': 'red', '010': 'green', '001': 'blue', '110': 'yellow' } as Record<string, string>)[`${r}${g}${b}`] ?? 'mixed';
}

describe('the crop rule', () => {
  it('cuts the largest rectangle of each shape, centred on the focal point', () => {
    const landscape = focalCrop(3000, 2000, { x: 0.5, y: 0.5 }, cropShapes[0]);
    expect(landscape).toEqual({ left: 0, top: 156, width: 3000, height: 1688 });
    const square = focalCrop(3000, 2000, { x: 0.25, y: 0.5 }, cropShapes[1]);
    expect(square).toEqual({ left: 0, top: 0, width: 2000, height: 2000 });
    const portrait = focalCrop(3000, 2000, { x: 0.7, y: 0.5 }, cropShapes[2]);
    expect(portrait).toEqual({ left: 1300, top: 0, width: 1600, height: 2000 });
  });

  it('never leaves the photo, even for a focal point in a corner or a tiny photo', () => {
    for (const focal of [{ x: 0, y: 0 }, { x: 1, y: 1 }, { x: 1, y: 0 }]) {
      for (const shape of cropShapes) {
        for (const [w, h] of [[3000, 2000], [600, 1800], [1, 1], [7, 3]]) {
          const r = focalCrop(w, h, focal, shape);
          expect(r.left).toBeGreaterThanOrEqual(0);
          expect(r.top).toBeGreaterThanOrEqual(0);
          expect(r.left + r.width).toBeLessThanOrEqual(w);
          expect(r.top + r.height).toBeLessThanOrEqual(h);
          expect(r.width).toBeGreaterThan(0);
        }
      }
    }
  });

  it('reads a focal point only when both shares are there and between 0 and 1', () => {
    expect(focalPointOf({ focalX: 0.3333333, focalY: '0.25' })).toEqual({ x: 0.333, y: 0.25 });
    expect(focalPointOf({ focalX: 0.5 })).toBeNull();
    expect(focalPointOf({ focalX: 1.5, focalY: 0.5 })).toBeNull();
    expect(focalPointOf({ focalX: -0.1, focalY: 0.5 })).toBeNull();
    expect(focalPointOf({ focalX: 'giữa', focalY: 0.5 })).toBeNull();
    expect(focalPointOf({ focalX: Number.NaN, focalY: 0.5 })).toBeNull();
    expect(focalPointOf(undefined)).toBeNull();
  });
});

const figureJson = (attrs: Record<string, unknown>): PmNode => ({
  type: 'doc',
  content: [
    { type: 'headline', content: [{ type: 'text', text: 'Tiêu đề' }] },
    { type: 'sapo' },
    { type: 'figure', attrs: { src: null, alt: '', credit: '', ...attrs }, content: [{ type: 'figcaption' }] },
  ],
});

describe('the figure as stored and read', () => {
  it('keeps the focal point in the typed content and the reader', () => {
    const parsed = ArticleDocSchema.parse(figureJson({ focalX: 0.2, focalY: 0.8 }));
    expect((parsed.content[2] as Figure).attrs).toMatchObject({ focalX: 0.2, focalY: 0.8 });
    expect(readContent(figureJson({ focalX: 0.2, focalY: 0.8 })).figures[0].focal).toEqual({ x: 0.2, y: 0.8 });
  });

  it('reads a damaged focal point as none, without failing the article', () => {
    const parsed = ArticleDocSchema.parse(figureJson({ focalX: 7, focalY: null }));
    expect((parsed.content[2] as Figure).attrs).not.toHaveProperty('focalX');
    expect(readContent(figureJson({ focalX: 7, focalY: 'x' })).figures[0].focal).toBeUndefined();
  });

  it('travels in the Y.Doc as figure attributes, and a later change on another copy wins after a merge', () => {
    const doc = new Y.Doc();
    writeJsonToFragment(figureJson({ focalX: 0.1, focalY: 0.1 }), doc.getXmlFragment('article'));
    expect(readArticle(doc).figures[0].focal).toEqual({ x: 0.1, y: 0.1 });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const figure = copy.getXmlFragment('article').get(2) as Y.XmlElement;
    copy.transact(() => {
      figure.setAttribute('focalX', 0.9 as unknown as string);
      figure.setAttribute('focalY', 0.4 as unknown as string);
    });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(copy, Y.encodeStateVector(doc)));
    expect(readArticle(doc).figures[0].focal).toEqual({ x: 0.9, y: 0.4 });
  });
});

describe('the export crops around the focal point', () => {
  it('adds a landscape, a square and a portrait crop that keep the focal point in view', async () => {
    const project = await sampleProject();
    const photo = storeMedia(project.mediaDir, await quarteredPhoto(2400, 1600), 'jpg');
    const json = structuredClone(project.articleJson) as { content: { content: PmNode[] } };
    const figure = json.content.content.filter((n) => n.type === 'figure')[1];
    // In the bottom-right (yellow) quarter.
    figure.attrs = { ...figure.attrs, src: photo, width: 2400, height: 1600, focalX: 0.85, focalY: 0.8 };
    const out = tempDir('focal');
    const result = await exportHtml(json, { mediaDir: project.mediaDir, outDir: out, baseUrl: 'https://baohatinh.vn/bai/tu-soi/' });
    const sha = photo.split('.')[0];
    const crops = result.files.filter((f) => f.startsWith(`images/${sha}-`) && !f.endsWith('-web.jpg'));
    expect(crops).toEqual([`images/${sha}-landscape-850-800.jpg`, `images/${sha}-portrait-850-800.jpg`, `images/${sha}-square-850-800.jpg`]);
    const sizes = await Promise.all(crops.map(async (f) => sharp(readFileSync(join(result.folder, f))).metadata()));
    expect(sizes.map((m) => [m.width, m.height])).toEqual([
      [1600, 900],
      [1080, 1350],
      [1200, 1200],
    ]);
    for (const f of crops) expect(await centreColour(readFileSync(join(result.folder, f)))).toBe('yellow');

    const ninjs = JSON.parse(readFileSync(join(result.folder, 'article.ninjs.json'), 'utf8'));
    const picture = ninjs.associations.find((a: { uri: string }) => a.uri === `urn:soan:media:${sha}`);
    expect(picture.renditions.map((r: { name: string }) => r.name)).toEqual(['original', 'web', 'landscape', 'square', 'portrait']);
    expect(picture.renditions[2]).toMatchObject({ width: 1600, height: 900, href: `https://baohatinh.vn/bai/tu-soi/images/${sha}-landscape-850-800.jpg` });

    const html = readFileSync(join(result.folder, 'index.html'), 'utf8');
    // Sharing shows the landscape crop; search engines get every crop in the JSON-LD.
    expect(html).toContain(`<meta property="og:image" content="https://baohatinh.vn/bai/tu-soi/images/${sha}-landscape-850-800.jpg">`);
    expect(html).toContain('<meta property="og:image:height" content="900">');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]);
    expect(jsonLd.image).toContain(`https://baohatinh.vn/bai/tu-soi/images/${sha}-square-850-800.jpg`);
    // The page itself still shows the whole photo.
    expect(html).toContain(`<img src="images/${sha}-web.jpg" width="1600" height="1067"`);
  });

  it('crops nothing for a figure without a focal point', async () => {
    const project = await sampleProject();
    const result = await exportHtml(project.articleJson, { mediaDir: project.mediaDir, outDir: tempDir('nofocal') });
    expect(result.files.filter((f) => f.startsWith('images/'))).toHaveLength(2);
  });
});
