// Everything the spell checker knows beyond the syllable grammar, built once from the
// resource files (see loadLanguageResources.ts) and handed to the checks worker as plain
// data: the syllable lexicon, the loanwords and names it must not flag, the context pairs and
// the n-gram model.

import { combineNgramModels } from './combinedNgramModel';
import { createContextModel, type ContextModel } from './contextModel';
import { createNgramModel, type NgramData, type NgramModel } from './ngramModel';
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
  /** ngrams.vi.bin.gz: syllable n-gram counts from public text. */
  ngrams?: NgramData;
  /** The newsroom's own counts, learnt from its archive (<userData>/language/, newsroomModel.ts); added to the bundled ones. */
  newsroomNgrams?: NgramData;
}

export interface SpellingModel {
  lexicon: SyllableLexicon;
  loanwords: WordList;
  context: ContextModel;
  ngrams?: NgramModel;
}

export function createSpellingModel(data: SpellingData): SpellingModel {
  return {
    lexicon: createSyllableLexicon(data.syllables),
    loanwords: createWordList(data.loanwords),
    context: createContextModel(data.phrases),
    ngrams: ngramModelOf(data),
  };
}

function ngramModelOf(data: SpellingData): NgramModel | undefined {
  const bundled = data.ngrams && createNgramModel(data.ngrams);
  const newsroom = data.newsroomNgrams && createNgramModel(data.newsroomNgrams);
  if (bundled && newsroom) return combineNgramModels(bundled, newsroom);
  return bundled ?? newsroom;
}
