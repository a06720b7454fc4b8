// Clean text in: NFC, invisible junk out, one kind of line ending. Run it AFTER legacy
// decoding — in TCVN3 the byte for ư arrives as U+00AD, which this removes as a soft hyphen.

export interface CleanTextOptions {
  /** Turn tabs into single spaces (body text has no use for them). Default false. */
  tabsToSpaces?: boolean;
}

// Soft hyphen, zero-width space/non-joiner, word joiner, BOM/ZWNBSP, bidi marks, Mongolian
// vowel separator, and C0/C1 controls other than tab and newline. ZWJ (U+200D) stays: it
// glues emoji sequences.
const INVISIBLE_JUNK = /[\u00AD\u200B\u200C\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069\u180E\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
// A run of two or more spaces that contains a no-break space (what Word leaves behind for
// indents) becomes one space; a single NBSP between words is deliberate and stays.
const NBSP_RUN = /[ \u00A0\u202F]*\u00A0[ \u00A0\u202F]*/gu;

export function cleanText(text: string, options: CleanTextOptions = {}): string {
  let out = text.replace(LINE_BREAKS, '\n');
  out = out.replace(INVISIBLE_JUNK, '');
  out = out.replace(NBSP_RUN, (run) => (run.length > 1 ? ' ' : run));
  if (options.tabsToSpaces) out = out.replace(/\t/g, ' ');
  return out.normalize('NFC');
}
