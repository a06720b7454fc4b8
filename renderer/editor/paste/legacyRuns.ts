// The text runs of a paste that may be in a legacy Vietnamese encoding: set in a .VnTime or
// VNI font (on the run, or through its paragraph's style in the clipboard's stylesheet), or
// holding letters Unicode Vietnamese never uses. List markers and text set in
// symbol fonts are glyphs, not text (Word's "·" bullet in Symbol would otherwise read as
// TCVN3), and so are left alone.
import type { LegacyRun } from './convertLegacyRuns';
import { fontFamilyOf, isLegacyFont, isSymbolFont, looksLegacy } from './legacyFontHint';
import { parsePastedHtml } from './sanitizePastedHtml';
import { classFontsOf } from './stylesheetFonts';

export interface Clipboard {
  html: string;
  text: string;
}

export interface LegacyPaste {
  runs: LegacyRun[];
  /** Rebuilds the paste with the given text for each run (HTML pastes keep their whole document). */
  rebuild: (texts: string[]) => Clipboard;
}

const NOT_TEXT = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT', 'TITLE']);

/** Inside a Word list marker (`mso-list:Ignore`) or an element that is not text. */
function isMarkerOrNotText(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (NOT_TEXT.has(el.tagName)) return true;
    if (/mso-list\s*:\s*ignore/i.test(el.getAttribute('style') ?? '')) return true;
  }
  return false;
}

export function findLegacyRuns(clipboard: Clipboard): LegacyPaste | null {
  if (clipboard.html) {
    const doc = parsePastedHtml(clipboard.html);
    const nodes: Text[] = [];
    const runs: LegacyRun[] = [];
    const classFonts = classFontsOf(doc);
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const text = node.data;
      if (!text.trim() || isMarkerOrNotText(node)) continue;
      const family = fontFamilyOf(node, classFonts);
      if (family && isSymbolFont(family)) continue;
      const fontName = family && isLegacyFont(family) ? family : undefined;
      if (fontName || looksLegacy(text)) {
        nodes.push(node);
        runs.push({ text, fontName });
      }
    }
    if (runs.length === 0) return null;
    return {
      runs,
      rebuild: (texts) => {
        nodes.forEach((node, i) => (node.data = texts[i]));
        return { html: doc.documentElement.outerHTML, text: '' };
      },
    };
  }
  if (clipboard.text && looksLegacy(clipboard.text)) {
    return { runs: [{ text: clipboard.text }], rebuild: ([text]) => ({ html: '', text }) };
  }
  return null;
}
