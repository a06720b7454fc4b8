import { describe, expect, it } from 'vitest';
import { allSyllables, isVietnameseSyllable, parseSyllable, withTonePlacement } from '../../../electron/services/language/syllable';

describe('Vietnamese syllable grammar', () => {
  it('accepts well-formed syllables from every part of the orthography', () => {
    const words =
      'Đợt sinh hoạt chính trị sâu rộng tự soi sửa thành phố Hà Tĩnh nghiêng nghĩa giếng gì già giữa ' +
      'quốc quý quyền khuỷu người rượu yêu yến uyên khuya ngoằn ngoèo xoong buýt kỹ sĩ lý lí ghế kẻng ' +
      'oà ỉa ừ ạ được tốt việc khoắng huơ thuở quạ';
    for (const word of words.split(' ')) expect(isVietnameseSyllable(word), word).toBe(true);
  });

  it('rejects violations of the spelling rules', () => {
    const bad = {
      cí: 'c before i must be k',
      kan: 'k before a must be c',
      gế: 'g before ê must be gh',
      ghà: 'gh before a must be g',
      ngiêng: 'ng before i must be ngh',
      nghà: 'ngh before a must be ng',
      qa: 'q needs u',
      tồt: '-t takes only sắc or nặng',
      đươc: '-c takes only sắc or nặng',
      bãch: '-ch takes only sắc or nặng',
      gìa: 'tone on the i of gi',
      qúy: 'tone on the u of qu',
      iêu: 'iê without onset is written yê',
      tyên: 'yê after a consonant is written iê',
      tòan: 'tone must be on a before a final',
      hóaa: 'no such rhyme',
      việtt: 'no such final',
      hoàá: 'two tones',
      cwa: 'w is not a Vietnamese letter',
    };
    for (const [word, why] of Object.entries(bad)) expect(isVietnameseSyllable(word), `${word}: ${why}`).toBe(false);
  });

  it('accepts both tone placements and reports which one a syllable uses', () => {
    expect(parseSyllable('hòa')?.placement).toBe('old');
    expect(parseSyllable('hoà')?.placement).toBe('new');
    expect(parseSyllable('thủy')?.placement).toBe('old');
    expect(parseSyllable('thuỷ')?.placement).toBe('new');
    expect(parseSyllable('ủy')?.placement).toBe('old');
    expect(parseSyllable('uỷ')?.placement).toBe('new');
    expect(parseSyllable('khỏe')?.placement).toBe('old');
    expect(parseSyllable('khoẻ')?.placement).toBe('new');
    // Where the conventions agree there is nothing to prefer.
    for (const word of ['hoàn', 'toán', 'quý', 'thuyền', 'ngoài', 'hoa']) expect(parseSyllable(word)?.placement, word).toBe('either');
  });

  it('converts between the placements', () => {
    expect(withTonePlacement('hòa', 'new')).toBe('hoà');
    expect(withTonePlacement('thuỷ', 'old')).toBe('thủy');
    expect(withTonePlacement('hoàn', 'old')).toBe('hoàn');
  });

  it('is case-insensitive and takes NFC and NFD input alike', () => {
    for (const word of ['Việt', 'VIỆT', 'việt'.normalize('NFD'), 'VIỆT'.normalize('NFD'), 'Hòa'.normalize('NFD')]) {
      expect(isVietnameseSyllable(word), word).toBe(true);
    }
    expect(parseSyllable('NGHIÊNG')).toEqual({ onset: 'ngh', rhyme: 'iêng', tone: 'ngang', placement: 'either' });
  });

  it('generates an inventory in which every member parses', () => {
    const all = [...allSyllables()];
    expect(all.length).toBeGreaterThan(10_000);
    expect(new Set(all).size).toBe(all.length);
    for (const syllable of all) expect(isVietnameseSyllable(syllable), syllable).toBe(true);
  });
});
