// What is done to a .docx before and while mammoth reads it: document.xml rewritten
// (docxBodyText, docxDrawings), the numbering part tagged (docxNumbering), and mammoth's
// document transformed — legacy fonts converted first, then style marks, photos moved out of
// sentences, page breaks between words, list numbers. What was noticed goes to `warnings`.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { LEGACY_ENCODING_NAMES } from '../../contract/text/legacyText';
import { rewriteBodyText, TEXT_BOX_STYLE } from './docxBodyText';
import { pageBreaksBetweenWords } from './docxBreaks';
import { rewriteEmbeddedParts, type EmbeddedParts } from './docxEmbeddedParts';
import { movePhotosOutOfSentences } from './docxInlinePhotos';
import { convertDocxLegacyText, readDocxFonts } from './docxLegacyText';
import { tagDocxNumbering } from './docxNumbering';
import { applyStyleMarks, readStyleMarks } from './docxStyleMarks';
import type { ImportWarning } from './importedArticle';

export interface MammothNode {
  type: string;
  styleId?: string | null;
  value?: string;
  children?: MammothNode[];
}

export interface PreparedDocx {
  buffer: Buffer;
  transformDocument: (document: MammothNode) => MammothNode;
  /** After the transform: the document's last words are in a text box (a boxed note). */
  endsInTextBox: () => boolean;
  /** SmartArt diagrams and charts, marked in the text for docxEmbeddedParts.drawingPlaceholders. */
  drawings: EmbeddedParts['drawings'];
}

const MAX_HIDDEN_NOTES = 5;
const NOTE_CHARS = 200;

function hasText(node: MammothNode): boolean {
  return (node.type === 'text' && Boolean(node.value?.trim())) || Boolean(node.children?.some(hasText));
}

function lastParagraphWithText(node: MammothNode): MammothNode | undefined {
  let last: MammothNode | undefined;
  const visit = (n: MammothNode) => {
    if (n.type === 'paragraph') {
      if (hasText(n)) last = n;
      return;
    }
    n.children?.forEach(visit);
  };
  visit(node);
  return last;
}

const HYPERLINK_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** Hyperlink fields' addresses as relationships of their part (mammoth resolves links through them). */
function addLinkRelationships(files: Record<string, Uint8Array>, part: string, links: Map<string, string>): void {
  if (!links.size) return;
  const rels = part.replace(/^word\/(.*)$/, 'word/_rels/$1.rels');
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const added = [...links].map(([id, url]) => `<Relationship Id="${id}" Type="${HYPERLINK_TYPE}" Target="${escape(url)}" TargetMode="External"/>`).join('');
  const xml = files[rels] ? strFromU8(files[rels]) : '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const end = xml.lastIndexOf('</Relationships>');
  if (end >= 0) files[rels] = strToU8(xml.slice(0, end) + added + xml.slice(end));
}

export function prepareDocx(bytes: Uint8Array, warnings: ImportWarning[]): PreparedDocx {
  const asIs: PreparedDocx = {
    buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    transformDocument: (d) => d,
    endsInTextBox: () => false,
    drawings: [],
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return asIs; // mammoth says what is wrong with it
  }
  const original = files['word/document.xml'];
  // Word writes UTF-8; a part in another encoding goes to mammoth as it is.
  const utf8 = !(original[0] === 0xff && original[1] === 0xfe) && !(original[0] === 0xfe && original[1] === 0xff);
  const originalXml = utf8 ? strFromU8(original) : '';
  const body = rewriteBodyText(originalXml);
  const embedded = rewriteEmbeddedParts(body.xml, files);
  if (embedded.xml !== originalXml) files['word/document.xml'] = strToU8(embedded.xml);
  addLinkRelationships(files, 'word/document.xml', body.links);
  // Footnotes and endnotes hold fields and hidden text too.
  for (const notesPart of ['word/footnotes.xml', 'word/endnotes.xml']) {
    const bytes = files[notesPart];
    if (!bytes || bytes[0] === 0xff || bytes[0] === 0xfe) continue;
    const notes = rewriteBodyText(strFromU8(bytes));
    files[notesPart] = strToU8(notes.xml);
    addLinkRelationships(files, notesPart, notes.links);
    body.hidden.push(...notes.hidden);
    body.equations += notes.equations;
  }
  for (const part of embedded.leftOut) warnings.push({ code: 'import-docx-part-left-out', params: { part } });
  for (const text of body.hidden.slice(0, MAX_HIDDEN_NOTES)) {
    warnings.push({ code: 'import-hidden-text-left-out', params: { text: text.slice(0, NOTE_CHARS) } });
  }
  if (body.equations) warnings.push({ code: 'import-equation-as-text', params: { count: body.equations } });

  const stylesXml = files['word/styles.xml'] && strFromU8(files['word/styles.xml']);
  const styleMarks = applyStyleMarks(readStyleMarks(stylesXml));
  const numberParagraph = tagDocxNumbering(files);
  // In document order, as Word counts.
  const number = (node: MammothNode) => {
    numberParagraph?.(node as never);
    node.children?.forEach(number);
  };
  let endsInTextBox = false;
  const transformDocument = (document: MammothNode) => {
    // Before anything reads or cleans the text: in TCVN3, "ư" is a soft hyphen's code.
    const legacy = convertDocxLegacyText(document, readDocxFonts(stylesXml));
    if (legacy) warnings.push({ code: 'import-legacy-converted', params: { encoding: LEGACY_ENCODING_NAMES[legacy.encoding] } });
    styleMarks(document);
    movePhotosOutOfSentences(document);
    pageBreaksBetweenWords(document);
    number(document);
    endsInTextBox = lastParagraphWithText(document)?.styleId === TEXT_BOX_STYLE;
    return document;
  };
  // Stored, not compressed again: mammoth unpacks it straight away.
  return { buffer: Buffer.from(zipSync(files, { level: 0 })), transformDocument, endsInTextBox: () => endsInTextBox, drawings: embedded.drawings };
}
