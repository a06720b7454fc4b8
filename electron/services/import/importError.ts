// Why an import failed, as a code plus parameters: the renderer turns it into plain words in
// the user's language (renderer/i18n), the CLI prints `code` and the params.
import type { Params } from '../../contract/errors';

export const importErrorCodes = [
  'import-empty-file', // params.name: zero bytes, or only blank lines
  'import-too-large', // params.name, params.limitMb
  'import-unsupported-type', // params.name, params.ext: only .txt and .docx are imported
  'import-not-text', // params.name: a binary file (image, PDF, program…) given as .txt
  'import-not-utf8', // params.name: text in an old encoding; save it again as UTF-8
  'import-not-docx', // params.name, params.reason: not a Word (.docx) file, or a damaged one
  'import-docx-legacy', // params.name: an old Word 97–2003 .doc renamed to .docx
  'import-no-content', // params.name: the file opened but held no article text
] as const;
export type ImportErrorCode = (typeof importErrorCodes)[number];

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly params: Params;
  constructor(code: ImportErrorCode, params: Params = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'ImportError';
    this.code = code;
    this.params = params;
  }
  toInfo(): { code: ImportErrorCode; params: Params } {
    return { code: this.code, params: this.params };
  }
}
