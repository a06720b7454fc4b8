// Checks that bytes are a Word .docx before the converter sees them, so that a wrong file
// gets a plain answer ("this is not a Word document") instead of a parser's stack trace, and
// so that a zip bomb is refused before anything is unpacked.
import { unzipSync } from 'fflate';
import { ImportError } from './importError';
import { importLimits, megabytes } from './importLimits';
import { unpacksWithin } from './zipInflatedSize';

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const OLE2_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Word 97–2003 .doc

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

export function checkDocxContainer(bytes: Uint8Array, name: string): void {
  if (bytes.length === 0) throw new ImportError('import-empty-file', { name });
  if (bytes.length > importLimits.docxBytes) {
    throw new ImportError('import-too-large', { name, limitMb: megabytes(importLimits.docxBytes) });
  }
  if (startsWith(bytes, OLE2_HEADER)) throw new ImportError('import-docx-legacy', { name });
  if (!startsWith(bytes, ZIP_LOCAL_HEADER)) throw new ImportError('import-not-docx', { name, reason: 'not-zip' });

  const entries = new Set<string>();
  let unpacked = 0;
  try {
    // Lists the entries without inflating any of them (the filter says no to each).
    unzipSync(bytes, {
      filter(file) {
        entries.add(file.name);
        unpacked += file.originalSize;
        return false;
      },
    });
  } catch {
    throw new ImportError('import-not-docx', { name, reason: 'damaged-zip' });
  }
  let within: boolean;
  try {
    // The declared sizes can lie (a zip bomb): measure what the entries really inflate to.
    within = unpacked <= importLimits.docxUnpackedBytes && unpacksWithin(bytes, importLimits.docxUnpackedBytes);
  } catch {
    throw new ImportError('import-not-docx', { name, reason: 'damaged-zip' });
  }
  if (!within) {
    throw new ImportError('import-too-large', { name, limitMb: megabytes(importLimits.docxUnpackedBytes) });
  }
  if (!entries.has('[Content_Types].xml') || !entries.has('word/document.xml')) {
    throw new ImportError('import-not-docx', { name, reason: 'no-word-document' });
  }
}
