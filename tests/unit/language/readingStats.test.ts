import { describe, expect, it } from 'vitest';
import { readingStats, readingStatsOfParts } from '../../../electron/services/language/readingStats';

describe('reading stats', () => {
  it('counts syllables as newsrooms do, and characters', () => {
    expect(readingStats('Đợt sinh hoạt “tự soi, tự sửa” - Hà Tĩnh')).toMatchObject({ syllables: 9, characters: 40, charactersWithoutSpaces: 31 });
  });

  it('computes reading time at 220 syllables a minute by default, or a given rate', () => {
    const text = Array.from({ length: 440 }, () => 'chữ').join(' ');
    expect(readingStats(text)).toMatchObject({ syllables: 440, readingSeconds: 120, readingMinutes: 2 });
    expect(readingStats(text, 110)).toMatchObject({ readingSeconds: 240, readingMinutes: 4 });
    expect(readingStats('')).toMatchObject({ syllables: 0, readingSeconds: 0 });
    expect(() => readingStats(text, 0)).toThrow(RangeError);
  });

  it('adds up parts', () => {
    expect(readingStatsOfParts(['Tít bài', 'Sapo ngắn gọn.']).syllables).toBe(5);
  });
});
