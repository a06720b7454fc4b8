// The rules of the shared HTML-to-article conversion, one at a time, on small inputs: how
// lists keep their items, numbers and nesting, Word's bold and list markers,
// tables, notes and comments, and text kept exactly as pasted when asked.
import { describe, expect, it } from 'vitest';
import { sanitizeHtmlToArticle } from '../../../electron/services/import/sanitizeHtmlToArticle';
import { readListMarker } from '../../../electron/services/import/wordListParagraph';
import { outline } from './support/articleOutline';

const lines = (html: string) => outline(sanitizeHtmlToArticle(html).blocks);

describe('nested lists', () => {
  it('bullets under bullets stay nested under their item; every item stays an item', () => {
    expect(lines('<ul><li>A<ul><li>a1<ul><li>a1x</li></ul></li></ul></li><li>B</li></ul>')).toEqual(['• A', '  • a1', '    • a1x', '• B']);
  });

  it('a list of the other kind inside a numbered list nests in its item; the outer list keeps its numbers', () => {
    expect(lines('<ol><li>Một<ul><li>phụ</li></ul></li><li>Hai</li><li>Ba</li></ol>')).toEqual(['1. Một', '  • phụ', '2. Hai', '3. Ba']);
    expect(lines('<ul><li>Chấm<ol><li>một</li><li>hai</li></ol></li><li>Chấm nữa</li></ul>')).toEqual(['• Chấm', '  1. một', '  2. hai', '• Chấm nữa']);
  });

  it('a second list starts again; start and value numbers are kept', () => {
    expect(lines('<ol><li>a</li><li>b</li></ol><ol><li>c</li></ol><ol start="7"><li>g</li><li value="10">j</li><li>k</li></ol>')).toEqual([
      '1. a', '2. b', '---', '1. c', '---', '7. g', '---', '10. j', '11. k',
    ]);
  });

  it('lists written flat with aria-level (Google Docs, Word for the web) keep their levels', () => {
    expect(lines('<ol><li aria-level="1">A</li><li aria-level="2">a</li><li aria-level="1">B</li></ol>')).toEqual(['1. A', '  1. a', '2. B']);
  });

  it('Word list paragraphs: markers read, kinds and restarts kept, the marker glyph never lands', () => {
    const p = (lfo: number, level: number, marker: string, text: string, font = '') =>
      `<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level${level} lfo${lfo}'><span style='${font}'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span>${text}</p>`;
    const html =
      p(1, 1, '·', 'chấm', 'font-family:Symbol') + p(1, 2, 'o', 'tròn', 'font-family:"Courier New"') + p(1, 3, '§', 'vuông', 'font-family:Wingdings') +
      '<p class=MsoNormal>giữa</p>' + p(2, 1, '1.', 'một') + p(2, 1, '2.', 'hai') + p(3, 1, '1.', 'lại một');
    expect(lines(html)).toEqual(['• chấm', '  • tròn', '    • vuông', 'giữa', '1. một', '2. hai', '---', '1. lại một']);
  });

  it('a numbered Word heading keeps its number as text', () => {
    expect(lines(`<h2 style='mso-list:l4 level1 lfo6'><span style='mso-list:Ignore'>2.<span>&nbsp; </span></span>Kết quả</h2>`)).toEqual(['## 2. Kết quả']);
  });

  it('typed-out markers: numbers, letters and Roman numerals with a stop are numbered; any glyph is a bullet', () => {
    expect(readListMarker('1.')).toEqual({ ordered: true, number: 1 });
    expect(readListMarker('12)')).toEqual({ ordered: true, number: 12 });
    expect(readListMarker('1.2.')).toEqual({ ordered: true, number: 2 });
    expect(readListMarker('(3)')).toEqual({ ordered: true, number: 3 });
    expect(readListMarker('c)')).toEqual({ ordered: true, number: 3 });
    expect(readListMarker('iv.')).toEqual({ ordered: true, number: 4 });
    expect(readListMarker('IX.')).toEqual({ ordered: true, number: 9 });
    for (const glyph of ['·', 'o', '§', 'ã', 'Ø', 'ü', 'v', '-', '–', '•', '\uf0b7']) expect(readListMarker(`${glyph}\u00a0\u00a0`).ordered, glyph).toBe(false);
  });
});

