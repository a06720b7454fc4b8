// Found by a security review: a small .docx whose word/styles.xml holds many `<w:style` openings that
// never close keeps the import (and main's event loop with it) busy for time that grows with
// the square of that part's size: readStyleMarks's STYLE regex scans to the end of the part
// from every opening. The part may unpack to 200 MB (importLimits.docxUnpackedBytes) while
// the file stays a few kilobytes.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { expect, it } from 'vitest';
import { importDocx } from '../../../electron/services/import/importDocx';
import { docxWithText } from './support/hostileDocx';

function docxWithStyles(stylesXml: string): Uint8Array {
  const parts = unzipSync(docxWithText('Bài thử nghiệm'));
  parts['word/styles.xml'] = strToU8(stylesXml);
  return zipSync(parts, { level: 9 });
}

it('a .docx with open-ended styles imports in about the time of an ordinary one', async () => {
  const styles = `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${'<w:style w:type="paragraph">'.repeat(32_000)}</w:styles>`;
  const file = docxWithStyles(styles);
  expect(file.length).toBeLessThan(64 * 1024); // ~900 KB of styles in a few KB of file
  const start = performance.now();
  await importDocx(file, 'kieu.docx').catch(() => undefined); // refused or imported: either, but soon
  expect(performance.now() - start).toBeLessThan(1500);
});

it('a .docx with open-ended list definitions imports in about the time of an ordinary one', async () => {
  const parts = unzipSync(docxWithText('Bài thử nghiệm'));
  parts['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${'<w:abstractNum w:abstractNumId="1">'.repeat(16_000)}</w:numbering>`);
  const file = zipSync(parts, { level: 9 });
  expect(file.length).toBeLessThan(64 * 1024);
  const start = performance.now();
  await importDocx(file, 'danh-sach.docx').catch(() => undefined);
  expect(performance.now() - start).toBeLessThan(1500);
});
