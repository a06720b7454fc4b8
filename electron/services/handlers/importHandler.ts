// article:import — a .txt or .docx file's bytes → a new article project. The importers
// (services/import) give a document, metadata and photos; this turns them into a Yjs
// article, stores the photos through the media store and reports what the import noticed.
import path from 'node:path';
import * as Y from 'yjs';
import { metaKeys } from '../../contract/articleSchema';
import { SoanError } from '../../contract/errors';
import type { ImportReport } from '../../contract/types';
import { articleFragment, createArticleDoc, metaMap } from '../article/articleYDoc';
import { writeJsonToFragment } from '../article/writeContentToFragment';
import type { PmNode } from '../../contract/article/pmJson';
import { writeMetaValue } from '../../contract/article/metaStore';
import { importDocx } from '../import/importDocx';
import { ImportError } from '../import/importError';
import type { ImportedArticle } from '../import/importedArticle';
import { importLimits, megabytes } from '../import/importLimits';
import { importPlainTextFile } from '../import/importPlainText';
import type { Library } from '../library/libraryService';
import { newArticleId } from '../library/projectFolder';

/** The importer for a file name's extension; bytes only — never a path from the request. */
export async function importArticleBytes(fileName: string, bytes: Uint8Array): Promise<ImportedArticle> {
  const name = path.basename(fileName.normalize('NFC').replace(/\\/g, '/'));
  const ext = path.extname(name).toLowerCase();
  try {
    if (ext !== '.txt' && ext !== '.docx') throw new ImportError('import-unsupported-type', { name, ext: ext || '(none)' });
    const limit = ext === '.docx' ? importLimits.docxBytes : importLimits.textBytes;
    if (bytes.byteLength > limit) throw new ImportError('import-too-large', { name, limitMb: megabytes(limit) });
    return ext === '.docx' ? await importDocx(bytes, name, { language: 'vi' }) : importPlainTextFile(bytes, name, { language: 'vi' });
  } catch (error) {
    if (error instanceof ImportError) throw new SoanError(error.code, { ...error.params, name });
    throw error;
  }
}

/** The Yjs article for an import: its content, furniture and the importing user as author. */
export function articleDocFromImport(imported: ImportedArticle, options: { id: string; createdAt: string; author?: string }): Y.Doc {
  const doc = createArticleDoc({ id: options.id, createdAt: options.createdAt, author: options.author });
  const { meta } = imported;
  doc.transact(() => {
    writeJsonToFragment(imported.doc as unknown as PmNode, articleFragment(doc));
    metaMap(doc).set(metaKeys.language, meta.language || 'vi');
    const set = (key: string, value: unknown) => writeMetaValue(doc, key, value);
    if (meta.topic) set(metaKeys.topic, meta.topic);
    if (meta.section) set(metaKeys.section, meta.section);
    if (meta.tags?.length) set(metaKeys.tags, meta.tags);
    if (meta.related?.length) set(metaKeys.related, meta.related.map((r) => ({ ...r })));
    if (meta.byline?.length) set(metaKeys.byline, meta.byline.map((a) => ({ ...a })));
    // Not every importer finds these; kept when one does.
    const extra = meta as { dateline?: unknown; description?: unknown };
    if (typeof extra.dateline === 'string' && extra.dateline) set(metaKeys.dateline, extra.dateline);
    if (typeof extra.description === 'string' && extra.description) set(metaKeys.description, extra.description);
  });
  return doc;
}

/** Point figures whose photo could not be stored (or was stored under another name) at the right file. */
function renameFigureSources(doc: Y.Doc, renames: Map<string, string | null>): void {
  const visit = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      const src = child.getAttribute('src');
      if (child.nodeName === 'figure' && typeof src === 'string' && renames.has(src)) {
        const next = renames.get(src);
        if (next) child.setAttribute('src', next);
        else child.removeAttribute('src');
      }
      visit(child);
    }
  };
  doc.transact(() => visit(articleFragment(doc)));
}

export async function importIntoLibrary(
  library: Library,
  request: { fileName: string; bytes: Uint8Array },
): Promise<ImportReport> {
  const imported = await importArticleBytes(request.fileName, request.bytes);
  const id = newArticleId();
  const { clock, actor } = library.context;
  let summary = await library.createFrom(articleDocFromImport(imported, { id, createdAt: clock.iso(), author: actor() }));
  const warnings: ImportReport['warnings'] = imported.warnings.map((w) => ({ code: w.code, params: { ...w.params } }));
  const renames = new Map<string, string | null>();
  for (const media of imported.media) {
    try {
      const stored = await library.importMedia(id, media.fileName, media.bytes);
      if (stored.file !== media.fileName) renames.set(media.fileName, stored.file);
    } catch (error) {
      renames.set(media.fileName, null);
      const reason = error instanceof SoanError ? error.code : 'unreadable';
      warnings.push({ code: 'import-image-dropped', params: { reason } });
    }
  }
  if (renames.size) summary = await library.edit(id, (doc) => renameFigureSources(doc, renames));
  return { summary, warnings };
}
