// Characters against a newsroom limit: calm under 90%, amber near the limit, red over it.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/formatTime';

interface LimitCounterProps {
  label: string;
  count: number;
  limit: number | null;
  testId: string;
}

export function limitLevel(count: number, limit: number | null): 'ok' | 'near' | 'over' {
  if (!limit) return 'ok';
  if (count > limit) return 'over';
  return count >= limit * 0.9 ? 'near' : 'ok';
}

export function LimitCounter({ label, count, limit, testId }: LimitCounterProps) {
  const { t } = useTranslation();
  const level = limitLevel(count, limit);
  return (
    <div className={`limit-counter limit-${level}`} data-testid={testId} data-level={level} data-count={count}>
      <span className="limit-label">{label}</span>
      <span className="limit-value">
        {limit ? t('furniture.publish.countOfLimit', { count: formatNumber(count), limit: formatNumber(limit) }) : formatNumber(count)}
      </span>
      {limit ? (
        <span className="limit-bar" aria-hidden="true">
          <span style={{ width: `${Math.min(100, (count / limit) * 100)}%` }} />
        </span>
      ) : null}
      {level === 'over' && <span className="limit-note">{t('furniture.publish.overBy', { count: count - (limit ?? 0) })}</span>}
    </div>
  );
}
