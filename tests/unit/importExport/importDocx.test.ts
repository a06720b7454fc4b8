import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleBlocks, inlineText } from '../../../electron/contract/article/articleContent';
import type { Figure } from '../../../electron/contract/article/articleContent';
import { importArticleBytes } from '../../../electron/services/handlers/importHandler';
import { importDocx } from '../../../electron/services/import/importDocx';
import { ImportError } from '../../../electron/services/import/importError';
import { ImportedArticleSchema } from '../../../electron/services/import/importedArticle';
import type { ImportedArticle } from '../../../electron/services/import/importedArticle';
import { buildDocx } from './docxFixture';
import { makePhoto } from './sampleArticle';

const LONG_PARAGRAPH =
  'Hội nghị cũng đánh giá những khó khăn, hạn chế trong năm qua và thống nhất các giải pháp trọng tâm cho năm tới, trong đó ưu tiên hạ tầng giao thông, chuyển đổi số và chăm lo đời sống người dân.';

let png: Buffer;
let imported: ImportedArticle;

beforeAll(async () => {
  png = await makePhoto(640, 400, 'png');
  const docx = buildDocx(
    [
      { style: 'Title', runs: ['Hà Tĩnh tổng kết năm 2024'] },
      { runs: ['(Baohatinh.vn) - Sáng nay, tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác năm.'] },
      { style: 'Heading2', runs: ['Kết quả nổi bật'] },
      {
        runs: [
          'Tăng trưởng ',
          { text: '7,5%', bold: true },
          ', ',
          { text: 'cao nhất', italic: true },
          ' từ trước đến nay (xem ',
          { text: 'Cổng thông tin tỉnh', link: 'https://hatinh.gov.vn/' },
          ', ',
          { text: 'bản cũ', link: 'javascript:alert(1)' },
          ').',
        ],
      },
      { list: 'bullet', runs: ['Giao thông'] },
      { list: 'bullet', runs: ['Giáo dục'] },
      { list: 'number', runs: ['Quý I'] },
      { list: 'number', runs: ['Quý II'] },
      { image: { rel: 'rIdImage1', alt: 'Toàn cảnh hội nghị', cx: 5486400, cy: 3429000 } },
      { style: 'Caption', runs: ['Các đại biểu dự hội nghị tổng kết. (Ảnh: Thu Hà)'] },
      { style: 'Quote', runs: ['Năm tới phải làm tốt hơn.'] },
      { runs: [LONG_PARAGRAPH] },
      { runs: ['Thu Hà'] },
    ],
    png,
  );
  imported = await importDocx(docx, 'tong-ket.docx');
});

describe('importing a Word .docx', () => {
  it('passes its own boundary schema', () => {
    expect(ImportedArticleSchema.safeParse(imported).success).toBe(true);
  });

  it('takes the Title as headline, the next paragraph as sapo (with its source prefix), the closing name as byline', () => {
    const { headline, sapo, byline } = articleBlocks(imported.doc);
    expect(inlineText(headline.content)).toBe('Hà Tĩnh tổng kết năm 2024');
    expect(inlineText(sapo.content)).toMatch(/^\(Baohatinh\.vn\) - Sáng nay/);
    expect(imported.meta.sourcePrefix).toBe('(Baohatinh.vn) - ');
    expect(byline && inlineText(byline.content)).toBe('Thu Hà');
    expect(imported.meta.byline).toEqual([{ name: 'Thu Hà' }]);
  });

  it('keeps headings, lists, quotes, bold, italic and safe links; drops the javascript: link', () => {
    const { body } = articleBlocks(imported.doc);
    expect(body.map((b) => b.type)).toEqual(['heading', 'paragraph', 'bulletList', 'orderedList', 'figure', 'blockquote', 'paragraph']);
    expect(body[1]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Tăng trưởng ' },
        { type: 'text', text: '7,5%', marks: [{ type: 'bold' }] },
        { type: 'text', text: ', ' },
        { type: 'text', text: 'cao nhất', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' từ trước đến nay (xem ' },
        { type: 'text', text: 'Cổng thông tin tỉnh', marks: [{ type: 'link', attrs: { href: 'https://hatinh.gov.vn/' } }] },
        { type: 'text', text: ', bản cũ).' },
      ],
    });
    expect(JSON.stringify(body[2])).toContain('Giáo dục');
    expect(JSON.stringify(body[3])).toContain('Quý II');
    expect(imported.warnings).toContainEqual({ code: 'import-link-dropped', params: { href: 'javascript:alert(1)' } });
  });

  it('extracts the photo as content-addressed bytes, with its alt text, caption and credit', () => {
    const figure = articleBlocks(imported.doc).body.find((b): b is Figure => b.type === 'figure')!;
    const sha = createHash('sha256').update(png).digest('hex');
    expect(imported.media).toHaveLength(1);
    expect(imported.media[0]).toMatchObject({ sha256: sha, ext: 'png', mime: 'image/png', fileName: `${sha}.png` });
    expect(Buffer.from(imported.media[0].bytes).equals(png)).toBe(true);
    expect(figure.attrs).toEqual({ src: `${sha}.png`, alt: 'Toàn cảnh hội nghị', credit: 'Thu Hà', width: 640, height: 400 });
    expect(inlineText(figure.content[0].content)).toBe('Các đại biểu dự hội nghị tổng kết.');
  });

  it('is reached through the import channel’s importArticleBytes by extension', async () => {
    const docx = buildDocx([{ runs: ['Tiêu đề'] }, { runs: ['Sapo.'] }, { runs: ['Thân bài.'] }], png);
    const result = await importArticleBytes('Bài viết.docx', docx);
    expect(result.meta.headline).toBe('Tiêu đề');
  });
});

describe('bad .docx files get a clear error', () => {
  async function failure(bytes: Uint8Array): Promise<ImportError> {
    try {
      await importDocx(bytes, 'bai.docx');
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      return error as ImportError;
    }
    throw new Error('expected an error');
  }

  it('an empty file', async () => {
    expect((await failure(new Uint8Array())).code).toBe('import-empty-file');
  });

  it('a text file renamed .docx', async () => {
    const error = await failure(strToU8('Đây không phải tệp Word'));
    expect(error.toInfo()).toEqual({ code: 'import-not-docx', params: { name: 'bai.docx', reason: 'not-zip' } });
  });

  it('a zip that is not a Word document', async () => {
    const error = await failure(zipSync({ 'readme.txt': strToU8('hello') }));
    expect(error.toInfo()).toEqual({ code: 'import-not-docx', params: { name: 'bai.docx', reason: 'no-word-document' } });
  });

  it('a truncated .docx', async () => {
    const docx = buildDocx([{ runs: ['Tiêu đề'] }], png);
    expect((await failure(docx.subarray(0, Math.floor(docx.length / 2)))).code).toBe('import-not-docx');
  });

  it('an old Word 97–2003 .doc renamed .docx', async () => {
    expect((await failure(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).code).toBe('import-docx-legacy');
  });

  it('a Word document with no text', async () => {
    expect((await failure(buildDocx([], png))).code).toBe('import-no-content');
  });

  it('an unsupported extension, through the import channel’s importArticleBytes', async () => {
    await expect(importArticleBytes('bai.pdf', new TextEncoder().encode('%PDF-1.7'))).rejects.toMatchObject({ code: 'import-unsupported-type', params: { name: 'bai.pdf', ext: '.pdf' } });
  });
});
