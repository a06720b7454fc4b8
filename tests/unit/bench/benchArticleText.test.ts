// The bench's generated articles read like a reporter's draft to the checks: a misspelling
// about every 250 words, not a made-up syllable every other word. The stress text (made-up
// syllables) stays available and underlines a large share of its words.
import { afterEach, describe, expect, it } from 'vitest';
import { spellCheck } from '../../../electron/services/language/spellCheck';
import { paragraphs, seededRandom, useStressText } from '../../../bench/data/vietnameseText';
import { newsroomWords, spellingModel } from '../language/languageFixtures';

const WORDS = 5000;

function flaggedShare(): { flagged: number; words: number } {
  const text = paragraphs(seededRandom(WORDS), WORDS).join('\n');
  const flagged = spellCheck(text, { wordList: newsroomWords, model: spellingModel, maxSuggestions: 0 }).filter((f) => f.severity !== 'info');
  return { flagged: flagged.length, words: text.split(/\s+/u).length };
}

afterEach(() => useStressText(false));

describe('the bench articles’ text', () => {
  it('is a draft: real syllables, about one misspelling in 250 words', () => {
    const { flagged, words } = flaggedShare();
    expect(words).toBe(WORDS);
    expect(flagged).toBeGreaterThan(WORDS / 250 / 2);
    expect(flagged).toBeLessThan((WORDS / 250) * 2);
  });

  it('with --stress-findings, is made-up syllables the checks underline by the thousand', () => {
    useStressText(true);
    const { flagged } = flaggedShare();
    expect(flagged).toBeGreaterThan(WORDS * 0.3);
  });
});
