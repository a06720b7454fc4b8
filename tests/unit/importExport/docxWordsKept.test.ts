// Words a .docx shows that the import must keep (simple fields, words on both sides of a page
// break, equations' letters), and words Word does not show that must not be published
// (hidden text) — with a plain note where the reporter has something to check.
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../electron/services/import/importDocx';
import { articleLines } from './support/articleLines';
import { withDocxParts } from './support/docxParts';
import { para, rawDocx, run } from './support/rawDocx';

const HEAD = para(run('Hà Tĩnh khánh thành cầu Cửa Sót')) + para(run('Sáng 1/5, cây cầu dài nhất tỉnh chính thức thông xe.'));
const field = (instr: string, shown: string) => `<w:fldSimple w:instr="${instr}"><w:r><w:t>${shown}</w:t></w:r></w:fldSimple>`;

async function imported(body: string) {
  const result = await importDocx(rawDocx(HEAD + body), 'bai.docx');
  return { text: articleLines(result.doc).join('\n'), codes: result.warnings.map((w) => w.code), warnings: result.warnings, doc: result.doc };
}

describe('.docx simple fields', () => {
  it('keeps the text Word shows for Insert Caption numbers, dates and hyperlink fields', async () => {
    const { text, warnings, doc } = await imported(
      para(run('Ảnh ') + field(' SEQ Ảnh \\* ARABIC ', '1') + run(': Cầu Cửa Sót ngày thông xe')) +
        para(run('Thông xe ngày ') + field(' DATE \\@ &quot;dd/MM/yyyy&quot; ', '01/05/2024') + run(', sớm hai tháng.')) +
        para(run('Xem thêm tại ') + field(' HYPERLINK &quot;https://baohatinh.vn&quot; ', 'Báo Hà Tĩnh') + run('.')) +
        para(run('Trường rỗng') + '<w:fldSimple w:instr=" PAGE "/>' + run(' không làm mất chữ.')),
    );
    expect(text).toContain('Ảnh 1: Cầu Cửa Sót ngày thông xe');
    expect(text).toContain('Thông xe ngày 01/05/2024, sớm hai tháng.');
    expect(text).toContain('Xem thêm tại Báo Hà Tĩnh.');
    expect(JSON.stringify(doc.content)).toContain('"href":"https://baohatinh.vn/"');
    expect(text).toContain('Trường rỗng không làm mất chữ.');
    expect(JSON.stringify(warnings)).not.toMatch(/fldSimple|unrecognised/i);
  });
});

describe('.docx hidden text', () => {
  it('leaves text hidden in Word out of the article and tells the reporter what it said', async () => {
    const { text, warnings } = await imported(
      para(run('Cầu dài 1,2 km. ') + run('GHI CHÚ: chưa xác minh với Sở GTVT. ', '<w:vanish/>') + run('Vốn 300 tỷ đồng.')),
    );
    expect(text).toContain('Cầu dài 1,2 km. Vốn 300 tỷ đồng.');
    expect(text).not.toContain('chưa xác minh');
    expect(warnings).toContainEqual({ code: 'import-hidden-text-left-out', params: { text: 'GHI CHÚ: chưa xác minh với Sở GTVT.' } });
  });

  it('keeps text whose hiding is switched off (w:vanish w:val="0")', async () => {
    const { text, codes } = await imported(para(run('Cầu dài 1,2 km. ') + run('Vốn 300 tỷ đồng.', '<w:vanish w:val="0"/>')));
    expect(text).toContain('Cầu dài 1,2 km. Vốn 300 tỷ đồng.');
    expect(codes).not.toContain('import-hidden-text-left-out');
  });
});

describe('.docx page breaks', () => {
  it('does not glue the words on either side of a page or column break', async () => {
    const { text } = await imported(
      para(run('Hết trang một') + '<w:r><w:br w:type="page"/></w:r>' + run('Trang hai bắt đầu.')) +
        para(run('Cột một') + '<w:r><w:br w:type="column"/></w:r>' + run('Cột hai.')),
    );
    expect(text).not.toContain('mộtTrang');
    expect(text).toMatch(/Hết trang một\s*\n?\s*Trang hai bắt đầu\./);
    expect(text).toMatch(/Cột một\s*\n?\s*Cột hai\./);
  });

  it('adds nothing for a page break at the start of a paragraph', async () => {
    const { text } = await imported(para('<w:r><w:br w:type="page"/></w:r>' + run('Chương hai.')) + para(run('Thân bài.')));
    expect(text).toContain('\nChương hai.\n');
  });
});

