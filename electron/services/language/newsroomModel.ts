// The newsroom's own n-gram counts, learnt from its archive (Node only). They live in the
// user-data folder beside settings.json, not in resources/: an installed app's resources are
// read-only and replaced by every update, and the counts are the newsroom's, not the app's.
// The checks add them to the bundled model's (combinedNgramModel.ts). Learning again adds only
// the articles not learnt yet (by their text's hash), so a growing archive can be learnt again
// and again (newsroomModelLearning.ts); forgetting removes the file.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { decodeNgramFile } from './ngramFile';
import type { NgramData } from './ngramModel';

export const NEWSROOM_MODEL_FILE = path.join('language', 'ngrams-newsroom.vi.bin.gz');
export const newsroomModelFile = (userDataDir: string) => path.join(userDataDir, NEWSROOM_MODEL_FILE);

export interface NewsroomModelSummary {
  file: string;
  articles: number;
  sentences: number;
  syllables: number;
  updatedAt: string;
}

/** The model file's data, none when there is no file; throws, in words, when it cannot be read. */
export async function readModelFile(file: string): Promise<NgramData | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`The newsroom's language model ${file} cannot be read (${(error as Error).message}).`);
  }
  try {
    return decodeNgramFile(bytes, 'it');
  } catch (error) {
    throw new Error(`The newsroom's language model ${file} is damaged (${(error as Error).message}).`);
  }
}

/**
 * The newsroom's counts for the checks, or none. A damaged file is left out (the bundled model
 * still works) rather than stopping every check; `soan language` says it is damaged.
 */
export async function readNewsroomNgrams(userDataDir: string | undefined): Promise<NgramData | undefined> {
  if (!userDataDir) return undefined;
  try {
    const data = await readModelFile(newsroomModelFile(userDataDir));
    if (!data) return undefined;
    const { learnt: _learnt, ...counts } = data; // the article hashes are of no use to the checks
    return counts;
  } catch {
    return undefined;
  }
}

/** What the newsroom's model holds, or null when there is none. Throws, in words, when it is damaged. */
export async function describeNewsroomModel(userDataDir: string): Promise<NewsroomModelSummary | null> {
  const file = newsroomModelFile(userDataDir);
  const data = await readModelFile(file);
  if (!data) return null;
  let syllables = 0;
  for (let id = 1; id < data.unigramCounts.length; id++) syllables += data.unigramCounts[id]!;
  return {
    file,
    articles: data.learnt?.articles.length ?? 0,
    sentences: data.learnt?.sentences ?? 0,
    syllables,
    updatedAt: data.learnt?.updatedAt ?? '',
  };
}

type Summary = { articles: number; sentences: number; updatedAt: string };
/** The last summary per file, with the file's time and size: settings:get must not unpack a large model each time. */
const summaries = new Map<string, { stamp: string; summary: Summary | undefined }>();

/** For Settings: what the model holds, or none when there is none or it cannot be read. */
export async function newsroomModelSummary(userDataDir: string): Promise<Summary | undefined> {
  const file = newsroomModelFile(userDataDir);
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat) return undefined;
  const stamp = `${stat.mtimeMs}:${stat.size}`;
  const known = summaries.get(file);
  if (known?.stamp === stamp) return known.summary;
  const found = await describeNewsroomModel(userDataDir).catch(() => null);
  const summary = found ? { articles: found.articles, sentences: found.sentences, updatedAt: found.updatedAt } : undefined;
  summaries.set(file, { stamp, summary });
  return summary;
}
