// Text as it enters the article: NFC, without invisible characters that break search, word
// counts and house-style checks, and without bidi overrides that can disguise text.
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069]/g;
// C0/C1 controls other than tab and line breaks never belong in article text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;

/** Clean one run of text; keeps line breaks, does not collapse spaces. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(CONTROL, '').replace(SPACES, ' ');
}

/** Clean and collapse whitespace, as for one line or paragraph of plain text. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

const BIDI_OVERRIDES = /[\u202A-\u202E\u2066-\u2069]/g;
const C0_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Text exactly as pasted, for undoing a legacy-encoding conversion: legacy fonts put letters
 * on no-break spaces, soft hyphens and C1 codes, so only NFC, bidi overrides and C0 controls.
 */
export function cleanTextAsPasted(text: string): string {
  return text.normalize('NFC').replace(BIDI_OVERRIDES, '').replace(C0_CONTROLS, '');
}
