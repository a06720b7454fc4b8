// The one path every incoming text takes (paste, import, CLI): recognise and convert a legacy
// encoding first, then clean. The order matters — cleaning first would delete TCVN3's ư.

import { cleanText, type CleanTextOptions } from './cleanText';
import { detectEncoding, type EncodingVerdict } from './legacy/detectEncoding';

export interface IncomingText {
  text: string;
  /** What was detected; the UI shows it as a preview with one-step undo (keep `original`). */
  encoding: EncodingVerdict['encoding'];
  reason: EncodingVerdict['reason'];
  original: string;
}

export function prepareIncomingText(
  raw: string,
  options: { fontName?: string } & CleanTextOptions = {},
): IncomingText {
  const verdict = detectEncoding(raw, { fontName: options.fontName });
  return {
    text: cleanText(verdict.text, options),
    encoding: verdict.encoding,
    reason: verdict.reason,
    original: raw,
  };
}
