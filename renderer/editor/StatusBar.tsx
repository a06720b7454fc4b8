// The line under the editor: live word and character count, whether the last change is on
// disk ("Đã lưu"), on its way ("Đang lưu…") or not saved yet and why, and the sync server's state.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../i18n/describeError';
import { formatNumber } from '../i18n/formatTime';
import type { ArticleStats } from './articleStats';
import type { SaveState } from './saveQueue';

interface StatusBarProps {
  stats: ArticleStats;
  saveState: SaveState;
  saveError: unknown;
  /** Reading time and selection figures (renderer/language/ReadingStats). */
  readingStats?: ReactNode;
  /** The sync server's state (renderer/sync/SyncIndicator). */
  sync?: ReactNode;
}

export function StatusBar({ stats, saveState, saveError, readingStats, sync }: StatusBarProps) {
  const { t } = useTranslation();
  return (
    <footer className="statusbar">
      <span data-testid="word-count" data-count={stats.words}>
        {t('status.words', { count: stats.words, formatted: formatNumber(stats.words) })}
      </span>
      <span className="statusbar-sep" aria-hidden="true">·</span>
      <span data-testid="char-count" data-count={stats.characters}>
        {t('status.characters', { count: stats.characters, formatted: formatNumber(stats.characters) })}
      </span>
      {readingStats}
      <span className="spacer" />
      {sync}
      <span
        className={`save-state save-${saveState}`}
        data-testid="save-state"
        data-state={saveState}
        role="status"
        aria-live="polite"
      >
        <span className="save-dot" aria-hidden="true" />
        {saveState === 'saved' && t('save.saved')}
        {saveState === 'saving' && t('save.saving')}
        {saveState === 'error' && t('save.error', { reason: describeError(t, saveError) })}
      </span>
    </footer>
  );
}
