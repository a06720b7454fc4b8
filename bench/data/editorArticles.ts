// The articles the editor figures type into: one per size, each with the same figures (photos
// generated once), in one library built through the real services.
import type { ArticleDoc } from '../../electron/contract/article/articleContent';
import { benchArticle } from './benchArticle';
import { addBenchArticle, openBenchLibrary } from './benchLibrary';
import { benchPhoto, type BenchPhoto } from './benchPhotos';

export interface EditorArticle {
  words: number;
  id: string;
  content: ArticleDoc;
}

/** `count` distinct photos of a size a reporter's edited photo has on the web (1600×1067). */
export async function figurePhotos(count: number, width = 1600, height = 1067): Promise<BenchPhoto[]> {
  const photos: BenchPhoto[] = [];
  for (let i = 0; i < count; i++) photos.push(await benchPhoto(width, height, 1000 + i));
  return photos;
}

export async function buildEditorLibrary(libraryPath: string, sizes: number[], photos: BenchPhoto[]): Promise<EditorArticle[]> {
  const library = await openBenchLibrary(libraryPath);
  try {
    const articles: EditorArticle[] = [];
    for (const words of sizes) {
      const content = benchArticle({ words, figureFiles: photos.map((p) => p.file), seed: words });
      articles.push({ words, id: await addBenchArticle(library, content, photos), content });
    }
    return articles;
  } finally {
    await library.close();
  }
}
