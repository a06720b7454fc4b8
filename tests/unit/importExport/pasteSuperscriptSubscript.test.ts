// Superscript and subscript (Word's <sup>/<sub>, Google Docs' vertical-align, a .docx
// superscript run through mammoth): the article has no such marks, so digits and signs come
// in as raised or lowered characters — 10⁶, m², CO₂ — and anything else stays on the line
// with a notice quoting it, never glued to the number before it unsaid.
import { describe, expect, it } from 'vitest';
import { convertPastedHtml } from '../../../electron/services/import/convertPastedHtml';
import { importDocx } from '../../../electron/services/import/importDocx';
import { runsText } from '../../../electron/services/import/inlineRuns';
import { outline } from './support/articleOutline';
import { para, rawDocx, run } from './support/rawDocx';

function paste(html: string) {
  const pasted = convertPastedHtml(html);
  return { text: outline(pasted.blocks).join('\n'), warnings: pasted.warnings };
}

describe('superscript and subscript in a paste', () => {
  it('writes Word’s 10<sup>6</sup>, m<sup>2</sup> and CO<sub>2</sub> as 10⁶, m² and CO₂', () => {
    const { text, warnings } = paste('<p class=MsoNormal>Vốn 10<sup>6</sup> đồng trên 120 m<sup>2</sup>, khí CO<sub>2</sub>, nhiệt độ −5<sup>o</sup>… x<sup>-1</sup>.</p>');
    expect(text).toContain('Vốn 10⁶ đồng trên 120 m², khí CO₂');
    expect(text).toContain('x⁻¹');
    // "o" has no raised form: kept on the line, and told.
    expect(text).toContain('−5o');
    expect(warnings).toEqual([{ code: 'import-script-kept-on-line', params: { text: '“o”' } }]);
  });

  it('raises a Google Docs superscript set by vertical-align, and not the text after it', () => {
    const span = (t: string, style = '') => `<span style="font-size:11pt;font-family:Arial;font-weight:400;vertical-align:baseline;${style}">${t}</span>`;
    const html = `<b style="font-weight:normal;" id="docs-internal-guid-1a2b"><p dir="ltr">${span('Diện tích 120 m')}${span('2', 'vertical-align:super')}${span(' mỗi căn, H')}${span('2', 'vertical-align:sub')}${span('O.')}</p></b>`;
    const { text, warnings } = paste(html);
    expect(text).toBe('Diện tích 120 m² mỗi căn, H₂O.');
    expect(warnings).toEqual([]);
  });

  it('raises text a Word character style sets as superscript', () => {
    const html =
      '<html><head><style>span.Somu {mso-style-name:"Số mũ"; vertical-align:super;}</style></head>' +
      '<body><p class=MsoNormal>Diện tích 50 m<span class=Somu>2</span>.</p></body></html>';
    expect(paste(html).text).toBe('Diện tích 50 m².');
  });

  it('keeps an English ordinal on the line and quotes it', () => {
    const { text, warnings } = paste('<p>Ngày 1<sup>st</sup> tháng Năm.</p>');
    expect(text).toBe('Ngày 1st tháng Năm.');
    expect(warnings).toEqual([{ code: 'import-script-kept-on-line', params: { text: '“st”' } }]);
  });

  it('keeps footnote references as [1], not raised', () => {
    const html = '<p>Cầu dài 1,2 km<a href="#_ftn1" name="_ftnref1" style="mso-footnote-id:ftn1"><sup>[1]</sup></a>.</p>';
    expect(paste(html).text).toContain('Cầu dài 1,2 km[1].');
  });
});

describe('superscript in a .docx', () => {
  it('writes a Word superscript run as a raised digit', async () => {
    const sup = '<w:vertAlign w:val="superscript"/>';
    const sub = '<w:vertAlign w:val="subscript"/>';
    const docx = rawDocx(
      para(run('Tít bài')) + para(run('Sapo bài.')) + para(run('Vốn 10') + run('6', sup) + run(' đồng trên 120 m') + run('2', sup) + run(', khí CO') + run('2', sub) + run('.')),
    );
    const imported = await importDocx(docx, 'so-lieu.docx');
    const body = imported.doc.content.filter((n) => n.type === 'paragraph').map((n) => runsText(n.content));
    expect(body).toContain('Vốn 10⁶ đồng trên 120 m², khí CO₂.');
  });
});
