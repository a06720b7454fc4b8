// Font names in pasted HTML are the strongest hint that text is in a legacy Vietnamese
// encoding: Word keeps `font-family:.VnTime` (TCVN3/ABC) or `VNI-Times` (VNI) on each run.

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

// The signs themselves are shared with the file importers.
export { isLegacyFont, isSymbolFont, looksLegacy } from '../../../electron/contract/text/legacyText';
