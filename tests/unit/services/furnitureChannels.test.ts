// The channels behind the panels, import/export, search and the language desk, through
// dispatch on a real temp library — the sample article end to end.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/services/backend';
import { CheckWorkerPool } from '../../../electron/services/checks/checkWorkerPool';
import { loadLanguageResources } from '../../../electron/services/language/loadLanguageResources';
import { buildDocx } from '../importExport/docxFixture';
import { imageFixture, projectFolderOf, sampleText, setUpBackend, wrapBackend } from './support';
import type { TestBackend } from './support';

const SAMPLE_HEADLINE = 'Đợt sinh hoạt chính trị sâu rộng về “tự soi, tự sửa” tại thành phố Hà Tĩnh';
const encode = (text: string) => new TextEncoder().encode(text);

let t: TestBackend;
let sampleId: string;

beforeAll(async () => {
  t = await setUpBackend({ profileName: 'Lê Thị Biên Tập' });
  await t.call('settings:update', { newsroom: { topics: ['Xây dựng Đảng'] } });
  const report = await t.call('article:import', { fileName: 'baohatinh.txt', bytes: encode(await sampleText()) });
  sampleId = report.summary.id;
});

async function articleJson(id: string) {
  return JSON.parse(await fs.readFile(path.join(await projectFolderOf(t.libraryPath, id), 'article.json'), 'utf8'));
}

