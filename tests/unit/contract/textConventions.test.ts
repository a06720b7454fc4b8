import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldDiacritics, slugify } from '../../../electron/contract/text/slug';
import { countCharacters, countWords } from '../../../electron/contract/text/wordCount';
import { toNfc } from '../../../electron/contract/text/normalize';

const SAMPLE_HEADLINE = 'Đợt sinh hoạt chính trị sâu rộng về “tự soi, tự sửa” tại thành phố Hà Tĩnh';

describe('slugify', () => {
  it('folds the sample headline the way the desk expects', () => {
    expect(slugify(SAMPLE_HEADLINE)).toBe('dot-sinh-hoat-chinh-tri-sau-rong-ve-tu-soi-tu-sua-tai-thanh-pho-ha-tinh');
  });

  it('folds the sample file’s first line the same way', async () => {
    const text = await fs.readFile(path.join(import.meta.dirname, '../../fixtures/baohatinh-tu-soi-tu-sua.txt'), 'utf8');
    const headline = text.split('\n')[0];
    expect(slugify(headline)).toBe('dot-sinh-hoat-chinh-tri-sau-rong-ve-tu-soi-tu-sua-tai-thanh-pho-ha-tinh');
  });

  it('maps đ/Đ and decomposed (NFD) input alike', () => {
    expect(foldDiacritics('Đảng đoàn')).toBe('Dang doan');
    expect(slugify('Hà Tĩnh'.normalize('NFD'))).toBe('ha-tinh');
  });

  it('gives an empty slug for text without letters, and trims dashes', () => {
    expect(slugify('“ — ”')).toBe('');
    expect(slugify('  -Hà-  ')).toBe('ha');
  });

  it('cuts long slugs at a word boundary', () => {
    const slug = slugify(SAMPLE_HEADLINE, 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug).toBe('dot-sinh-hoat-chinh-tri-sau');
  });
});

describe('countWords', () => {
  it('counts space-separated syllables, as Vietnamese newsrooms do', () => {
    expect(countWords('Hà Tĩnh')).toBe(2);
    expect(countWords(SAMPLE_HEADLINE)).toBe(17);
  });

  it('ignores punctuation standing alone and extra whitespace', () => {
    expect(countWords('(Baohatinh.vn) - Đảng bộ')).toBe(3);
    expect(countWords(' “ tự soi ” \n\n tự sửa ')).toBe(4);
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\t ')).toBe(0);
  });

  it('counts numbers and codes as words', () => {
    expect(countWords('Hướng dẫn số 03/HD-Th.U ngày 19/5/2022')).toBe(6);
  });

  it('counts the sample article', async () => {
    const text = await fs.readFile(path.join(import.meta.dirname, '../../fixtures/baohatinh-tu-soi-tu-sua.txt'), 'utf8');
    const words = countWords(text);
    expect(words).toBe(text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length);
    expect(words).toBeGreaterThan(1000);
  });
});

describe('countCharacters and NFC', () => {
  it('counts composed characters once, whatever the input form', () => {
    expect(countCharacters('Hà Tĩnh')).toBe(7);
    expect(countCharacters('Hà Tĩnh'.normalize('NFD'))).toBe(7);
    expect(toNfc('Tĩnh'.normalize('NFD'))).toBe('Tĩnh');
  });
});
