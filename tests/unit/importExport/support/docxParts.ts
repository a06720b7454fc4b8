// More parts for a .docx built by rawDocx: a default font on the Normal style (a document
// typed in .VnTime throughout), pictures, diagram data, chunks and their relationships — what
// the import must read that rawDocx has no option for.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export interface DocxParts {
  /** The inside of the Normal style's <w:rPr>. */
  normalRunProperties?: string;
  /** Parts by path in the zip. */
  files?: Record<string, Uint8Array>;
  /** Relationships from document.xml (`type` is the last part of the type URI). */
  relationships?: Array<{ id: string; type: string; target: string; external?: boolean }>;
}

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPES =
  '<Default Extension="png" ContentType="image/png"/><Default Extension="emf" ContentType="image/x-emf"/><Default Extension="htm" ContentType="text/html"/>';

export function withDocxParts(docx: Uint8Array, parts: DocxParts): Uint8Array {
  const files = unzipSync(docx);
  const edit = (path: string, change: (xml: string) => string) => (files[path] = strToU8(change(strFromU8(files[path]))));
  edit('[Content_Types].xml', (xml) => xml.replace('<Override', `${CONTENT_TYPES}<Override`));
  if (parts.normalRunProperties) {
    edit('word/styles.xml', (xml) => xml.replace('<w:name w:val="Normal"/>', `<w:name w:val="Normal"/><w:rPr>${parts.normalRunProperties}</w:rPr>`));
  }
  const rels = (parts.relationships ?? [])
    .map((r) => `<Relationship Id="${r.id}" Type="${R}/${r.type}" Target="${r.target}"${r.external ? ' TargetMode="External"' : ''}/>`)
    .join('');
  edit('word/_rels/document.xml.rels', (xml) => xml.replace('</Relationships>', `${rels}</Relationships>`));
  Object.assign(files, parts.files ?? {});
  return zipSync(files, { mtime: new Date(2020, 0, 1) });
}
