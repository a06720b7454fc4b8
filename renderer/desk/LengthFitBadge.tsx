// Planned length against actual, coloured like InCopy's copyfit: blue while more than a
// tenth short, green when it fits, red when over. Used in the status bar and the Desk panel.
import { useTranslation } from 'react-i18next';
import type { LengthFit } from '../../electron/contract/article/lengthFit';
import { formatNumber } from '../i18n/formatTime';

export function LengthFitBadge({ fit, testId }: { fit: LengthFit; testId: string }) {
  const { t } = useTranslation();
  const unit = t(`desk.length.unit.${fit.unit}`);
  const words = {
    actual: formatNumber(fit.actual),
    target: formatNumber(fit.target),
    difference: formatNumber(Math.abs(fit.difference)),
    unit,
  };
  return (
    <span className={`copyfit copyfit-${fit.status}`} data-testid={testId} data-status={fit.status} title={t('desk.length.title', words)}>
      <span className="copyfit-bar" aria-hidden="true">
        <span style={{ width: `${Math.min(100, (fit.actual / fit.target) * 100)}%` }} />
      </span>
      {t(`desk.length.${fit.status}`, words)}
    </span>
  );
}
