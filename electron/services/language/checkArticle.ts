// All language checks on one article: spelling on the parts readers read as prose
// (headline, sapo, body, subheads, captions) plus the house-style rules — the list the
// Checks panel and `soan check --json` show.

import type { Locale } from './messages';
import { byPosition } from './findings';
import { checkHouseStyle } from './houseStyle';
import { normaliseParts, type ArticleFinding, type ArticlePart } from './houseStyle/articleParts';
import type { HouseStyleRules } from './houseStyle/houseStyleRules';
import { spellCheck } from './spellCheck';
import type { SpellingModel } from './spellingModel';
import type { WordList } from './wordList';

export interface CheckArticleOptions {
  rules: HouseStyleRules;
  wordList?: WordList;
  /** Lexicon, loanwords and context pairs; without it only the syllable grammar is checked. */
  spelling?: SpellingModel;
  userDictionary?: Iterable<string>;
  ignore?: Iterable<string>;
  locale?: Locale;
}

const SPELL_CHECKED = new Set<ArticlePart['kind']>(['headline', 'sapo', 'body', 'heading', 'caption']);

export function checkArticle(parts: readonly ArticlePart[], options: CheckArticleOptions): ArticleFinding[] {
  const nfcParts = normaliseParts(parts);
  const tone = options.rules.tonePlacement;
  const userDictionary = [...(options.userDictionary ?? [])];
  const ignore = [...(options.ignore ?? [])];
  const findings: ArticleFinding[] = [];
  nfcParts.forEach((part, index) => {
    if (!SPELL_CHECKED.has(part.kind)) return;
    const spelling = spellCheck(part.text, {
      wordList: options.wordList,
      model: options.spelling,
      userDictionary,
      ignore,
      preferredTonePlacement: tone.severity === 'off' ? undefined : tone.prefer,
      locale: options.locale,
    });
    for (const finding of spelling) {
      const severity = finding.rule === 'tone-placement' && tone.severity !== 'off' ? tone.severity : finding.severity;
      findings.push({ ...finding, severity, part: index, partKind: part.kind });
    }
  });
  findings.push(...checkHouseStyle(nfcParts, options.rules, { locale: options.locale }));
  return findings.sort((a, b) => a.part - b.part || byPosition(a, b));
}
