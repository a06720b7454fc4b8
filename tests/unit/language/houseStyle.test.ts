import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../../electron/services/language/checkArticle';
import { checkHouseStyle } from '../../../electron/services/language/houseStyle';
import type { ArticlePart } from '../../../electron/services/language/houseStyle/articleParts';
import { readFlatArticle, toFlatOffsets } from '../../../electron/services/language/houseStyle/flatArticle';
import { HouseStyleRulesError, parseHouseStyleRulesText, type HouseStyleRules } from '../../../electron/services/language/houseStyle/houseStyleRules';
import { houseRules, houseRulesText, newsroomWords, sampleText } from './languageFixtures';

const sample = readFlatArticle(sampleText, houseRules.flatArticle);

function check(parts: ArticlePart[], rules: HouseStyleRules = houseRules) {
  return checkHouseStyle(parts, rules).map(({ rule, part, text, from, to, suggestions }) => ({ rule, part, text, from, to, suggestions }));
}
const body = (...texts: string[]): ArticlePart[] => texts.map((text) => ({ kind: 'body', text }));

describe('the reference article', () => {
  it('is read into headline, sapo, body, captions and byline, without alt texts and site furniture', () => {
    expect(sample.parts.map((p) => p.kind)).toEqual([
      'headline', 'sapo', 'body', 'caption', 'body', 'body', 'body', 'body', 'body', 'caption',
      'body', 'body', 'caption', 'body', 'body', 'caption', 'body', 'body', 'byline',
    ]);
    expect(sample.parts[18]!.text).toBe('Trưởng ban Tuyên giáo Thành ủy Hà Tĩnh');
    expect(sample.parts[12]!.text).toMatch(/^Đến thời điểm này, thành phố đã có 49 tổ chức cơ sở đảng trực thuộc; 246/u);
  });

  it('gets exactly the findings a Vietnamese editor would make', () => {
    const findings = checkArticle(sample.parts, { rules: houseRules, wordList: newsroomWords });
    const brief = findings.map(({ rule, severity, part, partKind, from, to, text, suggestions }) => ({
      rule, severity, part, partKind, from, to, text: rule === 'caption-repeats-body' ? '<caption>' : text, suggestions,
    }));
    expect(brief).toEqual([
      { rule: 'consistent-capitals', severity: 'warning', part: 1, partKind: 'sapo', from: 25, to: 42, text: 'Thành phố Hà Tĩnh', suggestions: ['thành phố Hà Tĩnh'] },
      { rule: 'tone-placement', severity: 'info', part: 4, partKind: 'body', from: 127, to: 129, text: 'uỷ', suggestions: ['ủy'] },
      { rule: 'tone-placement', severity: 'info', part: 4, partKind: 'body', from: 307, to: 311, text: 'khoá', suggestions: ['khóa'] },
      { rule: 'consistent-phrasing', severity: 'warning', part: 5, partKind: 'body', from: 176, to: 191, text: 'tự soi - tự sửa', suggestions: ['tự soi, tự sửa'] },
      { rule: 'tone-placement', severity: 'info', part: 7, partKind: 'body', from: 79, to: 81, text: 'uỷ', suggestions: ['ủy'] },
      { rule: 'paragraph-end', severity: 'warning', part: 8, partKind: 'body', from: 310, to: 314, text: 'chữa', suggestions: ['chữa.'] },
      { rule: 'caption-repeats-body', severity: 'warning', part: 12, partKind: 'caption', from: 0, to: 182, text: '<caption>', suggestions: [] },
      { rule: 'consistent-capitals', severity: 'warning', part: 16, partKind: 'body', from: 40, to: 57, text: 'Thành phố Hà Tĩnh', suggestions: ['thành phố Hà Tĩnh'] },
      { rule: 'consistent-capitals', severity: 'warning', part: 17, partKind: 'body', from: 98, to: 115, text: 'Thành phố Hà Tĩnh', suggestions: ['thành phố Hà Tĩnh'] },
    ]);
    for (const f of findings) expect(sample.parts[f.part]!.text.slice(f.from, f.to)).toBe(f.text);
    const caption = findings.find((f) => f.rule === 'caption-repeats-body')!;
    expect(caption.message).toBe('Chú thích ảnh lặp lại gần nguyên văn đoạn 3 của bài (khác 2 chữ).');
    expect(findings[3]!.message).toBe('“tự soi - tự sửa” được viết hai kiểu trong bài; chỗ khác viết “tự soi, tự sửa” (10 lần).');
  });

  it('maps findings back to offsets in the flat file', () => {
    const [first] = checkHouseStyle(sample.parts, houseRules);
    const flat = toFlatOffsets(first!, sample);
    expect(sample.text.slice(flat.from, flat.to)).toBe('Thành phố Hà Tĩnh');
  });
});

