// Word's clipboard (desktop Word, Word for Mac, Outlook) has no <ul>/<ol>: a list item is a
// paragraph styled `mso-list:l0 level2 lfo1` whose first run is its marker, typed out — a
// Symbol-font "·", a Courier "o", a Wingdings "§", or "1.", "a)", "iv." — inside a
// `mso-list:Ignore` span or between `[if !supportLists]` and `[endif]` comments.

export interface WordListStyle {
  /** 1 for the outer level. */
  level: number;
  /** The list instance (`lfo`): a new one starts the numbering again. */
  instance: string;
}

const MSO_LIST = /\bl(\d+)\s+level(\d+)\s+lfo(\d+)/i;

/** The list a paragraph's `mso-list` declaration puts it in, if any. */
export function wordListStyle(msoList: string | undefined): WordListStyle | null {
  const match = msoList ? MSO_LIST.exec(msoList) : null;
  if (!match) return null;
  return { level: Math.max(1, Number(match[2])), instance: `l${match[1]}-lfo${match[3]}` };
}

export interface ListMarker {
  ordered: boolean;
  /** The item's number when the marker says it ("3." → 3, "c)" → 3, "iv." → 4). */
  number: number | null;
}

const DIGITS = /^[([]?(\d+(?:\.\d+)*)[.)\]]?$/;
const LETTER = /^[([]?([a-z])[.)\]]$/i;
const ROMAN = /^[([]?([ivxlcdm]+)[.)\]]$/i;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

function romanValue(text: string): number | null {
  let total = 0;
  const digits = [...text.toLowerCase()].map((c) => ROMAN_VALUES[c]);
  digits.forEach((value, i) => (total += value < (digits[i + 1] ?? 0) ? -value : value));
  return total > 0 ? total : null;
}

/**
 * What a typed-out marker means. Numbers (with or without a stop), and letters or Roman
 * numerals followed by "." or ")" are numbered items; any other glyph is a bullet.
 */
export function readListMarker(raw: string): ListMarker {
  const marker = raw.replace(/[\s\u00a0]+/g, '');
  const digits = DIGITS.exec(marker);
  if (digits) {
    const parts = digits[1].split('.');
    return { ordered: true, number: Number(parts[parts.length - 1]) };
  }
  // "i." and "v." read as Roman numerals: a list lettered that far starts at "a.".
  const roman = ROMAN.exec(marker);
  if (roman && (roman[1].length > 1 || 'iv'.includes(roman[1].toLowerCase()))) return { ordered: true, number: romanValue(roman[1]) };
  const letter = LETTER.exec(marker);
  if (letter) return { ordered: true, number: letter[1].toLowerCase().charCodeAt(0) - 96 };
  return { ordered: false, number: null };
}

const PLAIN_NUMBER = /^\d+[.)]?$/;

/**
 * The marker as text to keep at the start of the paragraph, when an article list could not
 * show it: words ("Điều 1.", "Khoản 2"), several levels ("1.1."), letters ("a)") and Roman
 * numerals ("II."). Null for a plain number ("3.", "3)") or a one-glyph bullet.
 */
export function listLabelToKeep(raw: string): string | null {
  const marker = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  const compact = marker.replace(/ /g, '');
  if ([...compact].length <= 1 || PLAIN_NUMBER.test(compact)) return null;
  return marker.normalize('NFC');
}
