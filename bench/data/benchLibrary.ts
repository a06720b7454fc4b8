// Fills a library folder for the benchmark through the real services (Library: project
// folders, article.ydoc, article.json, media store, index), the way an import does.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as Y from 'yjs';
import { Library } from '../../electron/services/library/libraryService';
import { articleDocFromImport } from '../../electron/services/handlers/importHandler';
import { ARTICLE_JSON, ARTICLE_YDOC, newArticleId, projectFolderName, slugForHeadline } from '../../electron/services/library/projectFolder';
import { readableCopyOf } from '../../electron/services/article/readableCopy';
import { formatJson } from '../../electron/services/fs/durableJsonAdapter';
import { clockFrom, defaultServiceContext } from '../../electron/services/serviceContext';
import type { ImportedArticle } from '../../electron/services/import/importedArticle';
import type { ArticleDoc } from '../../electron/contract/article/articleContent';
import type { BenchPhoto } from './benchPhotos';

export const BENCH_AUTHOR = { name: 'Thu Trang', role: 'desk' as const };

export function openBenchLibrary(libraryPath: string, options: { now?: () => Date; saveDelayMs?: number } = {}): Promise<Library> {
  return Library.open({
    libraryPath,
    create: true,
    context: defaultServiceContext({ actor: () => BENCH_AUTHOR.name, ...(options.now ? { clock: clockFrom(options.now) } : {}) }),
    actor: () => BENCH_AUTHOR,
    saveDelayMs: options.saveDelayMs ?? 250,
  });
}

/** Adds one article with its photos; returns its id. */
export async function addBenchArticle(library: Library, content: ArticleDoc, photos: BenchPhoto[] = []): Promise<string> {
  const headline = content.content[0]?.type === 'headline' ? (content.content[0].content?.[0] as { text?: string })?.text ?? '' : '';
  const imported: ImportedArticle = {
    doc: content,
    meta: { headline, slug: '', language: 'vi', tags: ['Hà Tĩnh'], byline: [{ name: BENCH_AUTHOR.name }] },
    media: [],
    warnings: [],
  };
  const id = newArticleId();
  await library.createFrom(articleDocFromImport(imported, { id, author: BENCH_AUTHOR.name, createdAt: library.context.clock.iso() }));
  for (const photo of photos) {
    const stored = await library.importMedia(id, `anh-${photo.file.slice(0, 8)}.jpg`, photo.bytes);
    if (stored.file !== photo.file) throw new Error(`the media store named a photo ${stored.file}, expected ${photo.file}`);
  }
  return id;
}

/**
 * Many articles at once, as a library copied from another computer arrives: project folders
 * with article.ydoc and article.json written by the store's own rendition code (no fsync per
 * file, no index write per article); the next Library.open finds and indexes them in one pass.
 * Article i was last changed i minutes before `newest`.
 */
export async function writeProjectFolders(libraryPath: string, contents: ArticleDoc[], newest = new Date()): Promise<void> {
  await mkdir(libraryPath, { recursive: true });
  for (const [i, content] of contents.entries()) {
    const id = newArticleId();
    const headline = (content.content[0] as { content?: Array<{ text?: string }> }).content?.[0]?.text ?? '';
    const imported: ImportedArticle = { doc: content, meta: { headline, slug: '', language: 'vi' }, media: [], warnings: [] };
    const updatedAt = new Date(newest.getTime() - i * 60_000).toISOString();
    const doc = articleDocFromImport(imported, { id, author: BENCH_AUTHOR.name, createdAt: updatedAt });
    const folder = path.join(libraryPath, projectFolderName(headline, id));
    await mkdir(folder);
    await writeFile(path.join(folder, ARTICLE_YDOC), Y.encodeStateAsUpdate(doc));
    await writeFile(path.join(folder, ARTICLE_JSON), formatJson(readableCopyOf(doc, { slug: slugForHeadline(headline), updatedAt })));
    doc.destroy();
  }
}
