// The pre-flight list: what stops an export (red) and what the desk should look at (amber),
// each in plain words.
import { useTranslation } from 'react-i18next';
import type { PreflightList as Preflight } from '../../electron/contract/types';
import { Icon } from '../ui/Icon';
import { shownPreflightParams } from '../desk/preflightParams';

export function PreflightList({ preflight }: { preflight: Preflight }) {
  const { t } = useTranslation();
  const items = [
    ...preflight.blocking.map((issue) => ({ ...issue, level: 'blocking' as const })),
    ...preflight.warnings.map((issue) => ({ ...issue, level: 'warning' as const })),
  ];
  if (items.length === 0) {
    return (
      <p className="preflight-ok" data-testid="preflight-ok">
        {t('export.preflightOk')}
      </p>
    );
  }
  return (
    <>
      <p className="preflight-summary" data-testid="preflight-summary">
        {preflight.blocking.length > 0 && (
          <span className="preflight-count-blocking">{t('export.blockingCount', { count: preflight.blocking.length })}</span>
        )}
        {preflight.warnings.length > 0 && (
          <span className="preflight-count-warning">{t('export.warningCount', { count: preflight.warnings.length })}</span>
        )}
      </p>
      <ul className="preflight" data-testid="preflight">
      {items.map((item, index) => (
        <li key={index} className={`preflight-item preflight-${item.level}`} data-testid={`preflight-${item.level}`} data-code={item.code}>
          <Icon name="warning" />
          <span>
            {t(`export.preflight.${item.code}`, {
              ...shownPreflightParams(item.params, t),
              defaultValue: t('export.preflight.unknown', { code: item.code }),
            })}
          </span>
        </li>
      ))}
      </ul>
    </>
  );
}
