import { describe, expect, it } from 'vitest';
import { detectEncoding, encodingFromFontName } from '../../../electron/services/language/legacy/detectEncoding';
import { encodeTcvn3 } from '../../../electron/services/language/legacy/tcvn3';
import { encodeViqr } from '../../../electron/services/language/legacy/viqr';
import { encodeVni } from '../../../electron/services/language/legacy/vni';
import { prepareIncomingText } from '../../../electron/services/language/prepareIncomingText';
import { readFileSync } from 'node:fs';

const sample = readFileSync(new URL('../../fixtures/baohatinh-tu-soi-tu-sua.txt', import.meta.url), 'utf8');
const paragraph =
  'Đến thời điểm này, thành phố đã có 49 tổ chức cơ sở đảng trực thuộc; 246 chi bộ trực thuộc đảng ủy cơ sở và 8.431 đảng viên đăng ký tham gia đợt sinh hoạt chuyên đề “tự soi, tự sửa”.';
const lower = (s: string) => s.replace(/\p{Lu}/gu, (c) => (/[A-ZĂÂÊÔƠƯĐ]/u.test(c) ? c : c.toLowerCase()));

describe('legacy encoding detection', () => {
  it('recognises TCVN3, VNI and VIQR by their syllables', () => {
    expect(detectEncoding('Céng hßa x· héi chñ nghÜa ViÖt Nam')).toMatchObject({ encoding: 'tcvn3', text: 'Cộng hòa xã hội chủ nghĩa Việt Nam' });
    expect(detectEncoding(encodeTcvn3(lower(paragraph)))).toMatchObject({ encoding: 'tcvn3', text: lower(paragraph) });
    expect(detectEncoding(encodeVni(paragraph))).toMatchObject({ encoding: 'vni', text: paragraph });
    expect(detectEncoding(encodeViqr(paragraph))).toMatchObject({ encoding: 'viqr', text: paragraph });
  });

  it('lets a legacy font name win', () => {
    expect(encodingFromFontName('.VnTime')).toEqual({ encoding: 'tcvn3', upperCaseFont: false });
    expect(encodingFromFontName('.VnTimeH')).toEqual({ encoding: 'tcvn3', upperCaseFont: true });
    expect(encodingFromFontName('"VNI-Times"')).toEqual({ encoding: 'vni', upperCaseFont: false });
    expect(encodingFromFontName('Times New Roman')).toBeUndefined();
    expect(detectEncoding('b¶o vÖ', { fontName: '.VnArialH' })).toMatchObject({ encoding: 'tcvn3', text: 'BẢO VỆ', reason: 'font-name' });
  });

  it('never touches clean text: Unicode NFC and NFD, English, unaccented Vietnamese', () => {
    const clean = [
      sample,
      paragraph,
      sample.normalize('NFD'),
      'The quick brown fox jumps over the lazy dog. I\'m sure it\'s fine, isn\'t it? See https://example.com/a?b=c.',
      'Cong hoa xa hoi chu nghia Viet Nam. Doc lap - Tu do - Hanh phuc. Toi di hoc.',
      'España, Zürich, café, naïve résumé — São Paulo, Kraków, Ålesund.',
      '8.431 đảng viên; 19/5/2022; GD&ĐT; UBND; email: toa.soan@baohatinh.vn',
    ];
    for (const text of clean) expect(detectEncoding(text), text.slice(0, 40)).toMatchObject({ encoding: 'unicode', text });
  });
});

describe('incoming text: decode, then clean', () => {
  it('keeps TCVN3 ư (a soft hyphen before decoding) and then removes real junk', () => {
    const pasted = `\uFEFF${encodeTcvn3('người dân được hỗ trợ')}\u200B\r\n\u00A0\u00A0tiếp`;
    expect(prepareIncomingText(pasted)).toMatchObject({ encoding: 'tcvn3', text: 'người dân được hỗ trợ\n tiếp' });
  });

  it('returns Unicode input cleaned but otherwise as it was', () => {
    const result = prepareIncomingText('Hà\u00ADTĩnh  '.normalize('NFD'));
    expect(result).toMatchObject({ encoding: 'unicode', reason: 'unchanged', text: 'HàTĩnh  ' });
  });
});
