// The numbers Word shows on a .docx's numbered paragraphs. mammoth writes lists as <ol>s and
// forgets which list each paragraph belongs to, so a restarted list ("1." again) or one
// continued after a paragraph ("3." after text) would be numbered by position. Here the
// numbering part is read, each list instance (w:num) gets its own copy of its definition,
// tagged so that mammoth hands the instance back; counting follows Word: instances of the
// same definition share their counters unless one overrides its start, and an item restarts
// the levels below it. The number travels to the HTML as a marker run turned into `value`.
// A numbered heading ("I. Kinh tế"), or an item whose label the article's list cannot show
// ("Điều 3.", "1.2.", "a)", "II."), becomes a paragraph opening with Word's label instead.
import { strFromU8, strToU8 } from 'fflate';
import { articleListShowsIt, listLabel, type LabelLevel } from './docxListLabel';
import { elementsNamed, replaceElements } from './xmlElements';

const TAG = 'soan-num-';
const MARK_OPEN = '\uE000soan-list:';
const MARK_CLOSE = '\uE001';

interface Level extends LabelLevel {
  ordered: boolean;
}

interface NumberingParts {
  levels: Map<string, Map<number, Level>>; // abstractNumId → ilvl → level
  nums: Map<string, { abstractId: string; startOverrides: Map<number, number> }>;
  /** Paragraph styles numbered by a level (Word's numbered "Heading 1"): styleId → its list. */
  styleLevels: Map<string, string>;
}

const attr = (xml: string, name: string) => new RegExp(`\\bw:${name}="([^"]*)"`).exec(xml)?.[1];
const childVal = (xml: string, element: string) => attr(new RegExp(`<w:${element}\\b[^>]*>`).exec(xml)?.[0] ?? '', 'val');
const unescapeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function readParts(xml: string): NumberingParts {
  const levels = new Map<string, Map<number, Level>>();
  const styleLevels = new Map<string, string>();
  for (const abstract of elementsNamed(xml, 'w:abstractNum')) {
    const byLevel = new Map<number, Level>();
    for (const lvl of elementsNamed(abstract, 'w:lvl')) {
      const linkedStyle = childVal(lvl, 'pStyle');
      if (linkedStyle) styleLevels.set(linkedStyle, attr(abstract, 'abstractNumId') ?? '');
      const format = childVal(lvl, 'numFmt') ?? 'decimal';
      byLevel.set(Number(attr(lvl, 'ilvl') ?? 0), {
        start: Number(childVal(lvl, 'start') ?? 1),
        ordered: format !== 'bullet' && format !== 'none',
        format,
        text: unescapeXml(childVal(lvl, 'lvlText') ?? ''),
      });
    }
    levels.set(attr(abstract, 'abstractNumId') ?? '', byLevel);
  }
  const nums: NumberingParts['nums'] = new Map();
  for (const num of elementsNamed(xml, 'w:num')) {
    const startOverrides = new Map<number, number>();
    for (const override of elementsNamed(num, 'w:lvlOverride')) {
      const start = childVal(override, 'startOverride');
      if (start !== undefined) startOverrides.set(Number(attr(override, 'ilvl') ?? 0), Number(start));
    }
    nums.set(attr(num, 'numId') ?? '', { abstractId: childVal(num, 'abstractNumId') ?? '', startOverrides });
  }
  return { levels, nums, styleLevels };
}

