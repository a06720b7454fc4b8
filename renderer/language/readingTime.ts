// Reading time at the newsroom's rate (syllables a minute; 220 unless settings say otherwise).
export const DEFAULT_READING_RATE = 220;

export interface ReadingTime {
  unit: 'seconds' | 'minutes';
  value: number;
}

export function readingTime(syllables: number, rate: number = DEFAULT_READING_RATE): ReadingTime {
  const seconds = (syllables / rate) * 60;
  if (seconds < 60) return { unit: 'seconds', value: Math.max(syllables > 0 ? 1 : 0, Math.round(seconds)) };
  return { unit: 'minutes', value: Math.round(seconds / 60) };
}
