// "Đã lưu" / "Đang lưu…" / not saved and why, at the end of the status bar. It reads the save
// status itself, so autosave's changes redraw this line and nothing around it.
import { useTranslation } from 'react-i18next';
import { describeError } from '../i18n/describeError';
import { useSaveStatus, type SaveStatusStore } from './saveStatus';

export function SaveIndicator({ saveStatus }: { saveStatus: SaveStatusStore }) {
  const { t } = useTranslation();
  const saveState = useSaveStatus(saveStatus, (status) => status.state);
  const saveError = useSaveStatus(saveStatus, (status) => status.error);
  return (
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
  );
}
