// Reads the newsroom's language resources from disk (Node only; the checks themselves are
// pure and also run in a Web Worker, which receives these already loaded).

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeNgramFile } from './ngramFile';
import { readNewsroomNgrams } from './newsroomModel';
import { parseHouseStyleRulesText, type HouseStyleRules } from './houseStyle/houseStyleRules';
import { createSpellingModel, type SpellingData, type SpellingModel } from './spellingModel';
import { createWordList, parseWordList, type WordList } from './wordList';

export interface LanguageResources {
  rules: HouseStyleRules;
  wordList: WordList;
  /** The raw word-list entries, for sending to a worker. */
  wordListEntries: string[];
  /** Lexicon, loanwords and context pairs, built from `spellingData`. */
  spelling: SpellingModel;
  /** The same as plain data, for sending to a worker. */
  spellingData: SpellingData;
}

async function readList(dir: string, name: string): Promise<string[]> {
  return parseWordList(await readFile(path.join(dir, name), 'utf8'));
}

/** Where the newsroom's own files are (its model learnt from its archive); none for the bundled resources alone. */
export interface NewsroomPlaces {
  userDataDir?: string;
}

export async function loadSpellingData(resourcesDir: string, language = 'vi', newsroom: NewsroomPlaces = {}): Promise<SpellingData> {
  const dir = path.join(resourcesDir, 'language');
  const [generated, added, loanwords, phrases] = await Promise.all([
    readList(dir, `syllables.${language}.txt`),
    readList(dir, `syllables-added.${language}.txt`),
    readList(dir, `loanwords.${language}.txt`),
    readList(dir, `context.${language}.txt`),
  ]);
  const [ngrams, newsroomNgrams] = await Promise.all([
    readNgrams(path.join(dir, `ngrams.${language}.bin.gz`)),
    language === 'vi' ? readNewsroomNgrams(newsroom.userDataDir) : undefined,
  ]);
  return { syllables: [...generated, ...added], loanwords, phrases, ngrams, ...(newsroomNgrams ? { newsroomNgrams } : {}) };
}

/** The n-gram model, or none when the file is missing (the phrases still work without it). */
export async function readNgrams(file: string): Promise<SpellingData['ngrams']> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return decodeNgramFile(bytes, file);
}

export async function loadLanguageResources(resourcesDir: string, language = 'vi', newsroom: NewsroomPlaces = {}): Promise<LanguageResources> {
  const dir = path.join(resourcesDir, 'language');
  const rulesPath = path.join(dir, `house-style.${language}.json`);
  const rules = parseHouseStyleRulesText(await readFile(rulesPath, 'utf8'), rulesPath);
  const wordListEntries = await readList(dir, `wordlist.${language}.txt`);
  const spellingData = await loadSpellingData(resourcesDir, language, newsroom);
  return {
    rules,
    wordList: createWordList(wordListEntries),
    wordListEntries,
    spelling: createSpellingModel(spellingData),
    spellingData,
  };
}
