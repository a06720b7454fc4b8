// Vietnamese comes out NFC even when an accent typed as its own code point sits in a run of
// other formatting than its letter (Word splits runs there): the accent goes with its letter,
// and search, spelling and word counts see one "ế", not "e" plus a mark.
import { describe, expect, it } from 'vitest';
import { convertPastedHtml } from '../../../electron/services/import/convertPastedHtml';
import { runsText } from '../../../electron/services/import/inlineRuns';

const textOf = (html: string) => {
  const [block] = convertPastedHtml(html).blocks;
  return block.type === 'paragraph' ? block.content ?? [] : [];
};

describe('an accent in another run than its letter', () => {
  it('joins its letter, and the text is NFC', () => {
    // "Kinh tế" with "tê" bold and the acute accent (U+0301) not bold.
    const content = textOf('<p>Kinh <b>t\u00ea</b>\u0301 tăng</p>');
    const text = runsText(content);
    expect(text).toBe('Kinh tế tăng');
    expect(text.normalize('NFC')).toBe(text);
    expect(content).toEqual([
      { type: 'text', text: 'Kinh ' },
      { type: 'text', text: 'tế', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' tăng' },
    ]);
  });

  it('keeps a mark at the very start of a paragraph as it is (no letter to join)', () => {
    expect(runsText(textOf('<p>\u0301a</p>'))).toBe('\u0301a'.normalize('NFC'));
  });
});
