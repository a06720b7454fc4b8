// Invisible characters that ride along with pasted text and confuse search, counts and the
// spell checker. Run only after any legacy decoding: in TCVN3 the byte for "ư" is U+00AD,
// the soft hyphen, so cleaning first would eat letters.

const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;
const NBSP_RUN = /\u00A0{2,}/g;

export function removeInvisibleJunk(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(NBSP_RUN, ' ');
}
