// Numbers Word shows before headings and list items come in as the reporter saw them:
// a numbered heading keeps "I." (as a paste keeps it), a label with words keeps them
// ("Điều 1."), a multi-level number keeps both parts ("1.1."); plain "1." lists stay lists.
import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../../electron/contract/article/articleContent';
import { importDocx } from '../../../electron/services/import/importDocx';
import { runsText } from '../../../electron/services/import/inlineRuns';
import { articleLines } from './support/articleLines';
import { para, rawDocx, run } from './support/rawDocx';

const HEAD = para(run('Hà Tĩnh khánh thành cầu Cửa Sót')) + para(run('Sáng 1/5, cây cầu dài nhất tỉnh chính thức thông xe.'));
const numbered = (numId: number, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const level = (ilvl: number, format: string, text: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const numbering = (...levels: string[]) => `<w:abstractNum w:abstractNumId="0">${levels.join('')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
const lists = (doc: ArticleDoc) => doc.content.filter((n) => n.type === 'orderedList');

describe('.docx numbers and labels', () => {
  it('keeps the numbers of headings numbered by Word ("I. Kinh tế")', async () => {
    const heading = (text: string) => para(run(text), `<w:pStyle w:val="Heading2"/>${numbered(1)}`);
    const docx = rawDocx(HEAD + heading('Kinh tế') + para(run('Tăng trưởng 8%.')) + heading('Xã hội') + para(run('Ổn định.')), {
      styles: '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>',
      numbering: numbering(level(0, 'upperRoman', '%1.')),
    });
    const doc = (await importDocx(docx, 'bao-cao.docx')).doc;
    const headings = doc.content.filter((n) => n.type === 'heading').map((n) => runsText((n as { content?: never }).content));
    expect(headings).toEqual(['I. Kinh tế', 'II. Xã hội']);
  });

  it('keeps the words of a list label ("Điều 1.", "Điều 2.")', async () => {
    const docx = rawDocx(HEAD + para(run('Phạm vi điều chỉnh'), numbered(1)) + para(run('Đối tượng áp dụng'), numbered(1)), {
      numbering: numbering(level(0, 'decimal', 'Điều %1.')),
    });
    const lines = articleLines((await importDocx(docx, 'quy-dinh.docx')).doc);
    expect(lines).toContain('Điều 1. Phạm vi điều chỉnh');
    expect(lines).toContain('Điều 2. Đối tượng áp dụng');
  });

  it('keeps both parts of a multi-level number ("1.1.", "1.2.")', async () => {
    const docx = rawDocx(
      HEAD + para(run('Mục tiêu'), numbered(1)) + para(run('Mục tiêu chung'), numbered(1, 1)) + para(run('Mục tiêu cụ thể'), numbered(1, 1)) + para(run('Giải pháp'), numbered(1)),
      { numbering: numbering(level(0, 'decimal', '%1.'), level(1, 'decimal', '%1.%2.')) },
    );
    const lines = articleLines((await importDocx(docx, 'ke-hoach.docx')).doc);
    expect(lines).toContain('1.1. Mục tiêu chung');
    expect(lines).toContain('1.2. Mục tiêu cụ thể');
  });

  it('leaves a plain "1." list a numbered list', async () => {
    const docx = rawDocx(HEAD + para(run('Gặt bằng máy'), numbered(1)) + para(run('Phơi khô'), numbered(1)), { numbering: numbering(level(0, 'decimal', '%1.')) });
    const doc = (await importDocx(docx, 'danh-sach.docx')).doc;
    expect(lists(doc)).toHaveLength(1);
    expect(articleLines(doc)).toContain('Gặt bằng máy');
  });
});

describe('.docx headings numbered through their style', () => {
  it('keeps "Chương 1." and "1.1." on headings whose Word style carries the numbering', async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const linked = (ilvl: number, text: string, style: string) =>
      `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="${style}"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const docx = rawDocx(
      HEAD +
        para(run('Tổng quan'), '<w:pStyle w:val="Heading1"/>') +
        para(run('Bối cảnh'), '<w:pStyle w:val="Heading2"/>') +
        para(run('Nội dung.')) +
        para(run('Mục tiêu'), '<w:pStyle w:val="Heading2"/>') +
        para(run('Giải pháp'), '<w:pStyle w:val="Heading1"/>'),
      { styles, numbering: numbering(linked(0, 'Chương %1.', 'Heading1'), linked(1, '%1.%2.', 'Heading2')) },
    );
    const lines = articleLines((await importDocx(docx, 'de-an.docx')).doc);
    expect(lines).toEqual(expect.arrayContaining(['Chương 1. Tổng quan', '1.1. Bối cảnh', '1.2. Mục tiêu', 'Chương 2. Giải pháp']));
  });
});
