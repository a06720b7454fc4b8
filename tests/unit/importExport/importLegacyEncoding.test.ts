// Files typed in the old Vietnamese 8-bit encodings (.VnTime/TCVN3, VNI-Times) come in as the
// Unicode text Word showed, with a note, as a paste does; "ư" (TCVN3's U+00AD, a soft
// hyphen's code) is never deleted; Unicode files are left exactly as they are.
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../electron/services/import/importDocx';
import { importPlainTextFile } from '../../../electron/services/import/importPlainText';
import { encodeTcvn3 } from '../../../electron/services/language/legacy/tcvn3';
import { encodeVni } from '../../../electron/services/language/legacy/vni';
import { articleLines } from './support/articleLines';
import { withDocxParts } from './support/docxParts';
import { para, rawDocx, run } from './support/rawDocx';

const HEADLINE = 'Hà Tĩnh đưa nước sạch về bản';
const SAPO = 'Người dân vui mừng khi có nước sạch dùng hằng ngày.';
const BODY = 'Thân bài: công trình do tỉnh đầu tư, phục vụ hơn một nghìn hộ dân.';
const vnTime = '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>';
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('.docx typed in a legacy font', () => {
  it('converts runs set in .VnTime, keeping every "ư", and says so', async () => {
    expect(encodeTcvn3('ư')).toBe('\u00ad');
    const docx = rawDocx([HEADLINE, SAPO, BODY].map((t) => para(run(xml(encodeTcvn3(t)), vnTime))).join(''));
    const imported = await importDocx(docx, 'vntime.docx');
    expect(articleLines(imported.doc)).toEqual([HEADLINE, SAPO, BODY]);
    expect(imported.meta.headline).toBe(HEADLINE);
    expect(imported.warnings.map((w) => w.code)).toContain('import-legacy-converted');
    expect(articleLines(imported.doc).join('\n')).toBe(articleLines(imported.doc).join('\n').normalize('NFC'));
  });

  it('converts text whose .VnTime font comes from the Normal style, not the runs', async () => {
    const docx = withDocxParts(rawDocx([HEADLINE, SAPO, BODY].map((t) => para(run(xml(encodeTcvn3(t))))).join('')), {
      normalRunProperties: vnTime,
    });
    expect(articleLines((await importDocx(docx, 'normal.docx')).doc)).toEqual([HEADLINE, SAPO, BODY]);
  });

  it('converts VNI text by its VNI-Times font', async () => {
    const vni = '<w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/>';
    const docx = rawDocx([HEADLINE, SAPO, BODY].map((t) => para(run(xml(encodeVni(t)), vni))).join(''));
    expect(articleLines((await importDocx(docx, 'vni.docx')).doc)).toEqual([HEADLINE, SAPO, BODY]);
  });

  it('leaves a Unicode run beside a .VnTime one as it is', async () => {
    const docx = rawDocx(para(run(HEADLINE)) + para(run(xml(encodeTcvn3(SAPO)), vnTime)) + para(run(BODY)));
    expect(articleLines((await importDocx(docx, 'tron.docx')).doc)).toEqual([HEADLINE, SAPO, BODY]);
  });

  it('converts legacy letters in a font it does not know by the syllable test, and not Unicode text', async () => {
    const docx = rawDocx([HEADLINE, SAPO, BODY].map((t) => para(run(xml(encodeTcvn3(t)), '<w:rFonts w:ascii="Times New Roman"/>'))).join(''));
    expect(articleLines((await importDocx(docx, 'khong-phong.docx')).doc)).toEqual([HEADLINE, SAPO, BODY]);
    const unicode = await importDocx(rawDocx([HEADLINE, SAPO, BODY].map((t) => para(run(t))).join('')), 'unicode.docx');
    expect(articleLines(unicode.doc)).toEqual([HEADLINE, SAPO, BODY]);
    expect(unicode.warnings.map((w) => w.code)).not.toContain('import-legacy-converted');
  });
});

describe('.txt typed in a legacy encoding', () => {
  const article = [HEADLINE, SAPO, BODY, 'Đoạn cuối của bài viết về nước sạch ở vùng cao.'].join('\n');

  it('converts TCVN3 text saved as UTF-8 (copied from a .VnTime document)', () => {
    const imported = importPlainTextFile(new TextEncoder().encode(encodeTcvn3(article)), 'vntime.txt');
    expect(articleLines(imported.doc).slice(0, 3)).toEqual([HEADLINE, SAPO, BODY]);
    expect(imported.warnings.map((w) => w.code)).toContain('import-legacy-converted');
  });

  it('reads an 8-bit TCVN3 file (each byte one letter) instead of refusing it', () => {
    const bytes = Uint8Array.from(encodeTcvn3(article), (c) => c.charCodeAt(0));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const imported = importPlainTextFile(bytes, 'vntime-8bit.txt');
    expect(articleLines(imported.doc).slice(0, 3)).toEqual([HEADLINE, SAPO, BODY]);
  });

  it('still refuses an 8-bit file that is not Vietnamese, in plain words', () => {
    const bytes = Uint8Array.from('Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, na\u00efve fa\u00e7ade.\nSecond line here.', (c) => c.charCodeAt(0));
    expect(() => importPlainTextFile(bytes, 'latin1.txt')).toThrow(expect.objectContaining({ code: 'import-not-utf8' }));
  });

  it('leaves Unicode text alone, soft hyphens and all junk handling as before', () => {
    const imported = importPlainTextFile(new TextEncoder().encode(article), 'unicode.txt');
    expect(articleLines(imported.doc).slice(0, 3)).toEqual([HEADLINE, SAPO, BODY]);
    expect(imported.warnings.map((w) => w.code)).not.toContain('import-legacy-converted');
  });
});

describe('.docx footnotes in a legacy encoding', () => {
  it('converts the footnotes along with the body', async () => {
    const { buildDocx } = await import('./docxFixture');
    const note = 'Số liệu của Sở Nông nghiệp tỉnh Hà Tĩnh năm nay.';
    const docx = buildDocx(
      [{ runs: [encodeTcvn3(HEADLINE)] }, { runs: [encodeTcvn3(SAPO)] }, { runs: [encodeTcvn3(BODY), { footnote: encodeTcvn3(note) }] }],
      new Uint8Array(),
    );
    const lines = articleLines((await importDocx(docx, 'chu-thich.docx')).doc);
    expect(lines.slice(0, 2)).toEqual([HEADLINE, SAPO]);
    expect(lines.join('\n')).toContain(note);
  });
});
