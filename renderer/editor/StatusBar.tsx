// The line under the editor: live word and character count, whether the last change is on
// disk (SaveIndicator), and the sync server's state.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/formatTime';
import type { ArticleStats } from './articleStats';
import { SaveIndicator } from './SaveIndicator';
import type { SaveStatusStore } from './saveStatus';

interface StatusBarProps {
  stats: ArticleStats;
  saveStatus: SaveStatusStore;
  /** Reading time and selection figures (renderer/language/ReadingStats). */
  readingStats?: ReactNode;
  /** The sync server's state (renderer/sync/SyncIndicator). */
  sync?: ReactNode;
}

export function StatusBar({ stats, saveStatus, readingStats, sync }: StatusBarProps) {
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
      <SaveIndicator saveStatus={saveStatus} />
    </footer>
  );
}
