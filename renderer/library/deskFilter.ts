// The library's desk filter: every article, the ones that are mine (assigned to me, or with an
// open comment assigned to me), or the late ones (deadline passed, not exported) — by the
// contract's rules, for the profile using this Soạn.
import type { ArticleSummary } from '../../electron/contract/types';
import { isLate, isMine } from '../../electron/contract/article/deskAssignment';

export const deskChoices = ['all', 'mine', 'late'] as const;
export type DeskChoice = (typeof deskChoices)[number];

export function filterByDesk(articles: ArticleSummary[], choice: DeskChoice, me: string, now: number): ArticleSummary[] {
  if (choice === 'mine') return articles.filter((a) => isMine(a.desk, me));
  if (choice === 'late') return articles.filter((a) => isLate(a.desk, a.status, now));
  return articles;
}
