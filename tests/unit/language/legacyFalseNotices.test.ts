// The legacy-encoding detector and Unicode text: Word's Symbol/Wingdings bullets, page
// separators and ordinary Latin-1 letters never make it offer to "convert" text that is
// already Unicode — not in any clipboard fixture, not alone — while real TCVN3, VNI and VIQR
// text is still recognised.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../../electron/services/language/legacy/detectEncoding';
import { convertPastedHtml } from '../../../electron/services/import/convertPastedHtml';
import { articleBlocks, readArticleDoc } from '../../../electron/contract/article/articleContent';

const FIXTURES = 'tests/fixtures/paste';

/** The text a paste brings, read the article's way. */
function pastedText(file: string): string {
  const { blocks } = convertPastedHtml(readFileSync(path.join(FIXTURES, file), 'utf8'));
  const doc = { type: 'doc' as const, content: [{ type: 'headline' as const }, { type: 'sapo' as const }, ...blocks] };
  expect(articleBlocks(doc).body.length).toBeGreaterThan(0);
  return readArticleDoc(doc).text;
}

describe('no false legacy notice on Unicode text', () => {
  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.html')))('%s', (file) => {
    expect(detectEncoding(pastedText(file)).encoding).toBe('unicode');
  });

  it.each([
    ['bullet glyphs of Word’s symbol fonts, alone or in a row', ['·', '· · ·', '§', 'Ø', 'ü', 'ã', '\uf0b7', 'q', 'v']],
    ['page separators between Vietnamese words', ['Thể thao · Bóng đá · Podcast', 'Tin mới § Emagazine § Truyền hình']],
    ['Latin-1 letters in names and words', ['Kỹ sư Thomas Müller gọi đây là “một công trình đẹp”', 'São Paulo, Curaçao, Ångström, Øresund, Björk, Zürich', 'a naïve café, 30°C, ½, «trích dẫn»']],
  ])('%s', (_label, texts) => {
    for (const text of texts) expect(detectEncoding(text).encoding, text).toBe('unicode');
  });
});

describe('real legacy text is still recognised', () => {
  it.each([
    ['Céng hßa x· héi chñ nghÜa ViÖt Nam', 'tcvn3', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['®éc lËp tù do h¹nh phóc', 'tcvn3', 'độc lập tự do hạnh phúc'],
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'vni', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam', 'viqr', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
  ])('%s', (text, encoding, unicode) => {
    const verdict = detectEncoding(text);
    expect(verdict.encoding).toBe(encoding);
    expect(verdict.text).toBe(unicode);
  });
});
