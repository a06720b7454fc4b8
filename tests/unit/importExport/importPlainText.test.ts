import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleBlocks, inlineText } from '../../../electron/contract/article/articleContent';
import type { Figure } from '../../../electron/contract/article/articleContent';
import { importPlainText, importPlainTextFile } from '../../../electron/services/import/importPlainText';
import { ImportError } from '../../../electron/services/import/importError';
import { ImportedArticleSchema } from '../../../electron/services/import/importedArticle';
import { importSample, SAMPLE_BYLINE, SAMPLE_CAPTIONS, SAMPLE_HEADLINE, SAMPLE_PATH, SAMPLE_TOPIC } from './sampleArticle';

function allText(value: unknown): string {
  return JSON.stringify(value);
}

describe('importing the reference sample (plain text)', () => {
  const imported = importSample();
  const { headline, sapo, body, byline } = articleBlocks(imported.doc);
  const figures = body.filter((b): b is Figure => b.type === 'figure');
  const paragraphs = body.filter((b) => b.type === 'paragraph');

  it('passes its own boundary schema', () => {
    expect(ImportedArticleSchema.safeParse(imported).success).toBe(true);
  });

  it('takes the first line as the headline', () => {
    expect(inlineText(headline.content)).toBe(SAMPLE_HEADLINE);
    expect(imported.meta.headline).toBe(SAMPLE_HEADLINE);
    expect(imported.meta.slug).toBe('dot-sinh-hoat-chinh-tri-sau-rong-ve-tu-soi-tu-sua-tai-thanh-pho-ha-tinh');
  });

  it('takes the sapo with its house-style source prefix, and returns the prefix separately', () => {
    const text = inlineText(sapo.content);
    expect(text.startsWith('(Baohatinh.vn) - Đảng bộ Thành phố Hà Tĩnh tổ chức')).toBe(true);
    expect(text.endsWith('“Thành phố Hà Tĩnh làm theo lời Bác”.')).toBe(true);
    expect(imported.meta.sourcePrefix).toBe('(Baohatinh.vn) - ');
    expect(imported.meta.sourceName).toBe('Baohatinh.vn');
  });

  it('finds four figures: alt text = the repeated headline, caption = the next line, photo to be filled in', () => {
    expect(figures).toHaveLength(4);
    figures.forEach((figure, i) => {
      expect(figure.attrs.src).toBeNull();
      expect(figure.attrs.alt).toBe(SAMPLE_HEADLINE);
      expect(inlineText(figure.content[0].content)).toBe(SAMPLE_CAPTIONS[i]);
    });
    const placeholders = imported.warnings.filter((w) => w.code === 'import-figure-placeholder');
    expect(placeholders.map((w) => w.params.index)).toEqual([1, 2, 3, 4]);
  });

  it('keeps the body as paragraphs, in order, with figures between them', () => {
    expect(paragraphs).toHaveLength(12);
    expect(body.map((b) => b.type)).toEqual([
      'paragraph', 'figure', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'figure',
      'paragraph', 'paragraph', 'figure', 'paragraph', 'paragraph', 'figure', 'paragraph', 'paragraph',
    ]);
    expect(inlineText((body[0] as { content?: [] }).content)).toMatch(/^Để đợt sinh hoạt chuyên đề/);
    expect(inlineText((body.at(-1) as { content?: [] }).content)).toMatch(/xây dựng Đảng và hệ thống chính trị\.$/);
  });

  it('ends with the byline, a role standing in for a name', () => {
    expect(byline && inlineText(byline.content)).toBe(SAMPLE_BYLINE);
    expect(imported.doc.content.at(-1)?.type).toBe('byline');
    expect(imported.meta.byline).toEqual([{ role: SAMPLE_BYLINE }]);
  });

  it('reads the topic from the `Chủ đề` line', () => {
    expect(imported.meta.topic).toBe(SAMPLE_TOPIC);
  });

  it('leaves out the site navigation and the `Đọc thêm` heading', () => {
    const docText = allText(imported.doc);
    expect(docText).not.toContain('Tin mới');
    expect(docText).not.toContain('Emagazine');
    expect(docText).not.toContain('Podcast');
    expect(docText).not.toContain('Đọc thêm');
    expect(docText).not.toContain('Chủ đề');
    expect(imported.meta.related).toBeUndefined();
    expect(imported.warnings).toContainEqual({ code: 'import-site-chrome-removed', params: { text: 'Tin mới Emagazine Truyền hình Podcast' } });
  });

  it('keeps all text NFC', () => {
    const json = allText(imported);
    expect(json).toBe(json.normalize('NFC'));
  });

  it('gives the same result for text typed with decomposed (NFD) letters and Windows line ends', () => {
    const nfd = readFileSync(SAMPLE_PATH, 'utf8').normalize('NFD').replace(/\n/g, '\r\n');
    expect(importPlainText(nfd).doc).toEqual(imported.doc);
  });
});

