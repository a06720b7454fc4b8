// An imported article exported the way the article store would: media written under their
// content address, article.json built around the document, then the real exporter.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportHtml } from '../../../../electron/services/export/exportHtml';
import type { ExportResult } from '../../../../electron/services/export/exportHtml';
import { ExportError } from '../../../../electron/services/export/exportError';
import type { ImportedArticle } from '../../../../electron/services/import/importedArticle';

let counter = 0;

/** Exports an import into a fresh folder under `root`; null when pre-flight blocks it (nothing written). */
export async function exportImported(imported: ImportedArticle, root: string, extraMeta: Record<string, unknown> = {}): Promise<ExportResult | null> {
  const id = `sec${String(++counter).padStart(9, '0')}`;
  const mediaDir = join(root, `${id}-media`);
  mkdirSync(mediaDir, { recursive: true });
  for (const m of imported.media) writeFileSync(join(mediaDir, m.fileName), m.bytes);
  const articleJson = {
    format: 'soan-article',
    version: 1,
    id,
    slug: imported.meta.slug || 'bai-viet',
    headline: imported.meta.headline,
    status: 'draft',
    authors: ['Phóng viên thử nghiệm'],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    meta: { id, language: imported.meta.language, ...extraMeta },
    content: imported.doc,
  };
  try {
    return await exportHtml(articleJson, { mediaDir, outDir: join(root, `${id}-out`), embedFonts: false });
  } catch (error) {
    if (error instanceof ExportError && error.code === 'export-blocked') return null;
    throw error;
  }
}
