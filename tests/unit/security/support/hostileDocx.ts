// Word files carrying hostile content: payloads as text, hyperlinks with hostile targets, and
// images that are not what they claim (SVG or HTML named .png, or pointing outside the file).
// Built on the import tests' real .docx builder; parts are patched after zipping.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { buildDocx } from '../../importExport/docxFixture';
import type { DocxParagraph } from '../../importExport/docxFixture';

export const REAL_PNG = new Uint8Array(readFileSync(fileURLToPath(new URL('../../fixtures/images/photo.png', import.meta.url))));

const SAFE_HEAD: DocxParagraph[] = [
  { style: 'Title', runs: ['Tin thử nghiệm an toàn'] },
  { runs: ['Sapo của bài thử nghiệm.'] },
];
const SAFE_TAIL: DocxParagraph[] = [{ runs: ['Đoạn thân bài cuối cùng.'] }];

/** XML 1.0 cannot carry most control characters: Word itself would never write them. */
export function fitsInXml(text: string): boolean {
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(text);
}

/** A payload as the text of a paragraph, and as the text of a link to a hostile target. */
export function docxWithText(text: string, linkTarget?: string): Uint8Array {
  const paragraphs: DocxParagraph[] = [
    ...SAFE_HEAD,
    { runs: [text] },
    ...(linkTarget ? [{ runs: ['Xem thêm: ', { text: 'liên kết', link: linkTarget }] }] : []),
    { runs: [{ text, bold: true }, ' ', { text, italic: true }] },
    ...SAFE_TAIL,
  ];
  return buildDocx(paragraphs, REAL_PNG);
}

export interface HostileImage {
  /** Bytes stored as word/media/image1.<ext>. */
  bytes: Uint8Array;
  ext?: string;
  contentType?: string;
  /** Point the image relationship here instead (external when it has a scheme or is absolute). */
  target?: string;
}

/** A document with one photo whose part or relationship is hostile. */
export function docxWithImage(image: HostileImage): Uint8Array {
  const zipped = buildDocx(
    [...SAFE_HEAD, { image: { rel: 'rIdImage1', alt: 'ảnh', cx: 5_486_400, cy: 3_657_600 } }, { style: 'Caption', runs: ['Chú thích ảnh.'] }, ...SAFE_TAIL],
    REAL_PNG,
  );
  const parts = unzipSync(zipped);
  const ext = image.ext ?? 'png';
  delete parts['word/media/image1.png'];
  parts[`word/media/image1.${ext}`] = new Uint8Array(image.bytes);
  let rels = strFromU8(parts['word/_rels/document.xml.rels']);
  const target = image.target ?? `media/image1.${ext}`;
  const external = image.target !== undefined && /^(?:[a-z][a-z0-9+.-]*:|\/|\\)/i.test(image.target);
  rels = rels.replace(
    /Target="media\/image1\.png"/,
    `Target="${target.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"${external ? ' TargetMode="External"' : ''}`,
  );
  parts['word/_rels/document.xml.rels'] = strToU8(rels);
  if (image.contentType) {
    const types = strFromU8(parts['[Content_Types].xml']).replace(
      '</Types>',
      `<Default Extension="${ext}" ContentType="${image.contentType}"/></Types>`,
    );
    parts['[Content_Types].xml'] = strToU8(types);
  }
  return zipSync(parts);
}