describe('house-style rules', () => {
  it('straight quotes where “ ” are house style', () => {
    expect(check(body('Chủ đề "Thành phố Hà Tĩnh làm theo lời Bác" và "tự soi.'))).toEqual([
      { rule: 'straight-quotes', part: 0, text: '"Thành phố Hà Tĩnh làm theo lời Bác"', from: 7, to: 43, suggestions: ['“Thành phố Hà Tĩnh làm theo lời Bác”'] },
      { rule: 'straight-quotes', part: 0, text: '"', from: 47, to: 48, suggestions: ['“'] },
    ]);
  });

  it('spaces before punctuation, missing after, and double spaces', () => {
    expect(check(body('Đảng viên , cán bộ  và nhân dân ;đoàn viên:hội viên; 10:30 tại baohatinh.vn !'))).toEqual([
      { rule: 'spacing', part: 0, text: ' ,', from: 9, to: 11, suggestions: [','] },
      { rule: 'spacing', part: 0, text: ' ;', from: 31, to: 33, suggestions: [';'] },
      { rule: 'spacing', part: 0, text: ' !', from: 75, to: 77, suggestions: ['!'] },
      { rule: 'spacing', part: 0, text: ';', from: 32, to: 33, suggestions: ['; '] },
      { rule: 'spacing', part: 0, text: ':', from: 42, to: 43, suggestions: [': '] },
      { rule: 'spacing', part: 0, text: '  ', from: 18, to: 20, suggestions: [' '] },
    ].sort((a, b) => a.from - b.from || a.to - b.to));
  });

  it('the same phrase joined two ways', () => {
    const parts = body('Sinh hoạt “tự soi, tự sửa” đều đặn.', 'Cam kết “tự soi, tự sửa” rõ ràng.', 'Đợt “tự soi - tự sửa” kết thúc.');
    expect(check(parts)).toEqual([
      { rule: 'consistent-phrasing', part: 2, text: 'tự soi - tự sửa', from: 5, to: 20, suggestions: ['tự soi, tự sửa'] },
    ]);
  });

  it('the same title capitalised two ways mid-sentence, but not a generic noun against a name', () => {
    const parts = body(
      'Lãnh đạo thành phố Hà Tĩnh dự.',
      'Nhân dân thành phố Hà Tĩnh vui.',
      'Đảng bộ Thành phố Hà Tĩnh họp.',
      'Các đảng bộ cơ sở đã họp. Thành phố Hà Tĩnh mở đầu câu.',
    );
    expect(check(parts)).toEqual([
      { rule: 'consistent-capitals', part: 2, text: 'Thành phố Hà Tĩnh', from: 8, to: 25, suggestions: ['thành phố Hà Tĩnh'] },
    ]);
  });

  it('TP. against TP per house style', () => {
    expect(check(body('Tại TP. Hà Tĩnh và TP.HCM, TX. Hồng Lĩnh.'))).toEqual([
      { rule: 'abbreviation', part: 0, text: 'TP.', from: 4, to: 7, suggestions: ['TP'] },
      { rule: 'abbreviation', part: 0, text: 'TX.', from: 27, to: 30, suggestions: ['TX'] },
    ]);
  });

  it('number and date formats', () => {
    expect(check(body('Có 8.431 đảng viên, 12500 hội viên, 1,234,567 đồng, 2,5% và năm 2022; ngày 19/5/2022, 05/9/2022 và 19-5-2022; số 03/HD-Th.U; gọi 0912345678; công nghiệp 4.0.'))).toEqual([
      { rule: 'number-format', part: 0, text: '12500', from: 20, to: 25, suggestions: ['12.500'] },
      { rule: 'number-format', part: 0, text: '1,234,567', from: 36, to: 45, suggestions: ['1.234.567'] },
      { rule: 'date-format', part: 0, text: '05/9/2022', from: 86, to: 95, suggestions: ['5/9/2022'] },
      { rule: 'date-format', part: 0, text: '19-5-2022', from: 99, to: 108, suggestions: ['19/5/2022'] },
    ]);
  });

  it('a caption that repeats body text', () => {
    const parts: ArticlePart[] = [
      { kind: 'body', text: 'Hội nghị đã thông qua nghị quyết về phát triển kinh tế biển của tỉnh đến năm 2030.' },
      { kind: 'caption', text: 'Hội nghị thông qua nghị quyết về phát triển kinh tế biển đến năm 2030.' },
      { kind: 'caption', text: 'Đại biểu dự hội nghị.' },
    ];
    expect(check(parts).map((f) => [f.rule, f.part])).toEqual([['caption-repeats-body', 1]]);
  });

  it('headline or sapo over its limit', () => {
    const rules = { ...houseRules, limits: { ...houseRules.limits, headlineMaxWords: 10, sapoMaxWords: 60 } };
    const findings = checkHouseStyle(sample.parts.slice(0, 2), rules).filter((f) => f.rule === 'length-limit');
    expect(findings.map((f) => [f.partKind, f.params.count, f.params.limit])).toEqual([['headline', 17, 10]]);
    expect(findings[0]!.message).toBe('Tít dài 17 chữ, vượt giới hạn 10 chữ.');
  });

  it('a paragraph without closing punctuation', () => {
    expect(check(body('Câu trọn vẹn.', 'Câu có ngoặc “tự soi”.', 'Câu bỏ dở'))).toEqual([
      { rule: 'paragraph-end', part: 2, text: 'dở', from: 7, to: 9, suggestions: ['dở.'] },
    ]);
  });

  it('switches rules off and speaks English on request', () => {
    const rules = { ...houseRules, paragraphEnd: { severity: 'off' as const } };
    expect(check(body('Câu bỏ dở'), rules)).toEqual([]);
    const [finding] = checkHouseStyle(body('Câu bỏ dở'), houseRules, { locale: 'en' });
    expect(finding!.message).toBe('The paragraph ends without a full stop or other closing punctuation.');
  });
});

describe('the rules file', () => {
  it('loads the shipped file', () => {
    expect(houseRules.tonePlacement.prefer).toBe('old');
  });

  it('refuses a wrong file with one plain error naming each bad field', () => {
    const broken = JSON.parse(houseRulesText);
    broken.limits.headlineMaxWords = 'twenty';
    broken.quotes.open = '<<';
    broken.surprise = true;
    expect(() => parseHouseStyleRulesText(JSON.stringify(broken), 'test.json')).toThrow(HouseStyleRulesError);
    try {
      parseHouseStyleRulesText(JSON.stringify(broken), 'test.json');
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('test.json');
      expect(message).toContain('limits.headlineMaxWords');
      expect(message).toContain('quotes.open');
      expect(message).toContain('surprise');
    }
    expect(() => parseHouseStyleRulesText('{ not json', 'x.json')).toThrow(/x\.json[\s\S]*JSON/u);
  });
});
