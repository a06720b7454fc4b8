// Under an article's headline in the library, what the desk must see at a glance: until when
// it is embargoed and when it is scheduled. Nothing at all when the desk set nothing.
import { useTranslation } from 'react-i18next';
import type { DeskSummary } from '../../electron/contract/article/deskSummary';
import { isUnderEmbargo } from '../../electron/contract/article/deskEmbargo';
import { formatAbsolute } from '../i18n/formatTime';
import { LengthFitBadge } from '../desk/LengthFitBadge';

export function DeskBadges({ desk, now }: { desk: DeskSummary | undefined; now: number }) {
  const { t } = useTranslation();
  if (!desk) return null;
  const embargoed = isUnderEmbargo(desk, now);
  const badges = [
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
  if (badges.length === 0) return null;
  return <span className="article-row-desk">{badges}</span>;
}
