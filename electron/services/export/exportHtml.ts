// Export to HTML: article.json → `<outDir>/<slug>-<id>/` (index.html, images/,
// article.ninjs.json) and optionally `<outDir>/<slug>-<id>.zip`. The folder is written beside
// its destination and swapped in whole, so a failed export never leaves half a package;
// an existing folder is replaced only if it is an earlier export of the same article.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../fs/atomicWrite';
import { buildArticlePackage, IMAGES_FOLDER } from './articlePackage';
import type { PackageOptions } from './articlePackage';
import { ExportError } from './exportError';
import { toExportArticle } from './exportModel';
import { zipPackage } from './packageZip';
import { hardBlockingCodes, type PreflightReport } from './preflight';

/** ignoreBlocking: the desk overrode the blocking pre-flight items (the caller logs why). */
export interface ExportOptions extends PackageOptions {
  /** The folder the package folder (and zip) is written into. */
  outDir: string;
  zip?: boolean;
}

export interface ExportResult {
  /** Absolute path of the package folder. */
  folder: string;
  /** Files written, relative to the folder, in name order. */
  files: string[];
  zipPath?: string;
  preflight: PreflightReport;
}

const PACKAGE_TOP_LEVEL = new Set(['index.html', 'article.ninjs.json', IMAGES_FOLDER.slice(0, -1)]);

async function exists(path: string): Promise<boolean> {
  return fs.stat(path).then(
    () => true,
    () => false,
  );
}

/** A folder we may replace: empty, or holding only an earlier export of this same article. */
async function assertReplaceable(folder: string, articleUri: string): Promise<void> {
  const names = await fs.readdir(folder).catch(() => null);
  if (names === null) throw new ExportError('export-destination-not-empty', { path: folder });
  if (names.length === 0) return;
  const foreign = names.some((n) => !PACKAGE_TOP_LEVEL.has(n));
  const ninjs = await fs.readFile(join(folder, 'article.ninjs.json'), 'utf8').catch(() => '');
  let uri = '';
  try {
    uri = (JSON.parse(ninjs) as { uri?: string }).uri ?? '';
  } catch {
    // not an export of ours
  }
  if (foreign || uri !== articleUri) throw new ExportError('export-destination-not-empty', { path: folder });
}

export async function exportHtml(articleJson: unknown, options: ExportOptions): Promise<ExportResult> {
  const article = toExportArticle(articleJson);
  const pkg = await buildArticlePackage(article, options);
  // An override passes blocking items, never a legal hold: nothing is written until the desk clears it.
  const hard = pkg.preflight.blocking.find((issue) => hardBlockingCodes.includes(issue.code));
  if (hard) throw new ExportError('export-legal-hold', { ...hard.params });
  await fs.mkdir(options.outDir, { recursive: true });
  const folder = join(options.outDir, pkg.folderName);
  if (await exists(folder)) await assertReplaceable(folder, `urn:soan:article:${article.id}`);

  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = join(options.outDir, `.${pkg.folderName}.new-${suffix}.tmp`);
  const retired = join(options.outDir, `.${pkg.folderName}.old-${suffix}.tmp`);
  try {
    for (const file of pkg.files) {
      const target = join(staging, ...file.path.split('/'));
      await fs.mkdir(dirname(target), { recursive: true });
      await fs.writeFile(target, file.bytes);
    }
    const hadFolder = await exists(folder);
    if (hadFolder) await fs.rename(folder, retired);
    await fs.rename(staging, folder);
    if (hadFolder) await fs.rm(retired, { recursive: true, force: true });
  } catch (error) {
    // Put the earlier export back if it was moved aside and the new one did not land.
    if ((await exists(retired)) && !(await exists(folder))) await fs.rename(retired, folder).catch(() => {});
    await fs.rm(staging, { recursive: true, force: true }).catch(() => {});
    throw error;
  }

  let zipPath: string | undefined;
  if (options.zip) {
    zipPath = join(options.outDir, `${pkg.folderName}.zip`);
    await writeFileAtomic(zipPath, zipPackage(pkg.folderName, pkg.files, article.updatedAt));
  }
  return {
    folder,
    files: pkg.files.map((f) => f.path).sort(),
    ...(zipPath ? { zipPath } : {}),
    preflight: pkg.preflight,
  };
}
