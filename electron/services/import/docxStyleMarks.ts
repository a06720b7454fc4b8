// Bold and italic that a .docx sets through its styles (a "Sapo" paragraph style in bold, an
// "Emphasis" character style in italic): mammoth reads only bold and italic set on the text
// itself, so the styles part is read here and the runs marked before mammoth writes HTML.
import type { FontMarks } from './cssDeclarations';
import { elementsNamed } from './xmlElements';

interface StyleEntry {
  type: string;
  name: string;
  basedOn: string | null;
  marks: FontMarks;
}

const attr = (xml: string, name: string) => new RegExp(`\\bw:${name}="([^"]*)"`).exec(xml)?.[1];
const childVal = (xml: string, element: string) => attr(new RegExp(`<w:${element}\\b[^>]*>`).exec(xml)?.[0] ?? '', 'val');

/** `<w:b/>` is on; `<w:b w:val="0"/>` (or false, off) is off; absent says nothing. */
function toggle(rPr: string, element: 'b' | 'i'): boolean | undefined {
  const match = new RegExp(`<w:${element}(?:\\s[^>]*)?/?>`).exec(rPr);
  if (!match) return undefined;
  const value = attr(match[0], 'val');
  return value === undefined || !/^(?:0|false|off)$/i.test(value);
}

/** Titles, headings and captions are their own kind of block: their look is not a mark. */
const STRUCTURAL_STYLE = /^(?:title|subtitle|heading \d|caption|toc \d|header|footer|footnote text|annotation text|quote|intense quote)$/i;

export interface DocxStyleMarks {
  character: Map<string, FontMarks>;
  paragraph: Map<string, FontMarks>;
}

export function readStyleMarks(stylesXml: string | undefined): DocxStyleMarks {
  const entries = new Map<string, StyleEntry>();
  for (const style of elementsNamed(stylesXml ?? '', 'w:style')) {
    const id = attr(style, 'styleId');
    if (!id) continue;
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(style)?.[1] ?? '';
    entries.set(id, {
      type: attr(style, 'type') ?? 'paragraph',
      name: childVal(style, 'name') ?? id,
      basedOn: childVal(style, 'basedOn') ?? null,
      marks: { bold: toggle(rPr, 'b'), italic: toggle(rPr, 'i') },
    });
  }
  const resolved = (id: string, seen = new Set<string>()): FontMarks => {
    const entry = entries.get(id);
    if (!entry || seen.has(id)) return {};
    seen.add(id);
    const base = entry.basedOn ? resolved(entry.basedOn, seen) : {};
    return { bold: entry.marks.bold ?? base.bold, italic: entry.marks.italic ?? base.italic };
  };
  const out: DocxStyleMarks = { character: new Map(), paragraph: new Map() };
  for (const [id, entry] of entries) {
    if (STRUCTURAL_STYLE.test(entry.name)) continue;
    const marks = resolved(id);
    if (!marks.bold && !marks.italic) continue;
    if (entry.type === 'character') out.character.set(id, marks);
    if (entry.type === 'paragraph') out.paragraph.set(id, marks);
  }
  return out;
}

interface MammothNode {
  type: string;
  styleId?: string | null;
  isBold?: boolean;
  isItalic?: boolean;
  children?: MammothNode[];
}

function markRuns(node: MammothNode, marks: FontMarks): void {
  if (node.type === 'run') {
    if (marks.bold) node.isBold = true;
    if (marks.italic) node.isItalic = true;
  }
  node.children?.forEach((child) => markRuns(child, marks));
}

/** For mammoth's transformDocument: runs in bold or italic styles are marked so. */
export function applyStyleMarks(styles: DocxStyleMarks) {
  return <T extends MammothNode>(node: T): T => {
    const visit = (n: MammothNode) => {
      const fromStyle = n.styleId ? (n.type === 'paragraph' ? styles.paragraph : n.type === 'run' ? styles.character : undefined)?.get(n.styleId) : undefined;
      if (fromStyle) markRuns(n, fromStyle);
      n.children?.forEach(visit);
    };
    visit(node);
    return node;
  };
}
