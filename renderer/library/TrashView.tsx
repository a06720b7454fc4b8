// The trash: deleted articles, newest first, each with Restore. Nothing here is ever
// emptied automatically.
import { useTranslation } from 'react-i18next';
import type { TrashEntry } from '../../electron/contract/types';
import { formatAbsolute, formatRelative } from '../i18n/formatTime';
import { Icon } from '../ui/Icon';

interface TrashViewProps {
  entries: TrashEntry[];
  onRestore: (entry: TrashEntry) => void;
}

export function TrashView({ entries, onRestore }: TrashViewProps) {
  const { t } = useTranslation();
  if (entries.length === 0) {
    return (
      <div className="empty-state" data-testid="trash-empty">
        <h2>{t('trash.emptyTitle')}</h2>
        <p>{t('trash.emptyText')}</p>
      </div>
    );
  }
  return (
    <>
      <p className="list-note">{t('trash.note')}</p>
      <ul className="article-list" aria-label={t('trash.title')}>
        {entries.map((entry) => (
          <li className="article-row trash-row" key={entry.trashId} data-testid="trash-row" data-id={entry.trashId}>
            <div className="article-row-main">
              <span className="article-row-headline">{entry.headline || t('library.untitled')}</span>
              <span className="article-row-authors">
                {t('trash.deletedAt', { when: formatRelative(entry.trashedAt) })}
                <span className="article-row-absolute"> · {formatAbsolute(entry.trashedAt)}</span>
              </span>
            </div>
            <button type="button" className="button-secondary" data-testid="trash-restore" onClick={() => onRestore(entry)}>
              <Icon name="restore" />
              {t('trash.restore')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
