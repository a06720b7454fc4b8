// Shared inputs for the language tests: the reference article and the newsroom's resources,
// loaded the way the app loads them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseHouseStyleRulesText } from '../../../electron/services/language/houseStyle/houseStyleRules';
import { decodeNgramFile } from '../../../electron/services/language/ngramFile';
import { createSpellingModel, type SpellingData } from '../../../electron/services/language/spellingModel';
import { createWordList, parseWordList } from '../../../electron/services/language/wordList';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const sampleText = readFileSync(path.join(root, 'tests/fixtures/baohatinh-tu-soi-tu-sua.txt'), 'utf8');
export const houseRulesText = readFileSync(path.join(root, 'resources/language/house-style.vi.json'), 'utf8');
export const houseRules = parseHouseStyleRulesText(houseRulesText);
export const newsroomWords = createWordList(
  parseWordList(readFileSync(path.join(root, 'resources/language/wordlist.vi.txt'), 'utf8')),
);

/** The spelling model as the app loads it: lexicon, loanwords, context pairs and n-grams. */
export const spellingData: SpellingData = {
  syllables: ['syllables.vi.txt', 'syllables-added.vi.txt'].flatMap((name) => languageList(name)),
  loanwords: languageList('loanwords.vi.txt'),
  phrases: languageList('context.vi.txt'),
  ngrams: decodeNgramFile(readFileSync(path.join(root, 'resources/language/ngrams.vi.bin.gz'))),
};
export const spellingModel = createSpellingModel(spellingData);

function languageList(name: string): string[] {
  return parseWordList(readFileSync(path.join(root, 'resources/language', name), 'utf8'));
}