describe('.docx equations', () => {
  it('keeps an equation\'s letters as plain text and says what was lost', async () => {
    const math =
      '<m:oMathPara xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:oMath><m:r><m:t>E=m</m:t></m:r><m:sSup><m:e><m:r><m:t>c</m:t></m:r></m:e><m:sup><m:r><m:t>2</m:t></m:r></m:sup></m:sSup></m:oMath></m:oMathPara>';
    const { text, codes, warnings } = await imported(para(run('Công thức: ') + math) + para(run('Thân bài.')));
    expect(text).toContain('Công thức: E=mc2');
    expect(codes).toContain('import-equation-as-text');
    expect(JSON.stringify(warnings)).not.toMatch(/oMath|schemas/);
  });
});

describe('.docx text boxes', () => {
  const textBox = (text: string) =>
    para(
      '<w:r><w:pict xmlns:v="urn:schemas-microsoft-com:vml"><v:shape style="width:200pt;height:60pt"><v:textbox><w:txbxContent>' +
        para(run(text)) +
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>',
    );

  it('keeps a boxed note closing the document as text, not as the byline', async () => {
    const result = await importDocx(rawDocx(HEAD + para(run('Cầu dài 1,2 km, vốn 300 tỷ đồng.')) + textBox('Nguồn: Sở GTVT')), 'hop.docx');
    expect(result.doc.content.some((n) => n.type === 'byline')).toBe(false);
    expect(result.meta.byline).toBeUndefined();
    expect(articleLines(result.doc)).toContain('Nguồn: Sở GTVT');
  });

  it('still takes a closing byline paragraph after the body as the byline', async () => {
    const result = await importDocx(rawDocx(HEAD + para(run('Cầu dài 1,2 km, vốn 300 tỷ đồng.')) + para(run('Thu Hà'))), 'ky-ten.docx');
    expect(result.doc.content.filter((n) => n.type === 'byline')).toHaveLength(1);
  });
});

describe('.docx hidden text split into runs', () => {
  it('tells one hidden phrase once, even when Word split it into runs', async () => {
    const hidden = '<w:vanish/>';
    const { text, warnings } = await imported(
      para(run('Cầu dài 1,2 km. ') + run('GHI CHÚ: ', hidden) + '<w:proofErr w:type="spellStart"/>' + run('chưa xác minh.', hidden) + run(' Vốn 300 tỷ đồng.')) +
        para(run('Ghi chú thứ hai.', hidden) + run('Thân bài.')),
    );
    expect(text).toContain('Cầu dài 1,2 km.  Vốn 300 tỷ đồng.'.replace('  ', ' '));
    expect(warnings.filter((w) => w.code === 'import-hidden-text-left-out').map((w) => w.params.text)).toEqual(['GHI CHÚ: chưa xác minh.', 'Ghi chú thứ hai.']);
  });
});

describe('.docx footnotes with fields and hidden text', () => {
  it('keeps a hyperlink field in a footnote as a link and leaves its hidden text out', async () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const footnotes =
      `<w:footnotes xmlns:w="${W}" xmlns:r="${R}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
      `<w:footnote w:id="1"><w:p>${run('Nguồn: ')}${field(' HYPERLINK &quot;https://baohatinh.vn/so-lieu&quot; ', 'Báo Hà Tĩnh')}${run(' nháp', '<w:vanish/>')}</w:p></w:footnote></w:footnotes>`;
    const docx = withDocxParts(rawDocx(HEAD + para(run('Cầu dài 1,2 km.') + '<w:r><w:footnoteReference w:id="1"/></w:r>') + para(run('Thân bài.'))), {
      files: { 'word/footnotes.xml': new TextEncoder().encode(footnotes) },
      relationships: [{ id: 'rIdFootnotes', type: 'footnotes', target: 'footnotes.xml' }],
    });
    const result = await importDocx(docx, 'chu-thich.docx');
    const json = JSON.stringify(result.doc.content);
    expect(json).toContain('Báo Hà Tĩnh');
    expect(json).toContain('"href":"https://baohatinh.vn/so-lieu"');
    expect(json).not.toContain('nháp');
    expect(result.warnings).toContainEqual({ code: 'import-hidden-text-left-out', params: { text: 'nháp' } });
  });
});
