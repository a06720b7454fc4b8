// .docx files come in whole: Word's numbered lists with the numbers Word shows (continued
// after a paragraph, restarted, lettered sublists), bold and italic set through styles,
// tables with a notice, footnotes at the end, comments reported; a document that is only
// lists imports. Word-shaped files are built here (docxFixture); LibreOffice-made ones are in
// tests/fixtures/docx (see its README), also imported through `soan import`.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleDocSchema, articleBlocks, inlineText } from '../../../electron/contract/article/articleContent';
import { runSoan } from '../../../electron/cli/runSoan';
import { importDocx } from '../../../electron/services/import/importDocx';
import type { ImportedArticle } from '../../../electron/services/import/importedArticle';
import { tempFolder } from '../services/support';
import { buildDocx } from './docxFixture';
import { makePhoto } from './sampleArticle';
import { outline } from './support/articleOutline';

const FIXTURES = 'tests/fixtures/docx';

const STYLES =
  '<w:style w:type="paragraph" w:styleId="Sapo"><w:name w:val="Sapo"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="GhiChu"><w:name w:val="Ghi chú"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:iCs/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="Nhnmnh"><w:name w:val="Nhấn mạnh"/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="NhnmnhNghieng"><w:name w:val="Nhấn mạnh nghiêng"/><w:basedOn w:val="Nhnmnh"/><w:rPr><w:i/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="ChiRTL"><w:name w:val="Chỉ RTL"/><w:rPr><w:bCs/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>';

