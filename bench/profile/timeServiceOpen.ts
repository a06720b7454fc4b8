// What the services' `article:open` spends, step by step, in Node on the bench's generated
// article (no renderer, no IPC): reading and checking article.ydoc and article.json, checking
// the photos (hashed the first time a library checks them) and the history, and encoding the
// state sent to the editor. Each run opens the library afresh, then opens the article again
// after closing it (the photos are then known good).
//   npx tsx bench/profile/timeServiceOpen.ts [--words 20000] [--figures 40] [--runs 4]
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import type { Problem } from '../../electron/contract/errors';
import { buildEditorLibrary, figurePhotos } from '../data/editorArticles';
import { openBenchLibrary } from '../data/benchLibrary';

/** The steps of Library.open, reached past `private` for timing only. */
interface OpenSteps {
  store: { openArticle(id: string): Promise<{ doc: Y.Doc }> };
  media: { check(id: string, doc: Y.Doc): Promise<Problem[]> };
  history: { check(id: string): Promise<Problem[]> };
}

async function timeOpen(steps: OpenSteps, id: string): Promise<string> {
  const times: string[] = [];
  let last = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    times.push(`${name} ${(now - last).toFixed(1)}`);
    last = now;
  };
  const { doc } = await steps.store.openArticle(id);
  step('article files');
  await steps.media.check(id, doc);
  step('photos');
  await steps.history.check(id);
  step('history');
  Y.encodeStateAsUpdate(doc);
  step('encode');
  return times.join(', ');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { words: { type: 'string' }, figures: { type: 'string' }, runs: { type: 'string' } } });
  const root = await mkdtemp(path.join(os.tmpdir(), 'soan-open-'));
  const libraryPath = path.join(root, 'library');
  try {
    const [article] = await buildEditorLibrary(libraryPath, [Number(values.words ?? 20000)], await figurePhotos(Number(values.figures ?? 40)));
    for (let run = 1; run <= Number(values.runs ?? 4); run++) {
      const library = await openBenchLibrary(libraryPath);
      const steps = library as unknown as OpenSteps;
      console.log(`run ${run}, first open (ms): ${await timeOpen(steps, article!.id)}`);
      await library.closeArticle(article!.id);
      console.log(`run ${run}, again (ms):      ${await timeOpen(steps, article!.id)}`);
      await library.closeArticle(article!.id);
      await library.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

void main();