/** Each instance gets its own tagged copy of its definition (mammoth then tells them apart). */
function taggedNumbering(xml: string, parts: NumberingParts): string {
  const abstracts = new Map(elementsNamed(xml, 'w:abstractNum').map((a) => [attr(a, 'abstractNumId') ?? '', a]));
  const copies: string[] = [];
  let next = 1_000_000;
  const rewritten = replaceElements(xml, 'w:num', (num) => {
    const numId = attr(num, 'numId') ?? '';
    const original = abstracts.get(parts.nums.get(numId)?.abstractId ?? '');
    if (!original || /<w:numStyleLink\b/.test(original)) return num;
    const copyId = String(next++);
    copies.push(
      replaceElements(original.replace(/\bw:abstractNumId="[^"]*"/, `w:abstractNumId="${copyId}"`), 'w:lvl', (lvl) => (/<w:pStyle\b/.test(lvl) ? lvl : lvl.replace(/^<w:lvl\b[^>]*>/, (open) => `${open}<w:pStyle w:val="${TAG}${numId}"/>`))),
    );
    return num.replace(/(<w:abstractNumId\b[^>]*\bw:val=")[^"]*"/, `$1${copyId}"`);
  });
  const firstNum = rewritten.search(/<w:num\b/);
  return firstNum < 0 ? rewritten : rewritten.slice(0, firstNum) + copies.join('') + rewritten.slice(firstNum);
}

interface MammothElement {
  type: string;
  children?: MammothElement[];
  styleName?: string | null;
  numbering?: { level?: string; isOrdered?: boolean; paragraphStyleId?: string } | null;
}

/** Paragraphs the style map makes something other than a list item. */
const NOT_A_LIST_ITEM = /^(?:title|subtitle|heading \d|caption|quote|intense quote|quotations)$/i;

const textRun = (value: string) => ({ type: 'run', children: [{ type: 'text', value }], styleId: null, styleName: null, isBold: false, isItalic: false, isUnderline: false, isStrikethrough: false, isAllCaps: false, isSmallCaps: false, verticalAlignment: 'baseline', font: null, fontSize: null, highlight: null });

/** Puts a marker run with the item's number at the start of a numbered paragraph. */
export type ParagraphTransform = (paragraph: MammothElement) => void;

/**
 * Tags the numbering part in `files` (the unzipped .docx, changed in place) and returns the
 * transform that numbers the paragraphs; null when the document has no numbered lists.
 */
export function tagDocxNumbering(files: Record<string, Uint8Array>): ParagraphTransform | null {
  const numbering = files['word/numbering.xml'];
  if (!numbering) return null;
  const xml = strFromU8(numbering);
  const parts = readParts(xml);
  if (!parts.nums.size) return null;
  files['word/numbering.xml'] = strToU8(taggedNumbering(xml, parts));

  const counters = new Map<string, Map<number, number>>(); // abstractNumId → ilvl → last number
  const overridden = new Set<string>();
  const transform = (paragraph: MammothElement): void => {
    const tag = paragraph.numbering?.paragraphStyleId;
    if (paragraph.type !== 'paragraph' || !tag || !paragraph.numbering?.isOrdered) return;
    // Numbered through its paragraph style (Word's numbered headings), or tagged above.
    const styleLinked = !tag.startsWith(TAG);
    const numId = styleLinked ? '' : tag.slice(TAG.length);
    const num = styleLinked ? (parts.styleLevels.has(tag) ? { abstractId: parts.styleLevels.get(tag)!, startOverrides: new Map<number, number>() } : undefined) : parts.nums.get(numId);
    if (!num) return;
    const level = Number(paragraph.numbering.level ?? 0);
    const levels = counters.get(num.abstractId) ?? new Map<number, number>();
    counters.set(num.abstractId, levels);
    const override = num.startOverrides.get(level);
    let number: number;
    if (override !== undefined && !overridden.has(`${numId} ${level}`)) {
      overridden.add(`${numId} ${level}`);
      number = override;
    } else {
      number = (levels.get(level) ?? (parts.levels.get(num.abstractId)?.get(level)?.start ?? 1) - 1) + 1;
    }
    levels.set(level, number);
    for (const deeper of [...levels.keys()]) if (deeper > level) levels.delete(deeper);
    const definition = parts.levels.get(num.abstractId) ?? new Map<number, Level>();
    if (NOT_A_LIST_ITEM.test(paragraph.styleName ?? '') || !articleListShowsIt(definition, level)) {
      const label = listLabel(definition, levels, level);
      paragraph.numbering = null;
      if (label) paragraph.children = [textRun(`${label} `) as MammothElement, ...(paragraph.children ?? [])];
      return;
    }
    if (styleLinked) return; // a list item as mammoth numbers it
    const marker = `${MARK_OPEN}${num.abstractId}-${level}:${number}${MARK_CLOSE}`;
    paragraph.children = [textRun(marker) as MammothElement, ...(paragraph.children ?? [])];
  };
  return transform;
}

const MARKED_ITEM = new RegExp(`<li>((?:<a id="[^"]*"></a>)*)${MARK_OPEN}([\\w-]+):(\\d+)${MARK_CLOSE}`, 'g');
const ANY_MARK = new RegExp(`${MARK_OPEN}[\\w-]*:?\\d*${MARK_CLOSE}`, 'g');

/** The markers of mammoth's HTML as list item numbers (`value`) and list identities. */
export function numbersFromMarkers(html: string): string {
  return html.replace(MARKED_ITEM, '<li value="$3" data-soan-list="$2">$1').replace(ANY_MARK, '');
}
