// A photo that sits inside a sentence or a list item in the pasted HTML: the sentence stays
// whole and the photo goes after it; a photo from a list item goes after the list; neither
// takes the next paragraph of the article as its caption. A photo alone in its paragraph
// still takes the caption under it.
import { describe, expect, it } from 'vitest';
import { convertPastedHtml } from '../../../electron/services/import/convertPastedHtml';
import { outline } from './support/articleOutline';

const lines = (html: string) => outline(convertPastedHtml(html).blocks);

describe('a photo inside a sentence', () => {
  it('does not cut the sentence, and does not make the next paragraph its caption', () => {
    const html =
      '<p class=MsoNormal>Ông Trần Văn Bình cho biết <img width=601 height=400 src="file:///C:/Users/pv/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg">' +
      ' dự án sẽ hoàn thành trong năm nay, đúng cam kết với người dân.</p><p class=MsoNormal>Đoạn sau.</p>';
    expect(lines(html)).toEqual([
      'Ông Trần Văn Bình cho biết dự án sẽ hoàn thành trong năm nay, đúng cam kết với người dân.',
      '[figure placeholder alt="" caption="" credit=""]',
      'Đoạn sau.',
    ]);
  });
});

describe('a photo inside a list item', () => {
  it('goes after the list without taking the next paragraph as its caption', () => {
    const html =
      '<ul><li>Khởi công cầu mới<img src="https://baohatinh.vn/anh/cau.jpg" width="600" height="400" alt="Cầu"></li><li>Mở rộng quốc lộ</li></ul>' +
      '<p>Hai công trình khởi công cùng ngày.</p>';
    expect(lines(html)).toEqual(['• Khởi công cầu mới', '• Mở rộng quốc lộ', '[figure placeholder alt="Cầu" caption="" credit=""]', 'Hai công trình khởi công cùng ngày.']);
  });
});

describe('a photo alone in its paragraph', () => {
  it('still takes the caption paragraph under it', () => {
    const html = '<p class=MsoNormal><img width=601 height=400 src="file:///C:/clip_image002.jpg" alt="Cầu Cửa Sót"></p><p class=MsoCaption>Cầu Cửa Sót ngày thông xe.</p>';
    expect(lines(html)).toEqual(['[figure placeholder alt="Cầu Cửa Sót" caption="Cầu Cửa Sót ngày thông xe." credit=""]']);
  });
});
