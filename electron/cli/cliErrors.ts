// What the command line says when something goes wrong: one line, plain words, and an exit
// code (2: the command was used wrongly, 3: the library is open in Soạn, 1: anything else).
import { SoanError } from '../contract/errors';
import type { Params } from '../contract/errors';
import { ServerConfigError } from '../../server/serverConfig';

export class CliUsageError extends Error {}
/** A failure whose message is already in plain words (exit code 1). */
export class CliFailure extends Error {}

export const exitCodes = { ok: 0, failed: 1, usage: 2, libraryInUse: 3 } as const;

const describe: Record<string, (p: Params) => string> = {
  'invalid-request': (p) => `the request is not valid (${p.detail})`,
  'setup-required': () => 'no profile is set up',
  'article-not-found': (p) => `there is no article ${p.id} in this library`,
  'article-damaged': (p) => `the article “${p.article}” is damaged (${p.file}) and nothing could be recovered`,
  'library-unavailable': (p) => `the library ${p.path} cannot be used: ${p.reason}`,
  'library-read-only': (p) => `the library ${p.path} is read-only`,
  'library-locked': (p) => `the library ${p.path} is open in Soạn (process ${p.pid}); close it there first`,
  'save-failed': (p) => `“${p.article}” could not be saved: ${p.reason}`,
  'media-not-image': (p) => `${p.name} is not an image Soạn can use`,
  'media-too-large': (p) => `${p.name} is larger than ${p.limitMb} MB`,
  'media-missing': (p) => `the image ${p.file} is missing`,
  'import-empty-file': (p) => `${p.name} is empty`,
  'import-too-large': (p) => `${p.name} is larger than ${p.limitMb} MB`,
  'import-unsupported-type': (p) => `${p.name}: only .txt and .docx files can be imported (not ${p.ext})`,
  'import-not-text': (p) => `${p.name} is not a text file`,
  'import-not-utf8': (p) => `${p.name} is not UTF-8 text; save it again as UTF-8`,
  'import-not-docx': (p) => `${p.name} is not a Word .docx file, or it is damaged (${p.reason})`,
  'import-docx-legacy': (p) => `${p.name} is an old Word 97–2003 document; save it as .docx first`,
  'import-no-content': (p) => `${p.name} holds no article text`,
  'export-article-invalid': (p) => `the article cannot be exported: ${p.detail}`,
  'export-blocked': (p) => `the article is not ready to export (${p.issues}); fix it, or give --override "<reason>"`,
  'export-media-missing': (p) => `the photo ${p.file} is missing from the project`,
  'export-media-unreadable': (p) => `the photo ${p.file} cannot be read (${p.reason})`,
  'export-destination-not-empty': (p) => `${p.path} exists and is not an earlier export of this article`,
  'export-resource-missing': (p) => `a file Soạn needs is missing: ${p.file}`,
  'export-destination-unavailable': (p) => `cannot write to ${p.path}: ${p.reason}`,
  'export-override-desk-only': () => 'only the desk may export over blocking pre-flight items',
  'package-refused': (p) => `${p.name ? `${p.name}: ` : ''}the package was refused (${p.reason}${p.detail ? `: ${p.detail}` : ''}); the library is unchanged`,
  'package-choice-stale': (p) => `“${p.article}” changed since the merge report; choose again`,
  'package-choice-unknown': (p) => `no merge report of “${p.article}” lists this choice; nothing was changed`,
  'package-choice-ambiguous': (p) => `an older merge report of “${p.article}” lists this same rewrite in more than one place; nothing was changed`,
  'package-choice-damaged': (p) => `the stored merge report of “${p.article}” is damaged where this rewrite is recorded; nothing was changed`,
  'export-legal-hold': (p) => `the article waits for a legal check (${p.note}); the desk must clear the flag in Soạn first — no override passes it`,
  internal: (p) => `internal error (a bug): ${p.detail}`,
};

export function describeFailure(error: unknown): { message: string; exitCode: number } {
  if (error instanceof CliUsageError) return { message: error.message, exitCode: exitCodes.usage };
  if (error instanceof CliFailure) return { message: error.message, exitCode: exitCodes.failed };
  if (error instanceof ServerConfigError) return { message: error.message, exitCode: exitCodes.failed };
  if (error instanceof SoanError) {
    const say = describe[error.code] ?? (() => error.code);
    return {
      message: say(error.params).replace(/\s+/g, ' '),
      exitCode: error.code === 'library-locked' ? exitCodes.libraryInUse : exitCodes.failed,
    };
  }
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return { message: `no such file: ${(error as NodeJS.ErrnoException).path}`, exitCode: exitCodes.failed };
  if (code === 'EISDIR') return { message: `${(error as NodeJS.ErrnoException).path} is a folder, not a file`, exitCode: exitCodes.failed };
  if (code === 'EACCES') return { message: `not allowed to read ${(error as NodeJS.ErrnoException).path}`, exitCode: exitCodes.failed };
  const detail = error instanceof Error ? error.message : String(error);
  return { message: `internal error (a bug): ${detail.split('\n')[0]}`, exitCode: exitCodes.failed };
}
