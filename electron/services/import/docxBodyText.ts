// Text in a .docx's document.xml that mammoth would lose or publish wrongly, rewritten before
// mammoth reads the part:
//   simple fields (<w:fldSimple>: Insert Caption's "Ảnh 1", dates) → the text Word shows,
//     kept as ordinary runs (mammoth skips the element and its text); a hyperlink field → a link;
//   hidden text (<w:vanish/>, not printed) → left out as a paste leaves it out, its words reported;
//   equations (<m:oMath>) → their letters as plain text, reported (mammoth drops them);
//   text-box paragraphs → tagged, so that a boxed note is never taken for the byline.

import { replaceElementsOrEmpty } from './xmlElementsOrEmpty';

/** The style id given to paragraphs inside text boxes; mammoth hands it back. */
export const TEXT_BOX_STYLE = 'SoanTextBox';

const SIMPLE_FIELD_EMPTY = /<w:fldSimple\b[^>]*\/>/g;
const SIMPLE_FIELD_OPEN = /<w:fldSimple\b[^>]*>/g;
// A run with its own properties and no run inside it (text-box runs hold whole paragraphs).
// Neither part looks past the next run's start, so a damaged file costs one pass.
const RUN_WITH_PROPS = /<w:r(?:\s[^>]*)?>\s*<w:rPr>((?:(?!<\/w:rPr>|<w:r[\s>])[\s\S])*)<\/w:rPr>((?:(?!<w:r[\s>])[\s\S])*?)<\/w:r>/g;
const VANISH = /<w:vanish(?:\s+w:val="([^"]*)")?\s*\/>/;
const TEXT = /<w:(?:t|delText)\b[^>]*>([^<]*)<\/w:(?:t|delText)>/g;
const MATH_PARAGRAPH = /<\/?m:oMathPara(?:\s[^>]*)?>/g;
const MATH_TEXT = /<m:t\b[^>]*>([^<]*)<\/m:t>/g;

export interface BodyTextChanges {
  xml: string;
  /** The words of each hidden run left out. */
  hidden: string[];
  equations: number;
  /** Relationships the hyperlink fields now point at (id → address), to add to document.xml.rels. */
  links: Map<string, string>;
}

const HYPERLINK_FIELD = /^\s*HYPERLINK\s+(\\l\s+)?"([^"]+)"/i;

/** A simple field as what it shows; a HYPERLINK field as a link (mammoth reads w:hyperlink). */
function unwrapField(field: string, links: Map<string, string>): string {
  if (field.endsWith('/>')) return '';
  const open = /^<w:fldSimple\b[^>]*>/.exec(field)?.[0] ?? '';
  const inner = field.slice(open.length, field.length - '</w:fldSimple>'.length);
  const link = HYPERLINK_FIELD.exec(unescapeXml(/\bw:instr="([^"]*)"/.exec(open)?.[1] ?? ''));
  if (!link) return inner;
  const target = link[2].replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  if (link[1]) return `<w:hyperlink w:anchor="${target}">${inner}</w:hyperlink>`;
  const id = `soanFieldLink${links.size + 1}`;
  links.set(id, link[2]);
  return `<w:hyperlink r:id="${id}">${inner}</w:hyperlink>`;
}

const unescapeXml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function isOn(vanish: RegExpExecArray | null): boolean {
  return Boolean(vanish) && !/^(?:0|false|off)$/i.test(vanish![1] ?? '');
}

const TEXT_BOX_PSTYLE = `<w:pStyle w:val="${TEXT_BOX_STYLE}"/>`;

/** Each paragraph of a text box styled TEXT_BOX_STYLE, in place of its own style. */
function tagTextBoxParagraphs(box: string): string {
  const tagged = replaceElementsOrEmpty(box, 'w:pPr', (pPr) =>
    pPr.endsWith('/>')
      ? `<w:pPr>${TEXT_BOX_PSTYLE}</w:pPr>`
      : pPr.replace(/<w:pStyle\b[^>]*\/>/, '').replace(/^<w:pPr\b[^>]*>/, (open) => open + TEXT_BOX_PSTYLE),
  );
  // Paragraphs with no properties at all get some.
  return tagged.replace(/<w:p((?:\s[^>]*?)?)(?<!\/)>(?!\s*<w:pPr)/g, (_p, attrs: string) => `<w:p${attrs}><w:pPr>${TEXT_BOX_PSTYLE}</w:pPr>`);
}

export function rewriteBodyText(documentXml: string): BodyTextChanges {
  const hidden: string[] = [];
  let equations = 0;
  const links = new Map<string, string>();
  // Fields inside fields are rare: what the outer one left is unwrapped as plain text.
  const documentWithFields = replaceElementsOrEmpty(documentXml, 'w:fldSimple', (field) => unwrapField(field, links))
    .replace(SIMPLE_FIELD_EMPTY, '')
    .replace(SIMPLE_FIELD_OPEN, '')
    .replace(/<\/w:fldSimple>/g, '');
  let xml = documentWithFields;
  // Word splits one hidden phrase into several runs: runs with only markup between them
  // (proofing marks, bookmarks) are one phrase, one note.
  let previousEnd = -1;
  let previousWords = '';
  const phrases: string[] = [];
  xml = xml.replace(RUN_WITH_PROPS, (run, rPr: string, inner: string, offset: number) => {
    if (!isOn(VANISH.exec(rPr))) return run;
    const words = [...inner.matchAll(TEXT)].map((m) => unescapeXml(m[1])).join('');
    const between = previousEnd >= 0 ? documentWithFields.slice(previousEnd, offset) : '<w:t>';
    if (/<w:(?:t|p|tab|br)\b/.test(between)) {
      if (previousWords.trim()) phrases.push(previousWords.trim());
      previousWords = words;
    } else {
      previousWords += words;
    }
    previousEnd = offset + run.length;
    return '';
  });
  if (previousWords.trim()) phrases.push(previousWords.trim());
  hidden.push(...phrases);
  xml = replaceElementsOrEmpty(xml, 'm:oMathParaPr', () => '').replace(MATH_PARAGRAPH, '');
  xml = replaceElementsOrEmpty(xml, 'm:oMath', (math) => {
    equations++;
    const letters = [...math.matchAll(MATH_TEXT)].map((m) => m[1]).join('');
    return letters ? `<w:r><w:t xml:space="preserve">${letters}</w:t></w:r>` : '';
  });
  xml = replaceElementsOrEmpty(xml, 'w:txbxContent', tagTextBoxParagraphs);
  return { xml, hidden, equations, links };
}
