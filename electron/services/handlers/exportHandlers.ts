// article:exportPreview and article:export — the article as it is now (unsaved typing
// included) through the exporter (services/export). The preview is the package's own
// index.html with photos pointed at `soan-media:<file>`; the export writes the package into
// the newsroom's export folder and, when the desk overrides a blocking pre-flight item,
// records why in the article's export log. Only the desk may override: a reporter or an
// editor who sends a reason for a blocked article is refused.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { metaKeys } from '../../contract/article/articleNames';
import type { ExportLogEntry } from '../../contract/article/articleNames';
import { SoanError } from '../../contract/errors';
import type { ExportPreview, ExportReport, PreflightList } from '../../contract/types';
import type { NewsroomSettingsData } from '../../contract/newsroom';
import { addToMetaSet } from '../../contract/article/metaStore';
import type { ReadableCopy } from '../article/readableCopy';
import { errnoOf, plainReason } from '../fs/diskErrors';
import { buildArticlePackage } from '../export/articlePackage';
import { ExportError } from '../export/exportError';
import { exportHtml } from '../export/exportHtml';
import { toExportArticle } from '../export/exportModel';
import { preflight } from '../export/preflight';
import type { PreflightReport } from '../export/preflight';
import type { Library } from '../library/libraryService';
import type { Actor } from '../history/articleHistory';
import { recordExport } from '../workflow/articleWorkflow';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ExportEnvironment {
  library: Library;
  newsroom: NewsroomSettingsData;
  resourcesDir: string;
  /** Who exports: an approved article becomes exported in their name. */
  actor?: Actor;
  /** The profile name, for the export log. */
  user: string;
}

/** The chosen slug (meta.slug) when it is a plain slug; else the one from the headline. */
function withChosenSlug(readable: ReadableCopy): ReadableCopy {
  const chosen = readable.meta.slug;
  return typeof chosen === 'string' && SLUG.test(chosen) && chosen.length <= 120 ? { ...readable, slug: chosen } : readable;
}

function codedPreflight(report: PreflightReport): PreflightList {
  const coded = (issues: PreflightReport['blocking']) => issues.map((i) => ({ code: i.code, params: { ...i.params } }));
  return { blocking: coded(report.blocking), warnings: coded(report.warnings), ok: report.ok };
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ExportError) throw new SoanError(error.code, { ...error.params });
    throw error;
  }
}

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">\n?\s*/;

export async function exportPreview(env: ExportEnvironment, id: string): Promise<ExportPreview> {
  const readable = withChosenSlug(await env.library.readableCopy(id));
  return guarded(async () => {
    const pkg = await buildArticlePackage(toExportArticle(readable), {
      mediaDir: env.library.mediaFolder(id),
      headlineMaxChars: env.newsroom.headlineMaxChars,
      resourcesDir: env.resourcesDir,
      ignoreBlocking: true,
      now: env.library.context.clock.iso(),
    });
    // images/<sha>-web.<ext> (the web readable) → soan-media:<sha>.<ext> (the project's original).
    const originals = new Map<string, string>();
    for (const file of pkg.files) {
      const match = /^images\/([0-9a-f]{64})\.([a-z]+)$/.exec(file.path);
      if (match) originals.set(match[1], `${match[1]}.${match[2]}`);
    }
    const page = pkg.files.find((f) => f.path === 'index.html')!;
    const html = Buffer.from(page.bytes)
      .toString('utf8')
      .replace(CSP_META, '')
      .replace(/images\/([0-9a-f]{64})(?:-web)?\.[a-z]+/g, (whole, sha: string) =>
        originals.has(sha) ? `soan-media:${originals.get(sha)}` : whole,
      );
    return { html, preflight: codedPreflight(pkg.preflight) };
  });
}

async function ensureDestination(folder: string): Promise<void> {
  try {
    await fs.mkdir(folder, { recursive: true });
    await fs.access(folder, fs.constants.W_OK);
  } catch (error) {
    const reason =
      errnoOf(error) === 'EACCES' || errnoOf(error) === 'EPERM' || errnoOf(error) === 'EROFS'
        ? 'Soạn is not allowed to write there'
        : errnoOf(error) === 'ENOTDIR' || errnoOf(error) === 'EEXIST'
          ? 'a file is in the way of that folder'
          : plainReason(error);
    throw new SoanError('export-destination-unavailable', { path: folder, reason });
  }
}

export async function exportArticle(
  env: ExportEnvironment,
  request: { id: string; zip: boolean; overrideReason?: string },
  outDir = env.newsroom.exportPath,
): Promise<ExportReport> {
  const reason = request.overrideReason?.normalize('NFC').trim();
  const readable = withChosenSlug(await env.library.readableCopy(request.id));
  const article = await guarded(async () => toExportArticle(readable)); // a malformed article fails before any folder is made
  if (reason && env.actor?.role !== 'desk') {
    const report = preflight(article.doc, {
      headlineMaxChars: env.newsroom.headlineMaxChars,
      review: article.review,
      meta: article.meta,
      now: env.library.context.clock.iso(),
    });
    // Nothing blocks: the reason overrides nothing and the export simply goes ahead.
    if (!report.ok) throw new SoanError('export-override-desk-only', { role: env.actor?.role ?? '' });
  }
  await ensureDestination(outDir);
  const options = {
    mediaDir: env.library.mediaFolder(request.id),
    headlineMaxChars: env.newsroom.headlineMaxChars,
    resourcesDir: env.resourcesDir,
    now: env.library.context.clock.iso(),
  };
  // With a reason, blocking items are overridden: the package is written and the reason logged.
  const written = await guarded(() =>
    exportHtml(readable, { ...options, outDir, zip: request.zip, ignoreBlocking: !!reason }),
  ).catch((error: unknown) => {
    if (error instanceof SoanError) throw error;
    throw new SoanError('export-destination-unavailable', { path: outDir, reason: plainReason(error) });
  });
  // Only overrides are logged: logging every export would change the article, and the same
  // article must export to the same bytes.
  if (reason && !written.preflight.ok) {
    const entry: ExportLogEntry = { at: env.library.context.clock.iso(), by: env.user, folder: path.basename(written.folder), overrideReason: reason };
    await env.library.edit(request.id, (doc) => addToMetaSet(doc, metaKeys.exports, entry));
  }
  // The workflow move is bookkeeping (updatedAt stays), so exporting again gives the same bytes.
  if (env.actor) {
    await recordExport(env.library.workflow, env.actor, request.id).catch((error) =>
      env.library.context.log.problem('export not recorded in the workflow', error),
    );
  }
  return {
    folder: written.folder,
    files: written.files,
    ...(written.zipPath ? { zipPath: written.zipPath } : {}),
    preflight: codedPreflight(written.preflight),
  };
}
