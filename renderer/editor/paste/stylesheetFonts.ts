// The fonts a clipboard's stylesheet gives its classes. Word sets the font of a document's
// Normal style there, not on each run (`p.MsoNormal {font-family:".VnTime"}`), so a paste
// typed in .VnTime through the Normal style says so only in its <style>. Read as text with a
// regular expression: a parsed document applies no stylesheet to an element's `style`.

const RULE = /([^{}]+)\{([^{}]*)\}/g;
const CLASS_SELECTOR = /^(?:[a-z][a-z0-9]*)?\.([\w-]+)$/i;
const FONT_FAMILY = /(?:^|;)\s*font-family\s*:\s*([^;]+)/i;

/** Class name → the font-family its rules name (the last rule naming one wins). */
export function classFontsOf(doc: Document): Map<string, string> {
  const css = Array.from(doc.querySelectorAll('style'))
    .map((style) => style.textContent ?? '')
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--|-->/g, '');
  const fonts = new Map<string, string>();
  for (const [, selectors, body] of css.matchAll(RULE)) {
    if (selectors.trim().startsWith('@')) continue;
    const family = FONT_FAMILY.exec(body)?.[1].trim();
    if (!family) continue;
    for (const selector of selectors.split(',')) {
      const match = CLASS_SELECTOR.exec(selector.trim());
      if (match) fonts.set(match[1], family);
    }
  }
  return fonts;
}