describe('bold and italic as Word, Docs and pages write them', () => {
  it('mso-bidi declarations are about right-to-left scripts, not the text', () => {
    expect(lines(`<p><b style='mso-bidi-font-weight:normal'>đậm</b> <i style='mso-bidi-font-style:normal'>nghiêng</i> <span style='mso-bidi-font-weight:bold'>thường</span></p>`)).toEqual([
      '**đậm** _nghiêng_ thường',
    ]);
  });

  it('a bold character or paragraph style from Word’s stylesheet; not the look of titles and headings', () => {
    const html = `<html><head><style><!-- span.Nhnmnh {mso-style-name:"Nhấn mạnh"; font-weight:bold;} p.Sapo {font-weight:bold} p.MsoTitle {font-weight:bold} p.MsoCaption {font-style:italic} --></style></head><body>
      <p class=MsoTitle>Tít</p><p class=Sapo>Sapo đậm</p><p>Có <span class=Nhnmnh>nhấn</span> đây</p></body></html>`;
    expect(lines(html)).toEqual(['## Tít', '**Sapo đậm**', 'Có **nhấn** đây']);
  });

  it('font-weight 600 and up, the font shorthand, and a later normal weight', () => {
    expect(lines('<p><span style="font-weight:600">a</span> <span style="font: italic bold 12pt Arial">b</span> <strong style="font-weight:normal">c</strong></p>')).toEqual(['**a** **_b_** c']);
  });

  it('headings are not marked bold on top of being headings', () => {
    expect(sanitizeHtmlToArticle('<h1 style="font-weight:700"><b>Tít</b></h1>').blocks).toEqual([{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Tít' }] }]);
  });
});

describe('tables', () => {
  it('a table of data becomes a paragraph per row, cells in order, with a notice', () => {
    const result = sanitizeHtmlToArticle('<table><tr><th>Xã</th><th>Hộ</th></tr><tr><td>Thạch Hà</td><td><p>120</p><p>(tăng)</p></td></tr><tr><td></td><td></td></tr></table>');
    expect(outline(result.blocks)).toEqual(['Xã | Hộ', 'Thạch Hà | 120 ↵ (tăng)']);
    expect(result.warnings).toEqual([{ code: 'import-table-flattened', params: { rows: 2, columns: 2 } }]);
  });

  it('a one-column layout table is read as the blocks it holds, silently', () => {
    const result = sanitizeHtmlToArticle('<table><tr><td><p>Hộp tin</p><ul><li>một</li></ul></td></tr></table>');
    expect(outline(result.blocks)).toEqual(['Hộp tin', '• một']);
    expect(result.warnings).toEqual([]);
  });
});

describe('notes and comments', () => {
  it('mammoth’s footnotes: the reference stays as [1], the note closes the article as "[1] …"', () => {
    const html =
      '<p>Vốn 300 tỷ<sup><a href="#footnote-2" id="footnote-ref-2">[1]</a></sup> và ý kiến<sup><a href="#comment-0" id="comment-ref-0">[TB1]</a></sup>.</p>' +
      '<ol><li id="footnote-2"><p>Theo Sở Tài chính. <a href="#footnote-ref-2">↑</a></p></li></ol>' +
      '<dl><dt id="comment-0">Comment [TB1]</dt><dd><p>Xem lại số liệu. <a href="#comment-ref-0">↑</a></p></dd></dl>';
    const result = sanitizeHtmlToArticle(html);
    expect(outline(result.blocks)).toEqual(['Vốn 300 tỷ[1] và ý kiến.', '[1] Theo Sở Tài chính.']);
    expect(result.warnings).toEqual([
      { code: 'import-comment-left-out', params: { text: 'Xem lại số liệu.' } },
      { code: 'import-notes-at-end', params: { count: 1 } },
    ]);
  });

  it('an HTML comment is a LibreOffice comment only in LibreOffice’s HTML', () => {
    expect(sanitizeHtmlToArticle('<p>a<!-- ghi chú --></p>').warnings).toEqual([]);
    const lo = sanitizeHtmlToArticle('<html><head><meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"></head><body><p>a<!-- ghi chú --></p></body></html>');
    expect(lo.warnings).toEqual([{ code: 'import-comment-left-out', params: { text: 'ghi chú' } }]);
  });
});

describe('text as pasted', () => {
  it('keeps no-break spaces and soft hyphens (letters in legacy fonts) only when asked', () => {
    const html = '<p>x\u00a0y\u00adz\u202e</p>';
    expect(outline(sanitizeHtmlToArticle(html).blocks)).toEqual(['x yz']);
    expect(outline(sanitizeHtmlToArticle(html, { asPasted: true }).blocks)).toEqual(['x\u00a0y\u00adz']);
  });

  it('a charset <meta> in a clipboard is no notice; a refresh is', () => {
    expect(sanitizeHtmlToArticle("<meta charset='utf-8'><p>a</p>").warnings).toEqual([]);
    expect(sanitizeHtmlToArticle('<meta http-equiv="refresh" content="0"><p>a</p>').warnings).toEqual([{ code: 'import-content-dropped', params: { element: 'meta' } }]);
  });
});