describe('article:import', () => {
  it('turns the sample into an article: headline, sapo, four captioned figures, byline, topic', async () => {
    const json = await articleJson(sampleId);
    expect(json.headline).toBe(SAMPLE_HEADLINE);
    expect(json.authors).toEqual(['Lê Thị Biên Tập']);
    type Node = { type: string; text?: string; content?: Node[] };
    const blocks = json.content.content as Node[];
    const text = (node: Node | undefined) => (node?.content ?? []).map((c) => c.text ?? '').join('');
    expect(text(blocks.find((b) => b.type === 'sapo'))).toMatch(/^\(Baohatinh\.vn\) - Đảng bộ Thành phố Hà Tĩnh/);
    const figures = blocks.filter((b) => b.type === 'figure');
    expect(figures).toHaveLength(4);
    expect(figures.map((f) => text(f.content![0]))).toContain('Đảng viên Chi bộ Công an phường Nam Hà tham gia buổi sinh hoạt chuyên đề.');
    expect(figures.every((f) => text(f.content![0]).length > 0)).toBe(true);
    expect(text(blocks.find((b) => b.type === 'byline'))).toBe('Trưởng ban Tuyên giáo Thành ủy Hà Tĩnh');
    expect(json.meta.byline).toEqual([{ role: 'Trưởng ban Tuyên giáo Thành ủy Hà Tĩnh' }]);
    expect(json.meta.topic).toBe('BẢO VỆ NỀN TẢNG TƯ TƯỞNG CỦA ĐẢNG');
    expect(json.text).not.toContain('Emagazine');
  });

  it('stores the photos of a .docx in the project and points the figure at them', async () => {
    const png = await imageFixture('photo.png');
    const docx = buildDocx(
      [
        { style: 'Title', runs: ['Hà Tĩnh tổng kết năm'] },
        { runs: ['(Baohatinh.vn) - Sáng nay, tỉnh tổ chức hội nghị.'] },
        { image: { rel: 'rIdImage1', alt: 'Toàn cảnh hội nghị', cx: 5486400, cy: 3429000 } },
        { style: 'Caption', runs: ['Các đại biểu dự hội nghị.'] },
        { runs: ['Thân bài của bài viết.'] },
      ],
      png,
    );
    const { summary } = await t.call('article:import', { fileName: 'tong-ket.docx', bytes: docx });
    const folder = await projectFolderOf(t.libraryPath, summary.id);
    const json = await articleJson(summary.id);
    const figure = json.content.content.find((b: { type: string }) => b.type === 'figure');
    expect(figure.attrs.src).toMatch(/^[0-9a-f]{64}\.png$/);
    expect((await fs.stat(path.join(folder, 'media', figure.attrs.src))).size).toBe(png.byteLength);
    const media = JSON.parse(await fs.readFile(path.join(folder, 'media.json'), 'utf8'));
    expect(Object.keys(media.files)).toEqual([figure.attrs.src]);
    // The preview points the photo at the project's own file, for the renderer to map.
    const preview = await t.call('article:exportPreview', { id: summary.id });
    expect(preview.html).toContain(`src="soan-media:${figure.attrs.src}"`);
    expect(preview.html).not.toMatch(/images\/[0-9a-f]{64}/);
  });

  it('bad files get their own error codes with the file name', async () => {
    const fail = (fileName: string, bytes: Uint8Array) => t.fail('article:import', { fileName, bytes });
    expect(await fail('bai.docx', encode('not a zip at all'))).toMatchObject({ code: 'import-not-docx', params: { name: 'bai.docx' } });
    expect(await fail('bai.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)]))).toMatchObject({ code: 'import-docx-legacy' });
    expect(await fail('rong.txt', new Uint8Array())).toMatchObject({ code: 'import-empty-file', params: { name: 'rong.txt' } });
    expect(await fail('anh.txt', await imageFixture('photo.png'))).toMatchObject({ code: 'import-not-text' });
    expect(await fail('bai.pdf', encode('%PDF-1.4'))).toMatchObject({ code: 'import-unsupported-type', params: { ext: '.pdf' } });
    expect(await fail('../../etc/bai.rtf', encode('x'))).toMatchObject({ params: { name: 'bai.rtf' } });
  });
});

describe('library:vocabulary', () => {
  it('offers byline roles, topics (controlled ∪ used), sections and other articles', async () => {
    const vocabulary = await t.call('library:vocabulary', {});
    expect(vocabulary.bylineRoles).toContain('Trưởng ban Tuyên giáo Thành ủy Hà Tĩnh');
    expect(vocabulary.topics[0]).toBe('Xây dựng Đảng');
    expect(vocabulary.topics).toContain('BẢO VỆ NỀN TẢNG TƯ TƯỞNG CỦA ĐẢNG');
    expect(vocabulary.sections).toContain('Thời sự');
    expect(vocabulary.articles).toContainEqual({ id: sampleId, headline: SAMPLE_HEADLINE });
  });

  it('learns names and keywords as soon as an article saves, and survives a restart', async () => {
    const r = await setUpBackend();
    const { id } = await r.call('article:create', { headline: 'Bài có tác giả' });
    const { EditorDoc } = await import('./support');
    const opened = await r.call('article:open', { id });
    const editor = new EditorDoc(opened.state);
    await r.call('article:update', {
      id,
      update: editor.change((_f, doc) => {
        doc.getMap('meta').set('byline', [{ name: 'Thu Hà', role: 'Phóng viên' }]);
        doc.getMap('meta').set('tags', ['giáo dục', 'Hà Tĩnh']);
      }),
    });
    expect(await r.call('library:vocabulary', {})).toMatchObject({ bylineNames: ['Thu Hà'], bylineRoles: ['Phóng viên'], keywords: ['giáo dục', 'Hà Tĩnh'] });
    await r.backend.close();
    const again = wrapBackend(createBackend({ userDataDir: r.userDataDir, defaultLibraryPath: r.libraryPath }), r.userDataDir, r.libraryPath);
    expect((await again.call('library:vocabulary', {})).bylineNames).toEqual(['Thu Hà']);
    await again.backend.close();

    // An index written before furniture was kept: the library rescans and learns it again.
    const indexFile = path.join(r.libraryPath, '.soan', 'library.json');
    const index = JSON.parse(await fs.readFile(indexFile, 'utf8'));
    for (const entry of Object.values(index.articles) as Array<Record<string, unknown>>) delete entry.furniture;
    await fs.writeFile(indexFile, JSON.stringify(index));
    const old = wrapBackend(createBackend({ userDataDir: r.userDataDir, defaultLibraryPath: r.libraryPath }), r.userDataDir, r.libraryPath);
    expect((await old.call('library:vocabulary', {})).keywords).toEqual(['giáo dục', 'Hà Tĩnh']);
  });
});

describe('library:search', () => {
  it('folds diacritics, ranks exact diacritics first and names the article', async () => {
    const { id: other } = await t.call('article:create', { headline: 'Ha Tinh không dấu' });
    const folded = await t.call('library:search', { query: 'ha tinh' });
    expect(folded.map((h) => h.id)).toEqual(expect.arrayContaining([sampleId, other]));
    const exact = await t.call('library:search', { query: 'Hà Tĩnh' });
    expect(exact[0].id).toBe(sampleId);
    expect(exact[0].headline).toBe(SAMPLE_HEADLINE);
    const party = await t.call('library:search', { query: 'dang vien' });
    expect(party[0].id).toBe(sampleId);
    const [from, to] = party[0].highlights[0];
    expect(party[0].snippet.slice(from, to).toLowerCase()).toMatch(/đảng|viên/);
    expect(await t.call('library:search', { query: 'Trưởng ban Tuyên giáo' })).toContainEqual(expect.objectContaining({ id: sampleId }));
  });

  it('follows renames and the trash, and is rebuilt when its file is damaged', async () => {
    const r = await setUpBackend();
    const { id } = await r.call('article:create', { headline: 'Lúa xuân Cẩm Xuyên' });
    expect((await r.call('library:search', { query: 'cam xuyen' })).map((h) => h.id)).toEqual([id]);
    await r.call('article:rename', { id, headline: 'Lúa hè thu Kỳ Anh' });
    expect(await r.call('library:search', { query: 'cam xuyen' })).toEqual([]);
    expect((await r.call('library:search', { query: 'ky anh' })).map((h) => h.id)).toEqual([id]);
    const copy = await r.call('article:duplicate', { id });
    expect((await r.call('library:search', { query: 'ky anh' })).map((h) => h.id).sort()).toEqual([id, copy.id].sort());
    await r.call('article:trash', { id: copy.id });
    expect((await r.call('library:search', { query: 'ky anh' })).map((h) => h.id)).toEqual([id]);
    await r.backend.close();

    const file = path.join(r.libraryPath, '.soan', 'search-index.json');
    expect(JSON.parse(await fs.readFile(file, 'utf8')).format).toBe('soan-search-index');
    await fs.writeFile(file, '{"format":"soan-search-ind');
    const again = wrapBackend(createBackend({ userDataDir: r.userDataDir, defaultLibraryPath: r.libraryPath }), r.userDataDir, r.libraryPath);
    expect((await again.call('library:search', { query: 'ky anh' })).map((h) => h.id)).toEqual([id]);
    const { trash } = await again.call('library:list', {});
    const restored = await again.call('trash:restore', { trashId: trash[0].trashId });
    expect((await again.call('library:search', { query: 'ky anh' })).map((h) => h.id).sort()).toEqual([id, restored.id].sort());
  });
});

describe('article:exportPreview and article:export', () => {
  it('previews the page itself without its CSP, with the pre-flight list', async () => {
    const preview = await t.call('article:exportPreview', { id: sampleId });
    expect(preview.html).toMatch(/^<!DOCTYPE html>/);
    expect(preview.html).toContain('<h1');
    expect(preview.html).not.toContain('Content-Security-Policy');
    expect(preview.preflight.ok).toBe(true);
    expect(preview.preflight.warnings).toContainEqual({ code: 'figure-no-image', params: { figure: 1 } });
  });

  it('writes the package into the newsroom export folder, with a zip; again replaces it', async () => {
    const outDir = path.join(path.dirname(t.libraryPath), 'Xuất bản');
    await t.call('settings:update', { newsroom: { exportPath: outDir } });
    const report = await t.call('article:export', { id: sampleId, zip: true });
    expect(path.dirname(report.folder)).toBe(outDir);
    expect(path.basename(report.folder)).toBe(`dot-sinh-hoat-chinh-tri-sau-rong-ve-tu-soi-tu-sua-tai-thanh-pho-ha-tinh-${sampleId}`);
    expect(report.files).toEqual(['article.ninjs.json', 'index.html']);
    const html = await fs.readFile(path.join(report.folder, 'index.html'), 'utf8');
    expect(html).toContain('lang="vi"');
    expect(html).toContain('Content-Security-Policy');
    const zip = unzipSync(new Uint8Array(await fs.readFile(report.zipPath!)));
    expect(Object.keys(zip).some((name) => name.endsWith('/index.html'))).toBe(true);
    const again = await t.call('article:export', { id: sampleId, zip: false });
    expect(again.folder).toBe(report.folder);
    expect(await fs.readFile(path.join(again.folder, 'index.html'), 'utf8')).toBe(html);
  });

  it('blocks an empty article unless the desk gives a reason, which is logged', async () => {
    const { id } = await t.call('article:create', { headline: 'Chỉ có tít' });
    const blocked = await t.fail('article:export', { id, zip: false });
    expect(blocked).toMatchObject({ code: 'export-blocked', params: { issues: 'no-body' } });
    // A reporter's reason is refused: overriding is the desk's call.
    expect(await t.fail('article:export', { id, zip: false, overrideReason: 'Tin khẩn' })).toMatchObject({ code: 'export-override-desk-only' });
    await t.call('settings:update', { profile: { name: 'Lê Thị Biên Tập', role: 'desk' } });
    const report = await t.call('article:export', { id, zip: false, overrideReason: 'Tin khẩn, bổ sung sau' });
    expect(report.preflight.blocking).toEqual([{ code: 'no-body', params: {} }]);
    const json = await articleJson(id);
    expect(json.meta.exports).toEqual([
      expect.objectContaining({ by: 'Lê Thị Biên Tập', folder: path.basename(report.folder), overrideReason: 'Tin khẩn, bổ sung sau' }),
    ]);
  });

  it('an export folder that cannot be made is said plainly', async () => {
    const blocker = path.join(path.dirname(t.libraryPath), 'tep-chan');
    await fs.writeFile(blocker, 'x');
    await t.call('settings:update', { newsroom: { exportPath: path.join(blocker, 'con') } });
    const error = await t.fail('article:export', { id: sampleId, zip: false });
    expect(error.code).toBe('export-destination-unavailable');
    expect(error.params.path).toBe(path.join(blocker, 'con'));
    await t.call('settings:update', { newsroom: { exportPath: '' } });
  });
});

describe('language:check and language:convert', () => {
  it('finds the sample’s inconsistent spellings and its repeated caption, off the main thread', async () => {
    const json = await articleJson(sampleId);
    const kindOf: Record<string, 'headline' | 'sapo' | 'body' | 'caption' | 'byline' | 'heading'> = {
      headline: 'headline',
      sapo: 'sapo',
      paragraph: 'body',
      heading: 'heading',
      byline: 'byline',
    };
    const parts: Array<{ kind: 'headline' | 'sapo' | 'body' | 'caption' | 'byline' | 'heading'; text: string }> = [];
    const text = (n: { content?: Array<{ text?: string; content?: unknown[] }> }) => (n.content ?? []).map((c) => c.text ?? '').join('');
    for (const block of json.content.content) {
      if (block.type === 'figure') parts.push({ kind: 'caption', text: text(block.content[0]) });
      else if (kindOf[block.type]) parts.push({ kind: kindOf[block.type], text: text(block) });
    }
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 1);
    const findings = await t.call('language:check', { parts });
    clearInterval(ticker);
    const rules = new Set(findings.map((f) => f.rule));
    expect(rules).toContain('caption-repeats-body');
    expect(findings.some((f) => f.rule.startsWith('consistent') && f.text.includes('tự soi - tự sửa'))).toBe(true);
    expect(findings.some((f) => f.rule.startsWith('consistent') && /Thành phố Hà Tĩnh|thành phố Hà Tĩnh/.test(f.text))).toBe(true);
    const caption = findings.find((f) => f.rule === 'caption-repeats-body')!;
    expect(caption.partKind).toBe('caption');
    expect(caption.message).toMatch(/Chú thích ảnh/);
    expect(ticks).toBeGreaterThan(0); // the event loop kept turning while the worker checked
  });

  it('speaks the UI language and honours the newsroom dictionary and tone placement', async () => {
    const r = await setUpBackend();
    const parts = [{ kind: 'body' as const, text: 'Chủ tịch Uỷ ban nói xyzq hòa bình.' }];
    const before = await r.call('language:check', { parts });
    expect(before.some((f) => f.rule === 'tone-placement')).toBe(false);
    await r.call('settings:update', { language: 'en', newsroom: { tonePlacement: 'old', dictionary: [] } });
    const after = await r.call('language:check', { parts });
    expect(after.find((f) => f.rule === 'tone-placement')).toMatchObject({ text: 'Uỷ', suggestions: ['Ủy'] });
    expect(after.find((f) => f.rule === 'tone-placement')!.message).toMatch(/house style/);

    await r.call('settings:update', { newsroom: { headlineMaxChars: 20 } });
    const headline = 'Hà Tĩnh tổ chức đợt sinh hoạt chính trị';
    const long = await r.call('language:check', { parts: [{ kind: 'headline', text: headline }] });
    expect(long).toContainEqual(
      expect.objectContaining({ rule: 'length-limit', from: 0, to: headline.length, params: expect.objectContaining({ count: headline.length, limit: 20 }) }),
    );
  });

  it('a check that runs past its time limit is stopped, and the next one works', async () => {
    const r = await setUpBackend({ checkTimeLimitMs: 1 });
    const long = Array.from({ length: 1500 }, () => 'Thành phố Hà Tĩnh tổ chức đợt sinh hoạt chính trị sâu rộng.').join(' ');
    const error = await r.fail('language:check', { parts: [{ kind: 'body', text: long }] });
    expect(error.code).toBe('internal');
    expect(String(error.params.detail)).toMatch(/too long/);

    // The pool itself: after a stopped check, a fresh worker answers the next one.
    const pool = new CheckWorkerPool(() => loadLanguageResources(t.backend.resourcesDir), 1);
    const job = { dictionary: [], tonePlacement: 'either' as const, locale: 'vi' as const };
    await expect(pool.check({ ...job, parts: [{ kind: 'body', text: long }] })).rejects.toMatchObject({ code: 'internal' });
    pool.timeLimitMs = 20_000;
    expect(await pool.check({ ...job, parts: [{ kind: 'body', text: 'Hà Tĩnh .' }] })).toHaveLength(1);
    await pool.close();
  });

  it('converts TCVN3 to Unicode and leaves Unicode alone', async () => {
    expect(await t.call('language:convert', { text: 'Céng hßa x· héi chñ nghÜa ViÖt Nam' })).toEqual({
      text: 'Cộng hòa xã hội chủ nghĩa Việt Nam',
      encoding: 'tcvn3',
      changed: true,
    });
    expect(await t.call('language:convert', { text: 'Cộng hòa xã hội' })).toEqual({ text: 'Cộng hòa xã hội', encoding: 'unicode', changed: false });
  });
});

describe('dialog:chooseFolder', () => {
  it('answers null without a folder picker, and the picker’s answer with one', async () => {
    expect(await t.call('dialog:chooseFolder', { purpose: 'export' })).toBeNull();
    const asked: string[] = [];
    const r = await setUpBackend({ chooseFolder: async (purpose) => (asked.push(purpose), '/srv/chosen') });
    expect(await r.call('dialog:chooseFolder', { purpose: 'library' })).toBe('/srv/chosen');
    expect(asked).toEqual(['library']);
  });
});
