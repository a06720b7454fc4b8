// Why an export failed, as a code plus parameters (translated by the renderer, printed by the CLI).
import type { Params } from '../../contract/errors';

export const exportErrorCodes = [
  'export-article-invalid', // params.detail: article.json does not have the article's shape
  'export-blocked', // params.issues: comma-separated pre-flight codes that stop an export
  'export-media-missing', // params.file: a figure's photo is not in the project's media folder
  'export-media-unreadable', // params.file, params.reason: the photo could not be decoded
  'export-destination-not-empty', // params.path: the folder exists and is not an earlier export
  'export-resource-missing', // params.file: the newsroom stylesheet or a font is missing
  'export-legal-hold', // params.note: flagged for a legal check; refused until the desk clears it, whatever the override
] as const;
export type ExportErrorCode = (typeof exportErrorCodes)[number];

export class ExportError extends Error {
  readonly code: ExportErrorCode;
  readonly params: Params;
  constructor(code: ExportErrorCode, params: Params = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'ExportError';
    this.code = code;
    this.params = params;
  }
  toInfo(): { code: ExportErrorCode; params: Params } {
    return { code: this.code, params: this.params };
  }
}
