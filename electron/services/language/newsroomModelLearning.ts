// Learning a newsroom's archive into its own model in the user-data folder, and forgetting it
// (Node only; `soan language learn|forget`, see newsroomModel.ts for where it lives and why).

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../fs/atomicWrite';
import { countsFromData, emptyCounts, toNgramData, type NgramCounts } from './ngramCounts';
import { encodeNgramFile } from './ngramFile';
import type { NgramData } from './ngramModel';
import { newsroomModelFile, readModelFile } from './newsroomModel';
import { archiveLabel, countArchive, type ArchiveReport } from './scripts/newsroomArchive';
import type { SyllableLexicon } from './syllableLexicon';

/**
 * Bigrams + trigrams kept at most (~12 bytes each in the worker): a huge archive keeps its
 * commonest trigrams, so the bundled and the newsroom's model stay under ~40 MB together.
 */
export const MAX_NEWSROOM_ENTRIES = 3_000_000;


/** The counts as model data, the rarest trigrams left out if there are too many entries. */
export function withinBudget(counts: NgramCounts, sources: string[], maxEntries = MAX_NEWSROOM_ENTRIES): NgramData {
  for (let minimum = 1; ; minimum++) {
    const data = toNgramData(counts, sources, minimum);
    if (data.bigramKeys.length + data.trigramKeys.length <= maxEntries || data.trigramKeys.length === 0) return data;
  }
}

/**
 * Learns the archive under `folder` into the newsroom's model (created if there is none) and
 * writes it atomically. Refuses in words, writing nothing, when the folder is missing, a file,
 * empty or without Vietnamese articles, or when the existing model is damaged.
 */
export async function learnArchive(folder: string, userDataDir: string, lexicon: SyllableLexicon, now = new Date()): Promise<ArchiveReport> {
  const file = newsroomModelFile(userDataDir);
  let existing: NgramData | undefined;
  try {
    existing = await readModelFile(file);
  } catch (error) {
    throw new Error(`${(error as Error).message} Nothing was learnt; remove it with “soan language forget” and learn the archive again.`);
  }
  const counts = existing ? countsFromData(existing) : emptyCounts();
  const learnt = new Set(existing?.learnt?.articles ?? []);
  const report = countArchive(folder, counts, lexicon, learnt);
  if (report.files === 0) return report; // every article was learnt already: nothing to write
  const data = withinBudget(counts, [...(existing?.sources ?? []), archiveLabel(folder, report)]);
  data.learnt = { articles: [...learnt], sentences: (existing?.learnt?.sentences ?? 0) + report.sentences, updatedAt: now.toISOString() };
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, encodeNgramFile(data));
  return report;
}

/** Removes the newsroom's model; false when there was none. */
export async function forgetNewsroomModel(userDataDir: string): Promise<boolean> {
  try {
    await fs.unlink(newsroomModelFile(userDataDir));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
