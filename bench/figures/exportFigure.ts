// Export: an article of 5,000 words with 20 camera photos (4000×3000 JPEG) → its package,
// through the same backend call the app and `soan export` make, timed end to end.
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { openCliLibrary } from '../../electron/cli/cliLibrary';
import { benchArticle } from '../data/benchArticle';
import { addBenchArticle, openBenchLibrary } from '../data/benchLibrary';
import { benchPhoto } from '../data/benchPhotos';

export interface ExportWorkload {
  words: number;
  photos: number;
  width: number;
  height: number;
}

export async function measureExport(root: string, workload: ExportWorkload, runs: number): Promise<number[]> {
  const libraryPath = await mkdtemp(path.join(root, 'export-library-'));
  const photos = [];
  for (let i = 0; i < workload.photos; i++) photos.push(await benchPhoto(workload.width, workload.height, 5000 + i));
  const setup = await openBenchLibrary(libraryPath);
  const content = benchArticle({ words: workload.words, figureFiles: photos.map((p) => p.file), seed: 5000 });
  const id = await addBenchArticle(setup, content, photos);
  await setup.close();

  const library = await openCliLibrary(libraryPath);
  try {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const report = await library.call('article:export', { id, zip: false });
      times.push(performance.now() - started);
      if (report.files.length < workload.photos) throw new Error(`the export wrote ${report.files.length} files for ${workload.photos} photos`);
    }
    return times;
  } finally {
    await library.close();
  }
}
