// Everything the spell checker knows beyond the syllable grammar, built once from the
// resource files (see loadLanguageResources.ts) and handed to the checks worker as plain
// data: the syllable lexicon, the loanwords and names it must not flag, and the context pairs.

import { createContextModel, type ContextModel } from './contextModel';
import { createSyllableLexicon, type SyllableLexicon } from './syllableLexicon';
import { createWordList, type WordList } from './wordList';

/** Plain, structured-clone-safe form of the model, as read from resources/language/. */
export interface SpellingData {
  /** syllables.vi.txt + syllables-added.vi.txt */
  syllables: string[];
  /** loanwords.vi.txt: Vietnamised loanwords, names of places and peoples, look-alikes. */
  loanwords: string[];
  /** context.vi.txt: phrases whose adjacent syllables go together. */
  phrases: string[];
}

export interface SpellingModel {
  lexicon: SyllableLexicon;
  loanwords: WordList;
  context: ContextModel;
}

export function createSpellingModel(data: SpellingData): SpellingModel {
  return {
    lexicon: createSyllableLexicon(data.syllables),
    loanwords: createWordList(data.loanwords),
    context: createContextModel(data.phrases),
  };
}
