// Reads the newsroom's language resources from disk (Node only; the checks themselves are
// pure and also run in a Web Worker, which receives these already loaded).

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHouseStyleRulesText, type HouseStyleRules } from './houseStyle/houseStyleRules';
import { createWordList, parseWordList, type WordList } from './wordList';

export interface LanguageResources {
  rules: HouseStyleRules;
  wordList: WordList;
  /** The raw word-list entries, for sending to a worker. */
  wordListEntries: string[];
}

export async function loadLanguageResources(resourcesDir: string, language = 'vi'): Promise<LanguageResources> {
  const dir = path.join(resourcesDir, 'language');
  const rulesPath = path.join(dir, `house-style.${language}.json`);
  const rules = parseHouseStyleRulesText(await readFile(rulesPath, 'utf8'), rulesPath);
  const wordListEntries = parseWordList(await readFile(path.join(dir, `wordlist.${language}.txt`), 'utf8'));
  return { rules, wordList: createWordList(wordListEntries), wordListEntries };
}
