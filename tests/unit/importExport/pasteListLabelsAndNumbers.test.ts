// List numbers in a paste come in as the reporter saw them: a Word label that is more than a
// number ("Điều 1.", "1.1.", "a)", "II.") stays as text at the start of its paragraph (an
// article list shows only 1, 2, 3); lists inside a quote or a table cell keep their numbers as
// text; Word's List Number / List Bullet paragraphs whose list is set in the stylesheet rule
// are list items.
import { describe, expect, it } from 'vitest';
import { convertPastedHtml } from '../../../electron/services/import/convertPastedHtml';
import { outline } from './support/articleOutline';

const lines = (html: string) => outline(convertPastedHtml(html).blocks);

function wordClipboard(body: string, css = ''): string {
  return (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">' +
    `<head><meta name=Generator content="Microsoft Word 15"><style><!-- ${css} --></style></head>` +
    `<body lang=VI><!--StartFragment-->${body}<!--EndFragment--></body></html>`
  );
}

/** A Word list paragraph: its typed-out marker between `[if !supportLists]` and `[endif]`. */
function wordListParagraph(marker: string, text: string, listStyle = 'mso-list:l0 level1 lfo1', className = 'MsoListParagraph'): string {
  return (
    `<p class=${className} style='margin-left:36.0pt;text-indent:-18.0pt;${listStyle}'><![if !supportLists]>` +
    `<span><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>` +
    `<span lang=VI>${text}<o:p></o:p></span></p>`
  );
}

describe('Word list labels', () => {
  it('keeps a label with words ("Điều 1.") at the start of its paragraph', () => {
    const body = wordListParagraph('Điều 1.', 'Phạm vi điều chỉnh') + wordListParagraph('Điều 2.', 'Đối tượng áp dụng');
    expect(lines(wordClipboard(body))).toEqual(['Điều 1. Phạm vi điều chỉnh', 'Điều 2. Đối tượng áp dụng']);
  });

  it('keeps several-level numbers, letters and Roman numerals as written', () => {
    const body =
      wordListParagraph('I.', 'Kinh tế') +
      wordListParagraph('1.1.', 'Công nghiệp', 'mso-list:l0 level2 lfo1') +
      wordListParagraph('II.', 'Xã hội');
    expect(lines(wordClipboard(body))).toEqual(['I. Kinh tế', '1.1. Công nghiệp', 'II. Xã hội']);
  });

  it('keeps lettered points inside the numbered item above them, and the numbering going on', () => {
    const body =
      wordListParagraph('1.', 'Quý I tăng 6,1%') +
      wordListParagraph('2.', 'Quý II tăng 7,2%, trong đó:') +
      wordListParagraph('a)', 'công nghiệp tăng 9%', 'mso-list:l0 level2 lfo1') +
      wordListParagraph('b)', 'dịch vụ tăng 6%', 'mso-list:l0 level2 lfo1') +
      wordListParagraph('3.', 'Quý III tăng 7,5%');
    expect(lines(wordClipboard(body))).toEqual(['1. Quý I tăng 6,1%', '2. Quý II tăng 7,2%, trong đó:', '   a) công nghiệp tăng 9%', '   b) dịch vụ tăng 6%', '3. Quý III tăng 7,5%']);
  });

  it('still makes numbered and bulleted items of plain numbers and bullet glyphs', () => {
    const body = wordListParagraph('1.', 'Một') + wordListParagraph('2)', 'Hai') + wordListParagraph('·', 'Ba', 'mso-list:l1 level1 lfo2');
    expect(lines(wordClipboard(body))).toEqual(['1. Một', '2. Hai', '---', '• Ba']);
  });
});

describe('lists inside a quote or a table cell', () => {
  it('keeps the numbers of a numbered list inside a quote', () => {
    expect(lines('<blockquote><p>Ông nói có ba việc:</p><ol><li>Làm đường</li><li>Xây trường</li><li>Trồng rừng</li></ol></blockquote>')).toEqual([
      '> Ông nói có ba việc:',
      '> 1. Làm đường',
      '> 2. Xây trường',
      '> 3. Trồng rừng',
    ]);
  });

  it('keeps bullets and a list’s start inside a quote', () => {
    expect(lines('<blockquote><ul><li>Một</li></ul><ol start="4"><li>Bốn</li></ol></blockquote>')).toEqual(['> • Một', '> 4. Bốn']);
  });

  it('keeps the numbers of a Word numbered list inside a table cell', () => {
    const cell = wordListParagraph('1.', 'Khảo sát') + wordListParagraph('2.', 'Thi công');
    const body = `<table class=MsoTableGrid border=1><tr><td><p class=MsoNormal>Cầu Cửa Sót</p></td><td>${cell}</td></tr></table>`;
    expect(lines(wordClipboard(body))).toEqual(['Cầu Cửa Sót | 1. Khảo sát ↵ 2. Thi công']);
  });
});

describe('Word list styles', () => {
  it('reads the list of a "List Number" paragraph from its stylesheet rule', () => {
    const css =
      'p.MsoListNumber, li.MsoListNumber, div.MsoListNumber {mso-style-priority:99; margin-left:18.0pt; text-indent:-18.0pt; mso-list:l0 level1 lfo1;} ' +
      '@list l0 {mso-list-id:1;} @list l0:level1 {mso-level-tab-stop:18.0pt; mso-level-number-position:left;}';
    const body = '<p class=MsoNormal>Các bước:</p>' + wordListParagraph('1.', 'Khảo sát', '', 'MsoListNumber') + wordListParagraph('2.', 'Thi công', '', 'MsoListNumber');
    expect(lines(wordClipboard(body, css))).toEqual(['Các bước:', '1. Khảo sát', '2. Thi công']);
  });

  it('reads a "List Bullet" paragraph the same way, and its own mso-list:none wins', () => {
    const css = 'p.MsoListBullet {margin-left:18.0pt; mso-list:l1 level1 lfo2;}';
    const body = wordListParagraph('·', 'Một', '', 'MsoListBullet') + wordListParagraph('', 'Không phải mục', 'mso-list:none', 'MsoListBullet');
    expect(lines(wordClipboard(body, css))).toEqual(['• Một', 'Không phải mục']);
  });

  it('keeps the number Word gives a heading through its style', () => {
    const body = `<h1 style='margin-left:21.6pt'><![if !supportLists]><span><span style='mso-list:Ignore'>I.<span>&nbsp;&nbsp; </span></span></span><![endif]>Kinh tế</h1>`;
    expect(lines(wordClipboard(body))).toEqual(['## I. Kinh tế']);
  });
});
