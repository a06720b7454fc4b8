// Under an article's headline in the library, what the desk must see at a glance: its budget
// line, who has it and by when (red when late), a legal hold, until when it is embargoed and
// when it is scheduled, its length against plan and its notices. Nothing when the desk set nothing.
import { useTranslation } from 'react-i18next';
import type { DeskSummary } from '../../electron/contract/article/deskSummary';
import { isUnderEmbargo } from '../../electron/contract/article/deskEmbargo';
import { formatAbsolute } from '../i18n/formatTime';
import { LengthFitBadge } from '../desk/LengthFitBadge';
import { isLate } from '../../electron/contract/article/deskAssignment';

export function DeskBadges({ desk, status, now }: { desk: DeskSummary | undefined; status: string; now: number }) {
  const { t } = useTranslation();
  if (!desk) return null;
  const late = isLate(desk, status, now);
  const embargoed = isUnderEmbargo(desk, now);
  const badges = [
    desk.assignee && (
      <span key="assignee" className="desk-badge is-quiet" data-testid="article-assignee">
        {t('desk.library.assignee', { name: desk.assignee })}
      </span>
    ),
    desk.tasks && (
      <span key="tasks" className="desk-badge is-warning" data-testid="article-tasks" title={t('desk.library.tasksTitle')}>
        {t('desk.library.tasks', { names: desk.tasks.join(', ') })}
      </span>
    ),
    desk.mentions && (
      <span key="mentions" className="desk-badge is-under" data-testid="article-mentions">
        {t('desk.library.mentioned', { names: desk.mentions.join(', ') })}
      </span>
    ),
    desk.deadline && (
      <span key="deadline" className={`desk-badge ${late ? 'is-blocking' : 'is-quiet'}`} data-testid="article-deadline" data-late={late}>
        {late ? t('desk.library.late', { time: formatAbsolute(desk.deadline) }) : t('desk.library.deadline', { time: formatAbsolute(desk.deadline) })}
      </span>
    ),
    desk.legalHold && (
      <span key="legal" className="desk-badge is-blocking" data-testid="article-legal-hold">
        {t('desk.library.legalHold')}
      </span>
    ),
    desk.embargoUntil && (
      <span
        key="embargo"
        className={`desk-badge ${embargoed ? 'is-blocking' : 'is-quiet'}`}
        data-testid="article-embargo"
        data-embargoed={embargoed}
        title={t('desk.library.embargoTitle')}
      >
        {embargoed ? t('desk.library.embargoed', { time: formatAbsolute(desk.embargoUntil) }) : t('desk.library.embargoEnded', { time: formatAbsolute(desk.embargoUntil) })}
      </span>
    ),
    desk.publishAt && (
      <span key="publish" className="desk-badge is-quiet" data-testid="article-publish-at">
        {t('desk.library.publishAt', { time: formatAbsolute(desk.publishAt) })}
      </span>
    ),
    desk.length && <LengthFitBadge key="length" fit={desk.length} testId="article-copyfit" />,
    desk.corrections && (
      <span key="corrections" className="desk-badge is-quiet" data-testid="article-corrections">
        {t('desk.library.corrections', { count: desk.corrections })}
      </span>
    ),
  ].filter(Boolean);
  if (badges.length === 0 && !desk.budgetLine) return null;
  return (
    <>
      {desk.budgetLine && (
        <span className="article-row-budget" data-testid="article-budget-line">
          {desk.budgetLine}
        </span>
      )}
      {badges.length > 0 && <span className="article-row-desk">{badges}</span>}
    </>
  );
}
