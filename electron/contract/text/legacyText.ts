// Signs that text is in a legacy Vietnamese encoding (TCVN3/ABC, VNI, VIQR), shared by the
// paste path (renderer) and the file importers (services): a legacy font name is the
// strongest; otherwise Latin-1 letters Unicode Vietnamese never uses. These only decide
// whether to ask the converter (services/language/legacy/detectEncoding), which has the last word.

const LEGACY_FONT = /^(\.vn\w+|vni[-\s]\w+)/i;

/** `.VnTime`, `.VnTimeH`, `VNI-Times`…: fonts whose letters are legacy 8-bit codes. */
export function isLegacyFont(name: string): boolean {
  return LEGACY_FONT.test(name.trim().replace(/^['"]|['"]$/g, ''));
}

// Fonts of pictures, not letters: Word sets its bullets in them ("·" in Symbol, "§" and "Ø"
// in Wingdings), and their characters mean nothing in any text encoding.
const SYMBOL_FONT = /^(?:symbol|wingdings(?:\s*[23])?|webdings|zapf\s*dingbats|marlett|ms\s*outlook)$/i;

export function isSymbolFont(name: string): boolean {
  return SYMBOL_FONT.test(name.trim());
}

// Latin-1 letters and signs that TCVN3/VNI text is full of and Unicode Vietnamese never
// uses, and VIQR's marks after vowels (a^ o+ u+ a( e` a~).
const LEGACY_LOOKING = /[\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE-\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE-\u00DF\u00E4-\u00E7\u00EB\u00EE-\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF]/;
const VIQR_MARK = /[aeiouyAEIOUY](?:[\^(+][`'?~.]?|[`~])/g;

export function looksLegacy(text: string): boolean {
  return LEGACY_LOOKING.test(text) || (text.match(VIQR_MARK)?.length ?? 0) >= 2;
}

/** How the import notes name each legacy encoding. */
export const LEGACY_ENCODING_NAMES = { tcvn3: 'TCVN3 (.VnTime)', vni: 'VNI (VNI-Times)', viqr: 'VIQR' } as const;
