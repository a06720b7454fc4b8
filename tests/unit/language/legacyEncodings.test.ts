import { describe, expect, it } from 'vitest';
import { allVietnameseLetters } from '../../../electron/services/language/legacy/letterParts';
import { decodeTcvn3, encodeTcvn3 } from '../../../electron/services/language/legacy/tcvn3';
import { decodeViqr, encodeViqr } from '../../../electron/services/language/legacy/viqr';
import { decodeVni, encodeVni } from '../../../electron/services/language/legacy/vni';

const SENTENCES = [
  'Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc',
  'Đợt sinh hoạt chính trị sâu rộng về “tự soi, tự sửa” tại thành phố Hà Tĩnh',
  'Đến thời điểm này, thành phố đã có 49 tổ chức cơ sở đảng trực thuộc; 246 chi bộ và 8.431 đảng viên.',
  'Người dân ở huyện Hương Khê, Vũ Quang được hỗ trợ khắc phục hậu quả mưa lũ.',
  'Khuya rồi, ngoài trời mưa rả rích; anh ấy vẫn nghiêng người đọc báo.',
];

const lowerLetters = allVietnameseLetters().filter((l) => l === l.toLowerCase());

describe('TCVN3 (ABC, .VnTime) as Word pastes it', () => {
  it('decodes the standard example', () => {
    expect(decodeTcvn3('Céng hßa x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
  });

  it('round-trips every lower-case letter with every tone and the capital hatted letters', () => {
    const text = [...lowerLetters, 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'].join(' ');
    expect(decodeTcvn3(encodeTcvn3(text))).toBe(text);
  });

  it('round-trips real sentences (capitals with tones go through the …H fonts)', () => {
    for (const sentence of SENTENCES) {
      const lowered = sentence.replace(/\p{Lu}/gu, (c) => (/[A-ZĂÂÊÔƠƯĐ]/u.test(c) ? c : c.toLowerCase()));
      expect(decodeTcvn3(encodeTcvn3(lowered))).toBe(lowered);
    }
  });

  it('keeps ư that arrives as a soft hyphen, and C1 controls as Windows punctuation', () => {
    expect(decodeTcvn3('ng\u00ADêi')).toBe('người');
    expect(decodeTcvn3('\u0093tù soi\u0094')).toBe('“tự soi”');
  });

  it('writes capitals for the upper-case fonts (.VnTimeH)', () => {
    expect(decodeTcvn3('b¶o vÖ', { upperCaseFont: true })).toBe('BẢO VỆ');
  });
});

describe('VNI-Windows', () => {
  it('decodes a typical paste', () => {
    expect(decodeVni('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
  });

  it('round-trips every letter with every tone in both cases', () => {
    const text = allVietnameseLetters().join(' ');
    expect(decodeVni(encodeVni(text))).toBe(text);
  });

  it('round-trips real sentences', () => {
    for (const sentence of SENTENCES) expect(decodeVni(encodeVni(sentence))).toBe(sentence);
  });
});

describe('VIQR (RFC 1456)', () => {
  it('decodes the RFC conventions, including the backslash escape', () => {
    expect(decodeViqr('Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeViqr('O^ng te^n gi`\\? To^i te^n la` Tra^`n Va(n Hie^\'u\\.')).toBe('Ông tên gì? Tôi tên là Trần Văn Hiếu.');
    expect(decodeViqr('DDu+o+`ng ddi')).toBe('Đường đi');
  });

  it('leaves sentence punctuation alone where it cannot be a tone', () => {
    expect(decodeViqr('Ha` No^.i.')).toBe('Hà Nội.');
    expect(decodeViqr('Hello. Is it? address')).toBe('Hello. Is it? address');
  });

  it('round-trips every letter with every tone in both cases', () => {
    const text = allVietnameseLetters().join(' ');
    expect(decodeViqr(encodeViqr(text))).toBe(text);
  });

  it('round-trips real sentences', () => {
    for (const sentence of SENTENCES) expect(decodeViqr(encodeViqr(sentence))).toBe(sentence);
  });
});
