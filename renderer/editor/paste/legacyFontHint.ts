// Font names in pasted HTML are the strongest hint that text is in a legacy Vietnamese
// encoding: Word keeps `font-family:.VnTime` (TCVN3/ABC) or `VNI-Times` (VNI) on each run.

const LEGACY_FONT = /^(\.vn\w+|vni[-\s]\w+)/i;

/** The first family of a CSS font-family list, without quotes. */
function firstFamily(list: string): string {
  return (list.split(',')[0] ?? '').trim().replace(/^['"]|['"]$/g, '');
}

/**
 * The font a text node is set in (the nearest family named up its ancestors), if any: an
 * element's own `style` first, then its classes' rules in the clipboard's stylesheet
 * (`classFonts`, see stylesheetFonts), then a <font face>.
 */
export function fontFamilyOf(node: Node, classFonts?: ReadonlyMap<string, string>): string | undefined {
  for (let el = node.parentElement; el; el = el.parentElement) {
    const fromClass = classFonts?.size ? Array.from(el.classList ?? []).map((c) => classFonts.get(c)).findLast(Boolean) : undefined;
    const family = el.style?.fontFamily || fromClass || (el.getAttribute('face') ?? '');
    if (family) return firstFamily(family);
  }
  return undefined;
}

export function isLegacyFont(name: string): boolean {
  return LEGACY_FONT.test(name);
}

// Fonts of pictures, not letters: Word sets its bullets in them ("·" in Symbol, "§" and "Ø"
// in Wingdings), and their characters mean nothing in any text encoding.
const SYMBOL_FONT = /^(?:symbol|wingdings(?:\s*[23])?|webdings|zapf\s*dingbats|marlett|ms\s*outlook)$/i;

export function isSymbolFont(name: string): boolean {
  return SYMBOL_FONT.test(name);
}

// Latin-1 letters and signs that TCVN3/VNI text is full of and Unicode Vietnamese never
// uses, and VIQR's marks after vowels (a^ o+ u+ a( e` a~). Only decides whether to ask
// language:convert; the backend has the last word.
const LEGACY_LOOKING = /[\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE-\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE-\u00DF\u00E4-\u00E7\u00EB\u00EE-\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF]/;
const VIQR_MARK = /[aeiouyAEIOUY](?:[\^(+][`'?~.]?|[`~])/g;

export function looksLegacy(text: string): boolean {
  return LEGACY_LOOKING.test(text) || (text.match(VIQR_MARK)?.length ?? 0) >= 2;
}