describe('plain-text rules are general, not the sample’s strings', () => {
  const article = [
    'Khánh thành cầu mới ở Cẩm Xuyên',
    '',
    '(NLĐO) – Sáng 5/3, huyện Cẩm Xuyên khánh thành cây cầu mới nối hai xã.',
    'Cây cầu dài 120 m, rộng 9 m, được xây dựng trong 14 tháng.',
    'Khánh thành cầu mới ở Cẩm Xuyên',
    'Người dân đi qua cầu trong ngày khánh thành. (Ảnh: Minh Đức)',
    'Những điểm nổi bật',
    'Công trình có tổng vốn đầu tư 45 tỷ đồng từ ngân sách tỉnh và huyện, hoàn thành trước tiến độ hai tháng.',
    '• Rút ngắn quãng đường 12 km',
    '• Giảm ùn tắc giờ cao điểm',
    'Đọc thêm: Cẩm Xuyên đầu tư hạ tầng giao thông nông thôn',
    'Ông Trần Văn Bình cho biết người dân rất phấn khởi.',
    'Minh Đức - Thu Hà',
    'Từ khóa: giao thông, Cẩm Xuyên',
    'Chuyên mục: Thời sự',
    'Tin liên quan',
    'Hà Tĩnh khởi công ba cây cầu lớn',
    'Trang chủ | Video | Podcast',
  ].join('\n');
  const imported = importPlainText(article);
  const { sapo, body, byline } = articleBlocks(imported.doc);

  it('finds another source prefix (en dash), heading, list, credit, byline names, tags and related links', () => {
    expect(imported.meta.sourcePrefix).toBe('(NLĐO) – ');
    expect(inlineText(sapo.content)).toMatch(/^\(NLĐO\) – Sáng 5\/3/);
    expect(body.map((b) => b.type)).toEqual(['paragraph', 'figure', 'heading', 'paragraph', 'bulletList', 'paragraph']);
    const figure = body[1] as Figure;
    expect(figure.attrs.credit).toBe('Minh Đức');
    expect(inlineText(figure.content[0].content)).toBe('Người dân đi qua cầu trong ngày khánh thành.');
    expect(byline && inlineText(byline.content)).toBe('Minh Đức - Thu Hà');
    expect(imported.meta.byline).toEqual([{ name: 'Minh Đức' }, { name: 'Thu Hà' }]);
    expect(imported.meta.tags).toEqual(['giao thông', 'Cẩm Xuyên']);
    expect(imported.meta.section).toBe('Thời sự');
    expect(imported.meta.related).toEqual([
      { title: 'Cẩm Xuyên đầu tư hạ tầng giao thông nông thôn' },
      { title: 'Hà Tĩnh khởi công ba cây cầu lớn' },
    ]);
    expect(JSON.stringify(imported.doc)).not.toMatch(/Trang chủ|Tin liên quan|Đọc thêm/);
  });

  it('uses the newsroom’s own word lists when given', () => {
    const custom = importPlainText('Tiêu đề bài\nSapo của bài viết.\nThân bài.\nMENU CHÍNH', {
      furniture: { siteChrome: ['Menu chính'] },
    });
    expect(JSON.stringify(custom.doc)).not.toContain('MENU');
  });

  it('keeps a body paragraph that merely starts like furniture', () => {
    const text = 'Tiêu đề\nSapo.\nChủ đề của hội nghị năm nay là chuyển đổi số trong toàn tỉnh.\nĐoạn cuối của bài viết này.';
    const result = importPlainText(text);
    expect(result.meta.topic).toBeUndefined();
    expect(JSON.stringify(result.doc)).toContain('Chủ đề của hội nghị');
  });
});

describe('bad plain-text files get a clear error', () => {
  const failure = (bytes: Uint8Array) => {
    try {
      importPlainTextFile(bytes, 'bai-viet.txt');
    } catch (error) {
      return error;
    }
    throw new Error('expected an error');
  };

  it.each([
    ['an empty file', new Uint8Array(0), 'import-empty-file'],
    ['only blank lines', new TextEncoder().encode('\n  \n\t\n'), 'import-empty-file'],
    ['a PNG renamed .txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]), 'import-not-text'],
    ['a zip (docx) renamed .txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), 'import-not-text'],
    ['Windows-1258 (not UTF-8) text', new Uint8Array([0x48, 0xe0, 0x20, 0x54, 0xde, 0x6e, 0x68]), 'import-not-utf8'],
    ['a file over the size limit', new Uint8Array(6 * 1024 * 1024).fill(0x61), 'import-too-large'],
  ])('%s', (_label, bytes, code) => {
    const error = failure(bytes);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe(code);
    expect((error as ImportError).params.name).toBe('bai-viet.txt');
  });

  it('reads UTF-16 text with a byte-order mark (Notepad “Unicode”)', () => {
    const text = 'Tiêu đề\nSapo của bài.\nThân bài.';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect(importPlainTextFile(utf16, 'x.txt').meta.headline).toBe('Tiêu đề');
  });
});
