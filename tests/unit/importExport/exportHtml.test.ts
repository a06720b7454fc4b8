import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportError } from '../../../electron/services/export/exportError';
import { exportHtml } from '../../../electron/services/export/exportHtml';
import type { ExportResult } from '../../../electron/services/export/exportHtml';
import { zipPackage } from '../../../electron/services/export/packageZip';
import { importDocx } from '../../../electron/services/import/importDocx';
import { buildDocx } from './docxFixture';
import { checkHtmlFiles, hasJava, warnLoudly } from './nuHtmlChecker';
import { makePhoto, removeTempDirs, sampleProject, SAMPLE_CAPTIONS, tempDir } from './sampleArticle';
import type { SampleProject } from './sampleArticle';

const NINJS_SCHEMA = JSON.parse(readFileSync(new URL('../../fixtures/importExport/ninjs-schema_3.1.json', import.meta.url), 'utf8'));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

function ninjsValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  // The official schema refers to GeoJSON for places; we never write places, so an
  // object-shaped stand-in keeps validation offline.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  return ajv.compile(NINJS_SCHEMA);
}

// A numbered list with bullets at its second level: the export's nested <ul> inside an <li>.
const lvl = (ilvl: number, format: string, text: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const NESTED_NUMBERING = {
  abstractNums: `<w:abstractNum w:abstractNumId="2">${lvl(0, 'decimal', '%1.')}${lvl(1, 'bullet', '•')}</w:abstractNum>`,
  nums: '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>',
};

let project: SampleProject;
let first: ExportResult;
let second: ExportResult;
let docxExport: ExportResult;

beforeAll(async () => {
  project = await sampleProject();
  first = await exportHtml(project.articleJson, { mediaDir: project.mediaDir, outDir: tempDir('out1'), zip: true });
  second = await exportHtml(structuredClone(project.articleJson), { mediaDir: project.mediaDir, outDir: tempDir('out2'), zip: true });

  // A second article from a .docx: headings, lists, quote, links, a PNG with transparency.
  const png = await sharp({ create: { width: 900, height: 600, channels: 4, background: { r: 20, g: 90, b: 160, alpha: 0.6 } } }).png().toBuffer();
  const imported = await importDocx(
    buildDocx(
      [
        { style: 'Title', runs: ['Hà Tĩnh tổng kết năm 2024 <script>alert("x")</script>'] },
        { runs: ['(Baohatinh.vn) - Sáng nay tỉnh tổ chức hội nghị & trao thưởng.'] },
        { style: 'Heading2', runs: ['Kết quả'] },
        { runs: ['Xem ', { text: 'Cổng thông tin', link: 'https://hatinh.gov.vn/?a=1&b="2"' }, ' và ', { text: 'đậm', bold: true }, '.'] },
        { list: 'bullet', runs: ['Một'] },
        { list: 'number', runs: ['Hai'] },
        { numId: 3, runs: ['Ba'] },
        { numId: 3, level: 1, runs: ['Ba rưỡi'] },
        { numId: 3, runs: ['Bốn'] },
        { image: { rel: 'rIdImage1', alt: 'Ảnh "có" <ngoặc>', cx: 5486400, cy: 3657600 } },
        { style: 'Caption', runs: ['Hội trường. (Ảnh: Thu Hà)'] },
        { style: 'Quote', runs: ['Trích dẫn.'] },
        { runs: ['Thu Hà'] },
      ],
      png,
      NESTED_NUMBERING,
    ),
    'tong-ket.docx',
  );
  const mediaDir = tempDir('docx-media');
  for (const m of imported.media) writeFileSync(join(mediaDir, m.fileName), m.bytes);
  docxExport = await exportHtml(
    {
      id: 'docx00000001',
      slug: imported.meta.slug,
      status: 'draft',
      authors: [],
      createdAt: '2024-12-30T02:00:00.000Z',
      updatedAt: '2024-12-30T09:15:00.000Z',
      meta: { related: [{ title: 'Bài trước', url: 'https://baohatinh.vn/bai-truoc' }] },
      content: imported.doc,
    },
    { mediaDir, outDir: tempDir('docx-out'), baseUrl: 'https://baohatinh.vn/bai/tong-ket/', houseStyle: { siteName: 'Báo Hà Tĩnh' } },
  );
}, 60_000);

afterAll(removeTempDirs);

describe('the exported package', () => {
  it('holds index.html, article.ninjs.json and only the photos the article uses (original + web readable)', () => {
    const sha = project.photo.split('.')[0];
    expect(listFiles(first.folder)).toEqual(['article.ninjs.json', `images/${sha}-web.jpg`, `images/${project.photo}`, 'index.html']);
    expect(first.files).toEqual(listFiles(first.folder));
    expect(readFileSync(join(first.folder, 'images', project.photo)).equals(readFileSync(join(project.mediaDir, project.photo)))).toBe(true);
  });

  it('makes a web readable at most 1600 px wide and gives the img its width and height', async () => {
    const sha = project.photo.split('.')[0];
    const web = await sharp(readFileSync(join(first.folder, 'images', `${sha}-web.jpg`))).metadata();
    expect([web.width, web.height, web.format]).toEqual([1600, 1067, 'jpeg']);
    const html = readFileSync(join(first.folder, 'index.html'), 'utf8');
    expect(html).toContain(`<img src="images/${sha}-web.jpg" width="1600" height="1067" alt=`);
  });

  it('renders photos with transparency as WebP', () => {
    expect(docxExport.files.some((f) => /^images\/[0-9a-f]{64}-web\.webp$/.test(f))).toBe(true);
  });

  it('keeps placeholder figures (no photo yet) with their captions, without an image', () => {
    const html = readFileSync(join(first.folder, 'index.html'), 'utf8');
    expect(html.match(/<figure class="no-photo">/g)).toHaveLength(3);
    expect(html.match(/<img /g)).toHaveLength(1);
    for (const caption of SAMPLE_CAPTIONS) expect(html).toContain(caption.replace(/&/g, '&amp;'));
    expect(html).toContain('<span class="credit">Ảnh: Thu Hà</span>');
    expect(first.preflight.warnings.filter((w) => w.code === 'figure-no-image')).toHaveLength(3);
  });

  it('is semantic: lang, article, h1, lead sapo, figure/figcaption, byline in footer, CSP, JSON-LD, Open Graph', () => {
    const html = readFileSync(join(first.folder, 'index.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toMatch(/<h1>Đợt sinh hoạt chính trị sâu rộng về “tự soi, tự sửa” tại thành phố Hà Tĩnh<\/h1>/);
    expect(html).toMatch(/<p class="sapo">\(Baohatinh\.vn\) - Đảng bộ/);
    expect(html).toMatch(/<footer>\s*<p class="byline">Trưởng ban Tuyên giáo Thành ủy Hà Tĩnh<\/p>\s*<\/footer>/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'sha256-`);
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain('<meta property="og:locale" content="vi_VN">');
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0][1]).toBe(' type="application/ld+json"');
    const jsonLd = JSON.parse(scripts[0][2]);
    expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', inLanguage: 'vi', author: [{ name: 'Trưởng ban Tuyên giáo Thành ủy Hà Tĩnh' }] });
  });

  it('asks for nothing from another host: every src is a file in the package, fonts are embedded', () => {
    for (const result of [first, docxExport]) {
      const html = readFileSync(join(result.folder, 'index.html'), 'utf8');
      const sources = [...html.matchAll(/\s(?:src|srcset|poster|data)="([^"]*)"/g)].map((m) => m[1]);
      for (const src of sources) expect(result.files).toContain(src);
      expect(html).not.toMatch(/url\((?!"data:font\/woff2;base64,)/);
      expect(html).not.toMatch(/<link[^>]+rel="(?:stylesheet|preload|prefetch|preconnect|dns-prefetch|icon)"/);
      expect(html).not.toMatch(/@import/);
    }
  });

  it('escapes text from the article everywhere (headline, alt text, link with quotes)', () => {
    const html = readFileSync(join(docxExport.folder, 'index.html'), 'utf8');
    expect(html).toContain('<h1>Hà Tĩnh tổng kết năm 2024 &lt;script&gt;alert("x")&lt;/script&gt;</h1>');
    expect(html).toContain('alt="Ảnh &quot;có&quot; &lt;ngoặc&gt;"');
    expect(html).toContain('<a href="https://hatinh.gov.vn/?a=1&amp;b=%222%22">Cổng thông tin</a>');
    expect(html).toContain('Sáng nay tỉnh tổ chức hội nghị &amp; trao thưởng.');
    expect(html).toContain('"headline": "Hà Tĩnh tổng kết năm 2024 \\u003cscript\\u003ealert(\\"x\\")\\u003c/script\\u003e"');
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('uses the public address, when given, for canonical, og:url and og:image', () => {
    const html = readFileSync(join(docxExport.folder, 'index.html'), 'utf8');
    expect(html).toContain('<link rel="canonical" href="https://baohatinh.vn/bai/tong-ket/">');
    expect(html).toMatch(/<meta property="og:image" content="https:\/\/baohatinh\.vn\/bai\/tong-ket\/images\/[0-9a-f]{64}-web\.webp">/);
    expect(html).toContain('<meta property="og:site_name" content="Báo Hà Tĩnh">');
  });
});

describe('article.ninjs.json', () => {
  const validate = ninjsValidator();

  it.each([
    ['the sample', () => first],
    ['the .docx article (public address, related link)', () => docxExport],
  ])('is valid IPTC ninjs 3.1 for %s', (_label, result) => {
    const ninjs = JSON.parse(readFileSync(join(result().folder, 'article.ninjs.json'), 'utf8'));
    const valid = validate(ninjs);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is checked by a validator that does reject a broken item', () => {
    expect(validate({ type: 'text' })).toBe(false); // no uri
    expect(validate({ uri: 'urn:x:1', pubStatus: 'draft' })).toBe(false);
    expect(validate({ uri: 'urn:x:1', renditions: [{ name: 'web', href: 'images/a.jpg' }] })).toBe(false); // href not a URI
    expect(validate({ uri: 'urn:x:1', unknownField: 1 })).toBe(false);
  });

  it('carries headline, sapo, byline, topic, bodies and the photos with their renditions', () => {
    const ninjs = JSON.parse(readFileSync(join(first.folder, 'article.ninjs.json'), 'utf8'));
    expect(ninjs.standard).toEqual({ name: 'ninjs', version: '3.1', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#' });
    expect(ninjs.uri).toBe('urn:soan:article:k3x9q2m7p4w8');
    expect(ninjs.headlines[0].value).toBe('Đợt sinh hoạt chính trị sâu rộng về “tự soi, tự sửa” tại thành phố Hà Tĩnh');
    expect(ninjs.descriptions[0].value).toMatch(/^\(Baohatinh\.vn\) - /);
    expect(ninjs.by).toBe('Trưởng ban Tuyên giáo Thành ủy Hà Tĩnh');
    expect(ninjs.subjects[0]).toEqual({ name: 'BẢO VỆ NỀN TẢNG TƯ TƯỞNG CỦA ĐẢNG', rel: 'topic' });
    expect(ninjs.pubStatus).toBe('withheld');
    expect(ninjs.bodies.map((b: { contentType: string }) => b.contentType)).toEqual(['text/plain', 'text/html']);
    expect(ninjs.associations).toHaveLength(4);
    const photo = ninjs.associations[1];
    expect(photo).toMatchObject({ type: 'picture', by: 'Thu Hà', rel: 'figure' });
    expect(photo.renditions.map((r: { name: string; width: number }) => [r.name, r.width])).toEqual([
      ['original', 2400],
      ['web', 1600],
    ]);
  });
});

describe('re-exports', () => {
  it('are byte-identical: same files, same bytes, same zip', () => {
    const a = listFiles(first.folder);
    expect(listFiles(second.folder)).toEqual(a);
    for (const file of a) expect(readFileSync(join(second.folder, file)).equals(readFileSync(join(first.folder, file))), file).toBe(true);
    expect(readFileSync(second.zipPath!).equals(readFileSync(first.zipPath!))).toBe(true);
  });

  it('zip the folder’s files under the package name with the article’s own timestamp, whatever the time zone', () => {
    const entries = unzipSync(readFileSync(first.zipPath!));
    const name = relative(join(first.folder, '..'), first.folder);
    expect(Object.keys(entries)).toEqual(listFiles(first.folder).map((f) => `${name}/${f}`));
    for (const f of listFiles(first.folder)) expect(Buffer.from(entries[`${name}/${f}`]).equals(readFileSync(join(first.folder, f)))).toBe(true);

    const files = [{ path: 'index.html', bytes: new TextEncoder().encode('x') }];
    const zones = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles'];
    const saved = process.env.TZ;
    const zips = zones.map((tz) => {
      process.env.TZ = tz;
      return Buffer.from(zipPackage('p', files, '2022-06-02T03:45:00.000Z'));
    });
    process.env.TZ = saved;
    if (saved === undefined) delete process.env.TZ;
    expect(zips[1].equals(zips[0])).toBe(true);
    expect(zips[2].equals(zips[0])).toBe(true);
  });

  it('replace an earlier export of the same article, and refuse a folder that holds anything else', async () => {
    const out = tempDir('again');
    const firstRun = await exportHtml(project.articleJson, { mediaDir: project.mediaDir, outDir: out });
    writeFileSync(join(firstRun.folder, 'images', 'stale.jpg'), 'old');
    const again = await exportHtml(project.articleJson, { mediaDir: project.mediaDir, outDir: out });
    expect(listFiles(again.folder)).not.toContain('images/stale.jpg');
    expect(readdirSync(out)).toEqual([relative(out, again.folder)]);

    writeFileSync(join(again.folder, 'notes.docx'), 'mine');
    await expect(exportHtml(project.articleJson, { mediaDir: project.mediaDir, outDir: out })).rejects.toMatchObject({
      code: 'export-destination-not-empty',
    });
    expect(readFileSync(join(again.folder, 'notes.docx'), 'utf8')).toBe('mine');
  });
});

describe('export errors are plain codes', () => {
  it('refuses an article with blocking pre-flight issues', async () => {
    const json = structuredClone(project.articleJson) as { content: { content: unknown[] } };
    json.content.content[0] = { type: 'headline' };
    await expect(exportHtml(json, { mediaDir: project.mediaDir, outDir: tempDir('blocked') })).rejects.toMatchObject({
      code: 'export-blocked',
      params: { issues: 'no-headline' },
    });
  });

  it('refuses article.json that is not an article', async () => {
    const error = await exportHtml({ id: 'x', content: { type: 'doc', content: [] } }, { mediaDir: '/nowhere', outDir: tempDir('bad') }).catch((e) => e);
    expect(error).toBeInstanceOf(ExportError);
    expect(error.code).toBe('export-article-invalid');
  });

  it('reports a missing photo, and a photo whose bytes do not match its name', async () => {
    const mediaDir = tempDir('empty-media');
    await expect(exportHtml(project.articleJson, { mediaDir, outDir: tempDir('missing') })).rejects.toMatchObject({
      code: 'export-media-missing',
      params: { file: project.photo },
    });
    mkdirSync(mediaDir, { recursive: true });
    writeFileSync(join(mediaDir, project.photo), await makePhoto(100, 100));
    await expect(exportHtml(project.articleJson, { mediaDir, outDir: tempDir('tampered') })).rejects.toMatchObject({
      code: 'export-media-unreadable',
    });
  });

  it('never lets a figure src name a file outside media/', async () => {
    const json = structuredClone(project.articleJson) as { content: { content: Array<{ type: string; attrs?: { src: string } }> } };
    json.content.content.find((n) => n.type === 'figure')!.attrs!.src = '../../etc/passwd';
    await expect(exportHtml(json, { mediaDir: project.mediaDir, outDir: tempDir('traversal') })).rejects.toMatchObject({
      code: 'export-article-invalid',
    });
  });
});

describe('Nu Html Checker (vnu-jar)', () => {
  const java = hasJava();
  if (!java) warnLoudly('index.html validation with vnu-jar: `java` is not installed (apt-get install default-jre-headless)');

  it('the .docx article’s nested list is exported as a <ul> inside its <li>', () => {
    const html = readFileSync(join(docxExport.folder, 'index.html'), 'utf8').replace(/>\s+</g, '><');
    expect(html).toContain('<li><p>Ba</p><ul><li><p>Ba rưỡi</p></li></ul></li><li><p>Bốn</p></li>');
  });

  it.skipIf(!java)('finds zero errors in the exported index.html files', () => {
    const files = [join(first.folder, 'index.html'), join(docxExport.folder, 'index.html')];
    const messages = checkHtmlFiles(files);
    const errors = messages.filter((m) => m.type !== 'info');
    expect(errors).toEqual([]);
  }, 60_000);
});
