// The library's workflow-state filter, beside the text filter.
import { useTranslation } from 'react-i18next';
import { workflowStates } from '../../electron/contract/workflow';
import type { WorkflowState } from '../../electron/contract/workflow';

export type StatusChoice = WorkflowState | 'all';

export function StatusFilter({ value, onChange }: { value: StatusChoice; onChange: (value: StatusChoice) => void }) {
  const { t } = useTranslation();
  return (
    <select
      className="status-filter"
      data-testid="library-status-filter"
      aria-label={t('review.library.statusFilter')}
      value={value}
      onChange={(event) => onChange(event.target.value as StatusChoice)}
    >
      <option value="all">{t('review.library.allStates')}</option>
      {workflowStates.map((state) => (
        <option key={state} value={state}>
          {t(`status.${state}`)}
        </option>
      ))}
    </select>
  );
}
