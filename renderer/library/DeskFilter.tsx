// Beside the status filter: all articles, mine, or late.
import { useTranslation } from 'react-i18next';
import { deskChoices, type DeskChoice } from './deskFilter';

export function DeskFilter({ value, onChange }: { value: DeskChoice; onChange: (value: DeskChoice) => void }) {
  const { t } = useTranslation();
  return (
    <select className="status-filter" data-testid="library-desk-filter" aria-label={t('desk.library.filterLabel')} value={value} onChange={(event) => onChange(event.target.value as DeskChoice)}>
      {deskChoices.map((choice) => (
        <option key={choice} value={choice}>
          {t(`desk.library.filter.${choice}`)}
        </option>
      ))}
    </select>
  );
}
