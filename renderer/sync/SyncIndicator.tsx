// The status bar's word on the sync server: online, offline or syncing, how many changes wait
// to go up, and — in plain words — anything the server refused for this article.
import { useTranslation } from 'react-i18next';
import type { SyncRefusal, SyncStatus } from '../../electron/contract/sync';

export function SyncIndicator({ status, articleId }: { status: SyncStatus; articleId?: string }) {
  const { t } = useTranslation();
  if (status.state === 'off') return null;
  const refusal = status.refusals.find((r) => r.id === articleId)?.refusal ?? status.refusals.find((r) => r.refusal.code === 'unauthorized')?.refusal;
  return (
    <span className={`sync-state sync-${status.state}`} data-testid="sync-state" data-state={status.state} data-waiting={status.waiting} role="status">
      <span className="sync-dot" aria-hidden="true" />
      {t(`sync.state.${status.state}`)}
      {status.waiting > 0 && <span className="sync-waiting"> · {t('sync.waiting', { count: status.waiting })}</span>}
      {refusal && (
        <span className="sync-refusal" data-testid="sync-refusal" data-code={refusal.code}>
          {' '}
          · {describeRefusal(t, refusal)}
        </span>
      )}
    </span>
  );
}

export function describeRefusal(t: (key: string, params?: Record<string, unknown>) => string, refusal: SyncRefusal): string {
  if (refusal.code === 'forbidden-move') {
    return t('sync.refusal.forbidden-move', { from: t(`status.${refusal.from}`), to: t(`status.${refusal.to}`) });
  }
  return t(`sync.refusal.${refusal.code}`);
}
