// Signs typed in a symbol font. Word's clipboard writes the font's own 8-bit code (≥ in Symbol
// is "³", ✓ in Wingdings is "ü") and a .docx keeps it as a private-use character (U+F0B3):
// read as text they are the wrong letters. The common signs map to their Unicode characters;
// what is not in these tables is kept as it came, and the reporter is told.

export type SymbolFont = 'symbol' | 'wingdings';

/** The symbol font a CSS font family names, if it is one of those whose codes we know. */
export function symbolFontOf(family: string | undefined): SymbolFont | null {
  const first = (family ?? '').split(',')[0].trim().replace(/^['"]|['"]$/g, '').toLowerCase();
  if (first === 'symbol') return 'symbol';
  if (first === 'wingdings') return 'wingdings';
  return null;
}

/** Symbol: Greek letters and the signs of mathematics (Adobe's Symbol encoding). */
const SYMBOL_GREEK_UPPER = 'ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ'; // 0x41–0x5A
const SYMBOL_GREEK_LOWER = 'αβχδεφγηιϕκλμνοπθρστυϖωξψζ'; // 0x61–0x7A
const SYMBOL_SIGNS: Record<number, string> = {
  0x22: '∀', 0x24: '∃', 0x27: '∋', 0x2a: '∗', 0x2d: '−', 0x40: '≅', 0x5c: '∴', 0x5e: '⊥', 0x7e: '∼',
  0xa0: '€', 0xa1: 'ϒ', 0xa2: '′', 0xa3: '≤', 0xa4: '⁄', 0xa5: '∞', 0xa6: 'ƒ', 0xa7: '♣', 0xa8: '♦', 0xa9: '♥',
  0xaa: '♠', 0xab: '↔', 0xac: '←', 0xad: '↑', 0xae: '→', 0xaf: '↓', 0xb0: '°', 0xb1: '±', 0xb2: '″', 0xb3: '≥',
  0xb4: '×', 0xb5: '∝', 0xb6: '∂', 0xb7: '•', 0xb8: '÷', 0xb9: '≠', 0xba: '≡', 0xbb: '≈', 0xbc: '…', 0xbf: '↵',
  0xc0: 'ℵ', 0xc1: 'ℑ', 0xc2: 'ℜ', 0xc3: '℘', 0xc4: '⊗', 0xc5: '⊕', 0xc6: '∅', 0xc7: '∩', 0xc8: '∪', 0xc9: '⊃',
  0xca: '⊇', 0xcb: '⊄', 0xcc: '⊂', 0xcd: '⊆', 0xce: '∈', 0xcf: '∉', 0xd0: '∠', 0xd1: '∇', 0xd2: '®', 0xd3: '©',
  0xd4: '™', 0xd5: '∏', 0xd6: '√', 0xd7: '⋅', 0xd8: '¬', 0xd9: '∧', 0xda: '∨', 0xdb: '⇔', 0xdc: '⇐', 0xdd: '⇑',
  0xde: '⇒', 0xdf: '⇓', 0xe0: '◊', 0xe1: '〈', 0xe2: '®', 0xe3: '©', 0xe4: '™', 0xe5: '∑', 0xf1: '〉', 0xf2: '∫',
};

/** Wingdings: the bullets, checks, arrows and marks reporters use. */
const WINGDINGS: Record<number, string> = {
  0x21: '✏', 0x22: '✂', 0x28: '☎', 0x2a: '✉', 0x3f: '✍', 0x41: '✌', 0x43: '👍', 0x44: '👎', 0x45: '☜', 0x46: '☞',
  0x47: '☝', 0x48: '☟', 0x4a: '☺', 0x4b: '😐', 0x4c: '☹', 0x4f: '⚐', 0x51: '✈', 0x52: '☼', 0x54: '❄',
  0x6c: '●', 0x6d: '❍', 0x6e: '■', 0x6f: '□', 0x71: '❑', 0x72: '❒', 0x73: '⬧', 0x74: '⧫', 0x75: '◆', 0x76: '❖',
  0x77: '⬥', 0x78: '⌧', 0x7b: '❀', 0x7c: '✿', 0x7d: '❝', 0x7e: '❞',
  0x80: '⓪', 0x81: '①', 0x82: '②', 0x83: '③', 0x84: '④', 0x85: '⑤', 0x86: '⑥', 0x87: '⑦', 0x88: '⑧', 0x89: '⑨',
  0x8a: '⑩', 0x8c: '❶', 0x8d: '❷', 0x8e: '❸', 0x8f: '❹', 0x90: '❺', 0x91: '❻', 0x92: '❼', 0x93: '❽', 0x94: '❾',
  0x95: '❿', 0x9e: '·', 0x9f: '•', 0xa0: '▪', 0xa1: '○', 0xa4: '◉', 0xa5: '◎', 0xa7: '▪', 0xa8: '◻', 0xaa: '✦',
  0xab: '★', 0xac: '✶', 0xad: '✴', 0xae: '✹', 0xaf: '✵', 0xb5: '✪', 0xb6: '✰', 0xd5: '⌫', 0xd6: '⌦', 0xd8: '➢',
  0xdc: '➲', 0xdf: '←', 0xe0: '→', 0xe1: '↑', 0xe2: '↓', 0xe7: '⬅', 0xe8: '➔', 0xe9: '⬆', 0xea: '⬇', 0xef: '⇦',
  0xf0: '⇨', 0xf1: '⇧', 0xf2: '⇩', 0xf3: '⬄', 0xf4: '⇳', 0xfb: '✗', 0xfc: '✓', 0xfd: '☒', 0xfe: '☑',
};

function symbolSign(code: number): string | undefined {
  if (code >= 0x41 && code <= 0x5a) return SYMBOL_GREEK_UPPER[code - 0x41];
  if (code >= 0x61 && code <= 0x7a) return SYMBOL_GREEK_LOWER[code - 0x61];
  if (SYMBOL_SIGNS[code]) return SYMBOL_SIGNS[code];
  // Digits, punctuation and brackets are where ASCII has them.
  return code >= 0x20 && code < 0x7f ? String.fromCharCode(code) : undefined;
}

export interface SymbolText {
  text: string;
  /** The characters that have no sign in our tables (kept as they came). */
  unknown: string;
}

/** The signs a run set in a symbol font shows; a private-use U+F0xx reads as its low byte. */
export function readSymbolText(text: string, font: SymbolFont): SymbolText {
  let out = '';
  let unknown = '';
  for (const char of text) {
    let code = char.codePointAt(0)!;
    if (code >= 0xf020 && code <= 0xf0ff) code -= 0xf000;
    if (/\s/.test(char)) {
      out += char;
      continue;
    }
    const sign = font === 'symbol' ? symbolSign(code) : WINGDINGS[code];
    if (sign) out += sign;
    else {
      out += char;
      unknown += char;
    }
  }
  return { text: out, unknown };
}
