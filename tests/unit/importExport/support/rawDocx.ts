// A .docx built from raw WordprocessingML body XML (for review tests of what Word writes that
// docxFixture's builder has no option for: superscript, strike, hidden text, breaks, fonts,
// numbered headings, list label text, drawings). Only the parts Word needs to open it.
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NAMESPACES =
  `xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

export interface RawDocxParts {
  /** More <w:style> elements. */
  styles?: string;
  /** <w:abstractNum> and <w:num> elements; numbering.xml is written only when given. */
  numbering?: string;
}

export function rawDocx(body: string, parts: RawDocxParts = {}): Uint8Array {
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'word/document.xml')}</Relationships>`),
    'word/document.xml': strToU8(`${XML}<w:document ${NAMESPACES}><w:body>${body}<w:sectPr/></w:body></w:document>`),
    'word/styles.xml': strToU8(`${XML}<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${parts.styles ?? ''}</w:styles>`),
    'word/_rels/document.xml.rels': strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rIdStyles', 'styles', 'styles.xml')}` +
        `${parts.numbering ? rel('rIdNumbering', 'numbering', 'numbering.xml') : ''}</Relationships>`,
    ),
  };
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`${XML}<w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`);
  return zipSync(files, { mtime: new Date(2020, 0, 1) });
}

/** A paragraph; `pPr` is the inside of <w:pPr>. */
export const para = (runs: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
/** A run of text; `rPr` is the inside of <w:rPr>. */
export const run = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
