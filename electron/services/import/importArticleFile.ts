// One entry point for the article store and the `soan import` command: a file on disk →
// ImportedArticle, chosen by extension (.txt, .docx), with the size checked before reading.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { importDocx } from './importDocx';
import type { DocxImportOptions } from './importDocx';
import { ImportError } from './importError';
import type { ImportedArticle } from './importedArticle';
import { importLimits, megabytes } from './importLimits';
import { importPlainTextFile } from './importPlainText';

export const importableExtensions = ['.txt', '.docx'] as const;

export type ArticleFileImportOptions = DocxImportOptions;

export async function importArticleFile(path: string, options: ArticleFileImportOptions = {}): Promise<ImportedArticle> {
  const name = basename(path);
  const ext = extname(path).toLowerCase();
  if (!(importableExtensions as readonly string[]).includes(ext)) {
    throw new ImportError('import-unsupported-type', { name, ext: ext || '(none)' });
  }
  const limit = ext === '.docx' ? importLimits.docxBytes : importLimits.textBytes;
  const { size } = await stat(path);
  if (size > limit) throw new ImportError('import-too-large', { name, limitMb: megabytes(limit) });
  const bytes = new Uint8Array(await readFile(path));
  return ext === '.docx' ? importDocx(bytes, name, options) : importPlainTextFile(bytes, name, options);
}
