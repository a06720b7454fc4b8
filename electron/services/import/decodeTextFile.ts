// Bytes of a .txt file → text, or a clear error: empty, binary, or not UTF-8.
// UTF-8 (with or without BOM) and UTF-16 with a BOM (Windows Notepad's "Unicode") are read.
import { ImportError } from './importError';
import { importLimits, megabytes } from './importLimits';

const SNIFF_BYTES = 8192;

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Formats people mistake for text files, recognised by their first bytes. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return true;
  let controls = 0;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  return controls > head.length / 100;
}

export function decodeTextFile(bytes: Uint8Array, name: string): string {
  if (bytes.length > importLimits.textBytes) {
    throw new ImportError('import-too-large', { name, limitMb: megabytes(importLimits.textBytes) });
  }
  if (bytes.length === 0) throw new ImportError('import-empty-file', { name });

  let text: string;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      throw new ImportError('import-not-text', { name });
    }
  } else {
    if (looksBinary(bytes)) throw new ImportError('import-not-text', { name });
    try {
      // TextDecoder drops a UTF-8 BOM itself.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new ImportError('import-not-utf8', { name });
    }
  }
  if (text.trim() === '') throw new ImportError('import-empty-file', { name });
  return text.normalize('NFC');
}
