// What a new library shows: an invitation to write, not an empty table.
import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';

export function EmptyLibrary({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="empty-state" data-testid="library-empty">
      <h2>{t('library.emptyTitle')}</h2>
      <p>{t('library.emptyText')}</p>
      <button type="button" className="button-primary" onClick={onCreate}>
        <Icon name="plus" />
        {t('library.emptyAction')}
      </button>
    </div>
  );
}
