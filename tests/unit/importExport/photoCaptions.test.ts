// A paragraph after a photo (in a .docx or a paste) becomes the photo's caption only with a real caption
// signal (Word's Caption style, all italic, an "Ảnh:"/"Ảnh minh họa" label, a closing
// "Ảnh: <name>" credit); being short is not one. The sapo after a lead photo stays the sapo,
// body text stays body text, and a photo inside a sentence does not cut it in two.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDoc, Figure } from '../../../electron/contract/article/articleContent';
import { importDocx } from '../../../electron/services/import/importDocx';
import { runsText } from '../../../electron/services/import/inlineRuns';
import { sanitizeHtmlToArticle } from '../../../electron/services/import/sanitizeHtmlToArticle';
import { buildDocx, type DocxParagraph } from './docxFixture';
import { makePhoto } from './sampleArticle';

const HEADLINE = 'Hà Tĩnh khánh thành cầu Cửa Sót';
const SAPO = 'Sáng 1/5, UBND tỉnh Hà Tĩnh tổ chức lễ khánh thành cầu Cửa Sót mới sau hai năm thi công.';
const BODY_1 = 'Cầu dài 1,2 km, vốn 300 tỷ đồng, do Ban quản lý dự án giao thông tỉnh làm chủ đầu tư.';
const BODY_2 = 'Người dân hai bên bờ đã chờ đợi nhiều năm để có cây cầu này.';
const photo = { image: { rel: 'rIdImage1', alt: '', cx: 5486400, cy: 3429000 } };

let png: Uint8Array;
beforeAll(async () => {
  png = await makePhoto(640, 400, 'png');
});

async function imported(paragraphs: DocxParagraph[]): Promise<ArticleDoc> {
  return (await importDocx(buildDocx(paragraphs, png), 'bai.docx')).doc;
}
const textOf = (doc: ArticleDoc, type: string) => doc.content.filter((n) => n.type === type).map((n) => runsText((n as { content?: never }).content));
const figures = (doc: ArticleDoc) => doc.content.filter((n): n is Figure => n.type === 'figure');
const captionOf = (figure: Figure) => runsText(figure.content[0].content);

describe('.docx: what becomes a photo caption', () => {
  it('keeps the sapo after a lead photo as the sapo, and the body as body', async () => {
    const doc = await imported([{ style: 'Title', runs: [HEADLINE] }, photo, { runs: [{ text: SAPO, bold: true }] }, { runs: [BODY_1] }, { runs: [BODY_2] }]);
    expect(textOf(doc, 'sapo')).toEqual([SAPO]);
    expect(textOf(doc, 'paragraph')).toEqual([BODY_1, BODY_2]);
    expect(captionOf(figures(doc)[0])).toBe('');
  });

  it('keeps a short body paragraph after a photo in the middle of the article as body text', async () => {
    const doc = await imported([{ runs: [HEADLINE] }, { runs: [SAPO] }, { runs: [BODY_1] }, photo, { runs: ['Cầu mở cửa từ hôm nay.'] }, { runs: [BODY_2] }]);
    expect(textOf(doc, 'paragraph')).toEqual([BODY_1, 'Cầu mở cửa từ hôm nay.', BODY_2]);
  });

  it('does not take "Ảnh hưởng…" (a word, not a label) as a caption', async () => {
    const text = 'Ảnh hưởng của bão khiến công trình chậm hai tháng.';
    const doc = await imported([{ runs: [HEADLINE] }, { runs: [SAPO] }, photo, { runs: [text] }]);
    expect(textOf(doc, 'paragraph')).toContain(text);
  });

  it.each<[string, DocxParagraph, string, string]>([
    ['styled Caption in Word', { style: 'Caption', runs: ['Cầu Cửa Sót ngày thông xe'] }, 'Cầu Cửa Sót ngày thông xe', ''],
    ['set all in italic', { runs: [{ text: 'Cầu Cửa Sót ngày thông xe', italic: true }] }, 'Cầu Cửa Sót ngày thông xe', ''],
    ['closing with the credit', { runs: ['Cầu Cửa Sót ngày thông xe. Ảnh: Thu Hà'] }, 'Cầu Cửa Sót ngày thông xe.', 'Thu Hà'],
    ['labelled "Ảnh minh họa"', { runs: ['Ảnh minh họa: cầu Cửa Sót'] }, 'Ảnh minh họa: cầu Cửa Sót', ''],
  ])('takes a paragraph %s as the caption', async (_label, paragraph, caption, credit) => {
    const doc = await imported([{ runs: [HEADLINE] }, { runs: [SAPO] }, photo, paragraph, { runs: [BODY_1] }]);
    expect(captionOf(figures(doc)[0])).toBe(caption);
    expect(figures(doc)[0].attrs.credit ?? '').toBe(credit);
    expect(textOf(doc, 'paragraph')).toEqual([BODY_1]);
  });

  it('keeps a sentence whole when Word holds a photo in the middle of it', async () => {
    const doc = await imported([
      { runs: [HEADLINE] },
      { runs: [SAPO] },
      { runs: ['Cây cầu như ', { inlineImage: photo.image }, ' trong ảnh nối hai bờ sông.'] },
      { runs: [BODY_2] },
    ]);
    expect(textOf(doc, 'paragraph')).toEqual(['Cây cầu như  trong ảnh nối hai bờ sông.'.replace('  ', ' '), BODY_2]);
    expect(figures(doc)).toHaveLength(1);
    expect(captionOf(figures(doc)[0])).toBe('');
  });
});

describe('pasted HTML: what becomes a photo caption', () => {
  const paste = (html: string) => sanitizeHtmlToArticle(html).blocks;
  const img = '<p><img src="https://baohatinh.vn/anh.jpg" alt="" width="640" height="400"></p>';

  it('keeps a short paragraph after a photo as body text', () => {
    const blocks = paste(`<p>${BODY_1}</p>${img}<p>Cầu mở cửa từ hôm nay.</p><p>${BODY_2}</p>`);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'figure', 'paragraph', 'paragraph']);
  });

  it('takes an italic paragraph, or one closing with the credit, as the caption', () => {
    const italic = paste(`${img}<p><em>Cầu Cửa Sót ngày thông xe</em></p><p>${BODY_1}</p>`);
    expect(captionOf(italic[0] as Figure)).toBe('Cầu Cửa Sót ngày thông xe');
    const credited = paste(`${img}<p>Cầu Cửa Sót ngày thông xe. Ảnh: Thu Hà</p><p>${BODY_1}</p>`);
    expect((credited[0] as Figure).attrs.credit).toBe('Thu Hà');
  });
});
