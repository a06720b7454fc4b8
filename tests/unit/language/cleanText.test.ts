import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../electron/services/language/cleanText';

describe('cleanText', () => {
  it('normalises to NFC', () => {
    expect(cleanText('Việt Nam'.normalize('NFD'))).toBe('Việt Nam');
  });

  it('removes invisible junk: soft hyphens, zero-width spaces, BOM, bidi marks, stray controls', () => {
    expect(cleanText('\uFEFFtự\u00AD soi\u200B, tự\u200C sửa\u200E\u0007')).toBe('tự soi, tự sửa');
  });

  it('keeps the zero-width joiner of emoji sequences', () => {
    expect(cleanText('👨\u200D👩\u200D👧')).toBe('👨\u200D👩\u200D👧');
  });

  it('collapses runs of no-break spaces but keeps a deliberate single one', () => {
    expect(cleanText('Hà\u00A0\u00A0 Tĩnh')).toBe('Hà Tĩnh');
    expect(cleanText('10\u00A0km')).toBe('10\u00A0km');
  });

  it('normalises line endings', () => {
    expect(cleanText('a\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
  });

  it('optionally turns tabs into spaces', () => {
    expect(cleanText('a\tb')).toBe('a\tb');
    expect(cleanText('a\tb', { tabsToSpaces: true })).toBe('a b');
  });
});
