import { describe, expect, it } from 'vitest';
import { spellCheck } from '../../../electron/services/language/spellCheck';
import { suggestSyllables } from '../../../electron/services/language/spellSuggestions';
import { newsroomWords, sampleText } from './languageFixtures';

const brief = (text: string, options: Parameters<typeof spellCheck>[1] = {}) =>
  spellCheck(text, { wordList: newsroomWords, ...options }).map(({ rule, severity, text: word, from, to, suggestions }) => ({
    rule, severity, text: word, from, to, suggestions,
  }));

describe('spell checking', () => {
  it('finds no spelling errors in the reference article, only the new-style tone placements', () => {
    const text = sampleText.normalize('NFC');
    const findings = brief(text, { preferredTonePlacement: 'old' });
    expect(findings).toEqual([
      { rule: 'tone-placement', severity: 'info', from: 847, to: 849, text: 'uỷ', suggestions: ['ủy'] },
      { rule: 'tone-placement', severity: 'info', from: 1027, to: 1031, text: 'khoá', suggestions: ['khóa'] },
      { rule: 'tone-placement', severity: 'info', from: 1601, to: 1603, text: 'uỷ', suggestions: ['ủy'] },
    ]);
    for (const f of findings) expect(text.slice(f.from, f.to)).toBe(f.text);
    expect(brief(text)).toEqual([]); // no house preference: both placements are fine
  });

  it('reports unknown syllables with offsets into the NFC text and ranked suggestions', () => {
    const text = 'Tôi đươc giao nhiệm vụ tồt, ngiêng về tòan bộ.'.normalize('NFD');
    const findings = brief(text, { preferredTonePlacement: 'old' });
    expect(findings.map((f) => [f.text, f.from, f.suggestions[0]])).toEqual([
      ['đươc', 4, 'được'],
      ['tồt', 23, 'tốt'],
      ['ngiêng', 28, 'nghiêng'],
      ['tòan', 38, 'toàn'],
    ]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('keeps the capitalisation of the word in its suggestions', () => {
    expect(suggestSyllables('Đươc')[0]).toBe('Được');
    expect(suggestSyllables('VIÊT').slice(0, 2)).toEqual(['VIẾT', 'VIỆT']);
  });

  it('does not flood: numbers, codes, URLs, e-mail, abbreviations, foreign words', () => {
    const text =
      'Hướng dẫn số 03/HD-Th.U ngày 19/5/2022 có 8.431 đảng viên, 2,5% và 10:30; UBND, HĐND, THCS, GD&ĐT, ' +
      'TP.HCM, ĐHQG, TX. Hồng Lĩnh; xem https://baohatinh.vn/tin-moi hoặc www.baohatinh.vn, thư toasoan@baohatinh.vn; ' +
      'Podcast, Emagazine, Facebook, Zalo, COVID-19, Zürich, façade, iPhone.';
    expect(brief(text)).toEqual([]);
  });

  it('honours the user dictionary and the ignore list', () => {
    expect(brief('Pelé ghi bàn').map((f) => f.text)).toEqual(['Pelé']);
    expect(brief('Pelé ghi bàn', { userDictionary: ['Pelé'] })).toEqual([]);
    expect(brief('Pelé ghi bàn', { ignore: ['Pelé'] })).toEqual([]);
  });

  it('reports the non-preferred tone placement as a style note in either direction', () => {
    expect(brief('hòa bình, thủy lợi', { preferredTonePlacement: 'new' })).toEqual([
      { rule: 'tone-placement', severity: 'info', text: 'hòa', from: 0, to: 3, suggestions: ['hoà'] },
      { rule: 'tone-placement', severity: 'info', text: 'thủy', from: 10, to: 14, suggestions: ['thuỷ'] },
    ]);
  });

  it('gives messages in Vietnamese by default and English on request', () => {
    const [vi] = spellCheck('tồt');
    const [en] = spellCheck('tồt', { locale: 'en' });
    expect(vi!.message).toBe('“tồt” không phải là âm tiết tiếng Việt hợp lệ.');
    expect(en!.message).toBe('“tồt” is not a valid Vietnamese syllable.');
    expect(vi).toMatchObject({ messageKey: 'spelling.unknown', params: { word: 'tồt' } });
  });
});
