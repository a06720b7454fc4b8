// Text a .docx holds in a legacy Vietnamese encoding (typed in .VnTime/TCVN3 or VNI-Times):
// Word stores each 8-bit code as the Latin-1 letter with that number, so "Hà Tĩnh" is
// "Hµ TÜnh" and "ư" is U+00AD, which later cleaning would delete as a soft hyphen. Converted
// here, on mammoth's document before any cleaning, as a paste converts it: runs set in a
// legacy font (on the run, its character style, its paragraph style or the document
// default) by that font's encoding; other runs that look legacy, all together, only when
// the syllable test (detectEncoding) says so.
import { isLegacyFont, isSymbolFont, looksLegacy } from '../../contract/text/legacyText';
import { decodeLegacy, detectEncoding, encodingFromFontName, type LegacyEncoding } from '../language/legacy/detectEncoding';
import { elementsNamed } from './xmlElements';

const attr = (xml: string, name: string) => new RegExp(`\\bw:${name}="([^"]*)"`).exec(xml)?.[1];
const childVal = (xml: string, element: string) => attr(new RegExp(`<w:${element}\\b[^>]*>`).exec(xml)?.[0] ?? '', 'val');

/** The Latin font an rPr names (w:ascii, else w:hAnsi), if any. */
function fontOf(xml: string): string | undefined {
  const rFonts = /<w:rFonts\b[^>]*>/.exec(/<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml)?.[1] ?? '')?.[0] ?? '';
  return attr(rFonts, 'ascii') ?? attr(rFonts, 'hAnsi');
}

export interface DocxFonts {
  /** styleId → font, through basedOn. */
  styles: Map<string, string>;
  /** The default paragraph style's font, else the document defaults'. */
  fallback: string | undefined;
}

export function readDocxFonts(stylesXml: string | undefined): DocxFonts {
  const xml = stylesXml ?? '';
  const own = new Map<string, { font?: string; basedOn?: string }>();
  let defaultStyle: string | undefined;
  for (const style of elementsNamed(xml, 'w:style')) {
    const id = attr(style, 'styleId');
    if (!id) continue;
    own.set(id, { font: fontOf(style), basedOn: childVal(style, 'basedOn') });
    if (attr(style, 'type') === 'paragraph' && /^(?:1|true)$/.test(attr(style, 'default') ?? '')) defaultStyle = id;
  }
  const resolve = (id: string, seen = new Set<string>()): string | undefined => {
    const entry = own.get(id);
    if (!entry || seen.has(id)) return undefined;
    seen.add(id);
    return entry.font ?? (entry.basedOn ? resolve(entry.basedOn, seen) : undefined);
  };
  const styles = new Map<string, string>();
  for (const id of own.keys()) {
    const font = resolve(id);
    if (font) styles.set(id, font);
  }
  const docDefaults = fontOf(/<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(xml)?.[1] ?? '');
  return { styles, fallback: (defaultStyle && styles.get(defaultStyle)) ?? docDefaults };
}

interface MammothNode {
  type: string;
  styleId?: string | null;
  font?: string | null;
  value?: string;
  children?: MammothNode[];
  /** The document's footnotes and endnotes (mammoth's Notes) and comments. */
  notes?: { _notes?: Record<string, { body?: MammothNode[] }> };
  comments?: Array<{ body?: MammothNode[] }>;
}

/** The body, then each note's and comment's paragraphs: all the text mammoth writes out. */
function textRoots(document: MammothNode): MammothNode[] {
  const notes = Object.values(document.notes?._notes ?? {}).flatMap((note) => note.body ?? []);
  const comments = (document.comments ?? []).flatMap((comment) => comment.body ?? []);
  return [document, ...notes, ...comments];
}

export interface LegacyConversion {
  encoding: LegacyEncoding;
  /** A font name that said so, or null when the letters alone did. */
  fontName: string | null;
}

/** Converts the legacy-encoded text of mammoth's document in place; what was found, if anything. */
export function convertDocxLegacyText(document: MammothNode, fonts: DocxFonts): LegacyConversion | null {
  let found: LegacyConversion | null = null;
  const unhinted: MammothNode[] = [];
  const texts = (node: MammothNode, out: MammothNode[] = []) => {
    if (node.type === 'text' && node.value) out.push(node);
    node.children?.forEach((child) => texts(child, out));
    return out;
  };
  const visit = (node: MammothNode, paragraphFont: string | undefined) => {
    if (node.type === 'paragraph') paragraphFont = (node.styleId && fonts.styles.get(node.styleId)) || fonts.fallback;
    if (node.type === 'run') {
      const font = node.font || (node.styleId && fonts.styles.get(node.styleId)) || paragraphFont;
      if (font && isSymbolFont(font)) return;
      const hint = font && isLegacyFont(font) ? encodingFromFontName(font) : undefined;
      if (hint) {
        for (const text of texts(node)) text.value = decodeLegacy(text.value!, hint.encoding, { upperCaseFont: hint.upperCaseFont });
        found ??= { encoding: hint.encoding, fontName: font! };
      } else {
        unhinted.push(...texts(node).filter((t) => looksLegacy(t.value!)));
      }
      return;
    }
    node.children?.forEach((child) => visit(child, paragraphFont));
  };
  for (const root of textRoots(document)) visit(root, fonts.fallback);

  if (unhinted.length) {
    // Together, as a paste sends them: one verdict on all the evidence.
    const verdict = detectEncoding(unhinted.map((t) => t.value).join('\n'));
    if (verdict.encoding !== 'unicode') {
      const encoding = verdict.encoding;
      for (const text of unhinted) text.value = decodeLegacy(text.value!, encoding);
      found ??= { encoding, fontName: null };
    }
  }
  return found;
}
