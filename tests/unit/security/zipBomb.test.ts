// A .docx whose word/document.xml inflates to more than the unpacked-size limit while its
// headers claim a few bytes: refused quickly with a plain "too large", before the converter
// inflates it into memory (which would take the whole app down with it).
import { strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../electron/services/import/importDocx';
import { importLimits } from '../../../electron/services/import/importLimits';
import { docxWithText } from './support/hostileDocx';

const CENTRAL = 0x02014b50;

/** The real parts of a .docx, with document.xml padded by `padBytes` spaces, streamed so memory stays small. */
function paddedDocx(padBytes: number): Uint8Array {
  const parts = unzipSync(docxWithText('Bài thử'));
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(parts)) {
    if (name === 'word/document.xml') continue;
    const entry = new ZipPassThrough(name);
    zip.add(entry);
    entry.push(data, true);
  }
  const xml = new TextDecoder().decode(parts['word/document.xml']);
  const split = xml.indexOf('<w:body>') + '<w:body>'.length;
  const doc = new ZipDeflate('word/document.xml', { level: 1 });
  zip.add(doc);
  doc.push(strToU8(xml.slice(0, split)));
  const spaces = new Uint8Array(1024 * 1024).fill(0x20);
  for (let left = padBytes; left > 0; left -= spaces.length) doc.push(spaces.subarray(0, Math.min(left, spaces.length)));
  doc.push(strToU8(xml.slice(split)), true);
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Makes every central-directory entry claim it unpacks to 1000 bytes. */
function lieAboutSizes(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) === CENTRAL) view.setUint32(at + 24, 1000, true);
  }
  return out;
}

describe('a .docx zip bomb', () => {
  it('that lies about its sizes is refused as too large, quickly', async () => {
    const bomb = lieAboutSizes(paddedDocx(importLimits.docxUnpackedBytes + 8 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const started = performance.now();
    await expect(importDocx(bomb, 'bom.docx')).rejects.toMatchObject({ code: 'import-too-large' });
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('a large but honest document under the limit still imports', async () => {
    const big = paddedDocx(2 * 1024 * 1024);
    const imported = await importDocx(big, 'lon.docx');
    expect(imported.meta.headline).toBe('Tin thử nghiệm an toàn');
  });
});
