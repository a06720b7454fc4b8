// Bytes of a .txt file → text, or a clear error: empty, binary, or not UTF-8.
// UTF-8 (with or without BOM) and UTF-16 with a BOM (Windows Notepad's "Unicode") are read,
// and 8-bit files in a legacy Vietnamese encoding (TCVN3, VNI), which importPlainText converts.
import { detectEncoding, scoreSyllables } from '../language/legacy/detectEncoding';
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

// A handful of words cannot tell TCVN3 from Windows-1258 or Latin-1; an article has hundreds.
const MIN_LEGACY_SYLLABLES = 5;

/**
 * A file saved from a .VnTime or VNI editor is 8-bit: its bytes read as Windows reads them,
 * kept only when that is clearly legacy Vietnamese (importPlainText converts it) and not
 * Windows-1258 Vietnamese, which is refused like any other non-UTF-8 text.
 */
function legacyVietnamese(bytes: Uint8Array): string | undefined {
  const text = new TextDecoder('windows-1252').decode(bytes);
  const verdict = detectEncoding(text);
  if (verdict.encoding === 'unicode') return undefined;
  const legacy = verdict.scores[verdict.encoding];
  const asWindows1258 = scoreSyllables(new TextDecoder('windows-1258').decode(bytes));
  if (!legacy || legacy.valid < MIN_LEGACY_SYLLABLES || asWindows1258.score >= legacy.score) return undefined;
  return text;
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
      text = legacyVietnamese(bytes) ?? '';
      if (!text) throw new ImportError('import-not-utf8', { name });
    }
  }
  if (text.trim() === '') throw new ImportError('import-empty-file', { name });
  return text.normalize('NFC');
}
