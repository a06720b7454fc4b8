// Planned length against actual, as InCopy's copyfit shows it: the desk plans a length in
// words (web) or characters (print); the article is "over" past it, "under" when more than a
// tenth short, and fits in between. The status bar, the library and export pre-flight all
// decide by this one rule, counting the article as the status bar does.
import type { PlannedLength } from './articleNames';
import type { ArticleCounts } from './articleText';

/** How far short of the plan still fits: a tenth. */
export const UNDER_TOLERANCE = 0.1;

export type LengthFitStatus = 'under' | 'fit' | 'over';

export interface LengthFit {
  unit: PlannedLength['unit'];
  target: number;
  actual: number;
  /** actual − target: negative when short, positive when over. */
  difference: number;
  status: LengthFitStatus;
}

export function lengthFit(counts: Pick<ArticleCounts, 'words' | 'characters'>, plan: PlannedLength): LengthFit {
  const actual = plan.unit === 'words' ? counts.words : counts.characters;
  const difference = actual - plan.amount;
  const status: LengthFitStatus = difference > 0 ? 'over' : actual < plan.amount * (1 - UNDER_TOLERANCE) ? 'under' : 'fit';
  return { unit: plan.unit, target: plan.amount, actual, difference, status };
}
