// Word count (syllables, as Vietnamese newsrooms and Word count), characters and reading
// time, for the article or a selection.

import { countCharacters, countWords } from '../../contract/text/wordCount';

export interface ReadingStats {
  syllables: number;
  characters: number;
  charactersWithoutSpaces: number;
  /** Whole seconds at the given rate, rounded up; minutes = seconds / 60. */
  readingSeconds: number;
  readingMinutes: number;
}

export const DEFAULT_SYLLABLES_PER_MINUTE = 220;

export function readingStats(text: string, syllablesPerMinute = DEFAULT_SYLLABLES_PER_MINUTE): ReadingStats {
  if (!(syllablesPerMinute > 0)) throw new RangeError('syllablesPerMinute must be positive');
  const syllables = countWords(text);
  const readingSeconds = Math.ceil((syllables / syllablesPerMinute) * 60);
  return {
    syllables,
    characters: countCharacters(text),
    charactersWithoutSpaces: countCharacters(text.replace(/\s+/gu, '')),
    readingSeconds,
    readingMinutes: Math.round((readingSeconds / 60) * 10) / 10,
  };
}

/** Stats for several parts (headline, sapo, paragraphs…) counted as one text. */
export function readingStatsOfParts(parts: readonly string[], syllablesPerMinute?: number): ReadingStats {
  return readingStats(parts.join('\n'), syllablesPerMinute);
}
