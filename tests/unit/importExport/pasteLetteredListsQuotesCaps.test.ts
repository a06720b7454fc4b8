// Smaller things a reporter sees change in a paste: a web page's or Google Docs' lettered or
// Roman-numbered list keeps its letters (the article's lists count 1, 2, 3 only), a list
// counting down keeps its numbers, an inline <q> keeps its quotation marks, and Word's All
// Caps text comes in in the capitals the reporter saw.
import { describe, expect, it } from 'vitest';
import { convertPastedHtml } from '../../../electron/services/import/convertPastedHtml';
import { outline } from './support/articleOutline';

const lines = (html: string) => outline(convertPastedHtml(html).blocks);

describe('lettered and Roman-numbered HTML lists', () => {
  it('keeps the letters of <ol type="a">', () => {
    expect(lines('<p>Lưu ý:</p><ol type="a"><li>Gửi xe</li><li>Mang áo ấm</li></ol>')).toEqual(['Lưu ý:', 'a. Gửi xe', 'b. Mang áo ấm']);
  });

  it('keeps Google Docs’ lettered items inside the numbered item above them, the numbers going on', () => {
    const html =
      '<ol><li>Quý I tăng 6,1%</li><li>Quý II tăng 7,2%, trong đó:' +
      '<ol><li style="list-style-type:lower-alpha">công nghiệp tăng 9%</li><li style="list-style-type:lower-alpha">dịch vụ tăng 6%</li></ol></li>' +
      '<li>Quý III tăng 7,5%</li></ol>';
    expect(lines(html)).toEqual(['1. Quý I tăng 6,1%', '2. Quý II tăng 7,2%, trong đó:', '   a. công nghiệp tăng 9%', '   b. dịch vụ tăng 6%', '3. Quý III tăng 7,5%']);
  });

  it('keeps upper-case Roman numerals, from the list’s own start', () => {
    expect(lines('<ol style="list-style-type:upper-roman" start="3"><li>Ba</li><li>Bốn</li></ol>')).toEqual(['III. Ba', 'IV. Bốn']);
  });

  it('keeps the numbers of a list that counts down', () => {
    expect(lines('<ol reversed><li>Ba</li><li>Hai</li><li>Một</li></ol>')).toEqual(['3. Ba', '---', '2. Hai', '---', '1. Một']);
  });
});

describe('inline quotations and capitals', () => {
  it('writes an inline <q> with its quotation marks', () => {
    expect(lines('<p>Ông nói <q>đây là niềm mong mỏi</q> của bà con.</p>')).toEqual(['Ông nói “đây là niềm mong mỏi” của bà con.']);
  });

  it('writes Word’s All Caps text in capitals, Vietnamese letters included', () => {
    expect(lines("<p class=MsoNormal><span style='text-transform:uppercase'>Chủ đề</span> bảo vệ nền tảng</p>")).toEqual(['CHỦ ĐỀ bảo vệ nền tảng']);
  });
});
