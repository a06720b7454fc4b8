// What a house-style rule is: a pure function from the article's parts and the newsroom's
// rules to hits. The runner adds severity (from the rules file) and the message text.

import type { FindingInput } from '../findings';
import type { ArticlePart } from './articleParts';
import type { HouseStyleRules } from './houseStyleRules';

export interface RuleHit extends Omit<FindingInput, 'severity' | 'rule'> {
  part: number;
}

export interface StyleRule {
  /** The `rule` field of findings. */
  id: string;
  /** Which entry of the rules file holds its severity. */
  setting: Exclude<keyof HouseStyleRules, 'language' | 'flatArticle'>;
  check(parts: readonly ArticlePart[], rules: HouseStyleRules): RuleHit[];
}
