// House-style checks over an article given as parts (headline, sapo, body paragraphs,
// captions, byline). Rules and their severities come from the newsroom's rules file
// (houseStyle/houseStyleRules.ts); messages are Vietnamese by default, English on request,
// and every finding also carries messageKey + params for the UI's own i18n.

import { byPosition, makeFinding } from './findings';
import type { Locale } from './messages';
import { normaliseParts, type ArticleFinding, type ArticlePart } from './houseStyle/articleParts';
import type { HouseStyleRules } from './houseStyle/houseStyleRules';
import type { StyleRule } from './houseStyle/ruleTypes';
import { abbreviations } from './houseStyle/rules/abbreviations';
import { captionRepeatsBody } from './houseStyle/rules/captionRepeatsBody';
import { consistentCapitals } from './houseStyle/rules/consistentCapitals';
import { consistentPhrasing } from './houseStyle/rules/consistentPhrasing';
import { lengthLimits } from './houseStyle/rules/lengthLimits';
import { dateFormat, numberFormat } from './houseStyle/rules/numbersAndDates';
import { paragraphEnd } from './houseStyle/rules/paragraphEnd';
import { spacing } from './houseStyle/rules/spacing';
import { straightQuotes } from './houseStyle/rules/straightQuotes';

export const STYLE_RULES: readonly StyleRule[] = [
  straightQuotes,
  spacing,
  consistentPhrasing,
  consistentCapitals,
  abbreviations,
  numberFormat,
  dateFormat,
  captionRepeatsBody,
  lengthLimits,
  paragraphEnd,
];

export interface HouseStyleOptions {
  locale?: Locale;
}

export function checkHouseStyle(
  parts: readonly ArticlePart[],
  rules: HouseStyleRules,
  options: HouseStyleOptions = {},
): ArticleFinding[] {
  const nfcParts = normaliseParts(parts);
  const findings: ArticleFinding[] = [];
  for (const rule of STYLE_RULES) {
    const severity = rules[rule.setting].severity;
    if (severity === 'off') continue;
    for (const hit of rule.check(nfcParts, rules)) {
      const { part, ...input } = hit;
      const finding = makeFinding({ ...input, rule: rule.id, severity }, options.locale);
      findings.push({ ...finding, part, partKind: nfcParts[part]!.kind });
    }
  }
  return findings.sort((a, b) => a.part - b.part || byPosition(a, b));
}