// A numbered definition with a lettered second level; instance 4 restarts it at 1.
const lvl = (ilvl: number, format: string, text: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const NUMBERING = {
  abstractNums: `<w:abstractNum w:abstractNumId="2">${lvl(0, 'decimal', '%1.')}${lvl(1, 'lowerLetter', '%2)')}</w:abstractNum>`,
  nums:
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>' +
    '<w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
};

let png: Uint8Array;
let word: ImportedArticle;

beforeAll(async () => {
  png = await makePhoto(640, 400, 'png');
  const docx = buildDocx(
    [
      { style: 'Title', runs: ['Mùa lúa mới ở Cẩm Xuyên'] },
      { style: 'Sapo', runs: ['(Baohatinh.vn) - Nông dân Cẩm Xuyên bắt đầu thu hoạch lúa hè thu.'] },
      { runs: ['Năng suất đạt ', { text: '62 tạ/ha', style: 'Nhnmnh' }, ', ', { text: 'cao nhất', style: 'NhnmnhNghieng' }, ' từ trước, ', { text: 'theo số liệu', style: 'ChiRTL' }, ' của huyện', { footnote: 'Báo cáo của UBND huyện ngày 2/9.' }, '.'] },
      { style: 'GhiChu', runs: ['Số liệu tạm tính.'] },
      { numId: 3, runs: ['Gặt bằng máy'] },
      { numId: 3, runs: ['Phơi trên sân bê tông'] },
      { numId: 3, level: 1, runs: ['sân nhà'] },
      { numId: 3, level: 1, runs: ['sân hợp tác xã'] },
      { numId: 3, runs: ['Bảo quản'] },
      { runs: ['Bước cuối cùng:'] },
      { numId: 3, runs: ['Bán cho thương lái'] },
      { runs: ['Hai đề nghị của bà con:'] },
      { numId: 4, runs: ['Hỗ trợ giống'] },
      { numId: 4, runs: ['Làm thêm đường nội đồng'] },
      { list: 'bullet', runs: ['Xã Cẩm Bình'] },
      { list: 'bullet', runs: ['Xã Cẩm Vịnh'] },
      { table: [[['Xã'], ['Diện tích']], [['Cẩm Bình'], ['1.200 ha']]] },
      { runs: [{ comment: 'Kiểm tra tên ông chủ tịch.', author: 'Trần Biên Tập', on: 'Ông Lê Văn Hùng' }, ' cho biết vụ này được mùa.'] },
      { runs: ['Thu Hà'] },
    ],
    png,
    { styles: STYLES, ...NUMBERING },
  );
  word = await importDocx(docx, 'mua-lua.docx');
});

describe('a Word .docx comes in whole', () => {
  it('keeps the numbers Word shows: continued after a paragraph, restarted, sublists; bullets; bold and italic from styles', () => {
    const { headline, sapo, body, byline } = articleBlocks(word.doc);
    expect(inlineText(headline.content)).toBe('Mùa lúa mới ở Cẩm Xuyên');
    // A sapo set in a bold style is a sapo, not a bold sapo.
    expect(sapo.content).toEqual([{ type: 'text', text: '(Baohatinh.vn) - Nông dân Cẩm Xuyên bắt đầu thu hoạch lúa hè thu.' }]);
    expect(outline(body)).toEqual([
      'Năng suất đạt **62 tạ/ha**, **_cao nhất_** từ trước, theo số liệu của huyện[1].',
      '_Số liệu tạm tính._',
      '1. Gặt bằng máy',
      '2. Phơi trên sân bê tông',
      '  1. sân nhà',
      '  2. sân hợp tác xã',
      '3. Bảo quản',
      'Bước cuối cùng:',
      '4. Bán cho thương lái',
      'Hai đề nghị của bà con:',
      '1. Hỗ trợ giống',
      '2. Làm thêm đường nội đồng',
      '---',
      '• Xã Cẩm Bình',
      '• Xã Cẩm Vịnh',
      'Xã | Diện tích',
      'Cẩm Bình | 1.200 ha',
      'Ông Lê Văn Hùng cho biết vụ này được mùa.',
      '[1] Báo cáo của UBND huyện ngày 2/9.',
    ]);
    expect(byline && inlineText(byline.content)).toBe('Thu Hà');
  });

  it('tells what it changed or left out, in codes the app words', () => {
    expect(word.warnings).toEqual([
      { code: 'import-table-flattened', params: { rows: 2, columns: 2 } },
      { code: 'import-comment-left-out', params: { text: 'Kiểm tra tên ông chủ tịch.' } },
      { code: 'import-notes-at-end', params: { count: 1 } },
    ]);
  });

  it('a document that is only lists imports its lists, with no headline yet', async () => {
    const listsOnly = await importDocx(
      buildDocx([{ list: 'bullet', runs: ['Một'] }, { list: 'bullet', runs: ['Hai'] }, { list: 'number', runs: ['Ba'] }], png),
      'danh-sach.docx',
    );
    const { headline, body } = articleBlocks(listsOnly.doc);
    expect(headline.content).toBeUndefined();
    expect(outline(body)).toEqual(['• Một', '• Hai', '---', '1. Ba']);
    expect(listsOnly.meta.headline).toBe('');
  });
});

describe('.docx files made by LibreOffice', () => {
  it('a report: styles, photo with caption and credit, table, quote, footnote, comment, text frame, byline', async () => {
    const imported = await importDocx(await fs.readFile(path.join(FIXTURES, 'bao-cao.docx')), 'bao-cao.docx');
    const { headline, sapo, body, byline } = articleBlocks(imported.doc);
    expect(inlineText(headline.content)).toBe('Hà Tĩnh khánh thành cầu Cửa Sót mới');
    expect(inlineText(sapo.content)).toBe('(Baohatinh.vn) - Sáng 1/5, cây cầu dài nhất tỉnh chính thức thông xe sau hai năm thi công.');
    expect(outline(body)).toEqual([
      '## Công trình trọng điểm',
      'Cầu có tổng vốn **300 tỷ đồng**, **vượt tiến độ** hai tháng, do _Ban quản lý dự án_ _giao thông tỉnh_ làm chủ đầu tư[1]. Xem thêm tại [Cổng thông tin tỉnh](https://hatinh.gov.vn/cau-cua-sot).',
      'Ông Nguyễn Văn A cho biết cầu giúp rút ngắn quãng đường 15 km. ↵ Dòng thứ hai sau ngắt dòng.',
      '[figure photo alt="" caption="Cầu Cửa Sót ngày thông xe." credit="Thu Hà"]',
      '## Số liệu',
      'Hạng mục | Chiều dài | Vốn',
      'Cầu chính | 1,2 km | 250 tỷ',
      'Đường dẫn | 3 km | 50 tỷ',
      '> “Đây là niềm mong mỏi của bà con vùng biển.”',
      'Người dân hai bên bờ đã chờ đợi nhiều năm.',
      'Cầu Cửa Sót cũ được xây năm 1999.',
      '[1] Theo báo cáo của Sở Giao thông vận tải ngày 30/4.',
    ]);
    expect(byline && inlineText(byline.content)).toBe('Thu Hà');
    expect(imported.media).toHaveLength(1);
    expect(imported.warnings.map((w) => w.code)).toEqual(['import-table-flattened', 'import-comment-left-out', 'import-notes-at-end']);
  });

  it('only lists, through `soan import`: every item a list item, the restarted list numbered from 1', async () => {
    const library = path.join(await tempFolder('soan-docx-'), 'Thư viện');
    const out: string[] = [];
    const err: string[] = [];
    const code = await runSoan(['import', path.join(FIXTURES, 'danh-sach.docx'), '--library', library], {
      env: { SOAN_USER: 'Bàn biên tập' },
      cwd: process.cwd(),
      stdout: (t) => void out.push(t),
      stderr: (t) => void err.push(t),
    });
    expect(code, err.join('')).toBe(0);
    const id = out.join('').trim();
    const folder = (await fs.readdir(library)).find((n) => n.endsWith(`-${id}`))!;
    const json = JSON.parse(await fs.readFile(path.join(library, folder, 'article.json'), 'utf8'));
    expect(outline(articleBlocks(ArticleDocSchema.parse(json.content)).body)).toEqual([
      '• Giao thông: hoàn thành cầu Cửa Sót',
      '  • Nhịp chính dài 120 m',
      '  • Vốn 300 tỷ đồng',
      '• Giáo dục: **98%** học sinh đỗ tốt nghiệp',
      '• Y tế: thêm 3 trạm y tế xã',
      '---',
      '1. Quý I tăng trưởng 6,1%',
      '2. Quý II tăng trưởng 7,2%',
      '  1. công nghiệp',
      '  2. dịch vụ',
      '3. Quý III tăng trưởng 7,5%',
      '---',
      '1. Kiến nghị thứ nhất',
      '2. Kiến nghị thứ hai',
    ]);
  });
});
