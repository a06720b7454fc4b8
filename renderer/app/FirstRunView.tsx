// First run: the only screen before a profile exists. Asks who is writing and where the
// library goes, then creates it (settings:update).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../electron/contract/types';
import { setLanguage } from '../i18n/i18n';
import { call } from '../platform/soanClient';
import { useNotices } from '../ui/Notices';
import { ProblemsBanner } from '../ui/ProblemsBanner';
import { draftIsComplete, draftToPatch, ProfileFields, type ProfileDraft } from './ProfileFields';

interface FirstRunViewProps {
  settings: Settings;
  onDone: (settings: Settings) => void;
}

export function FirstRunView({ settings, onDone }: FirstRunViewProps) {
  const { t } = useTranslation();
  const { reportError, clearError } = useNotices();
  const [busy, setBusy] = useState(false);
  const [draft, setDraft] = useState<ProfileDraft>({
    name: '',
    role: 'reporter',
    language: settings.language,
    libraryPath: settings.libraryPath,
  });

  const change = (next: ProfileDraft) => {
    // The language applies at once, so the rest of the form reads in it.
    if (next.language !== draft.language) void setLanguage(next.language);
    setDraft(next);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!draftIsComplete(draft) || busy) return;
    setBusy(true);
    try {
      const saved = await call('settings:update', draftToPatch(draft));
      clearError();
      onDone(saved);
    } catch (error) {
      reportError(error);
      setBusy(false);
    }
  };

  return (
    <div className="screen firstrun-screen">
      <form className="firstrun-card" onSubmit={submit} data-testid="firstrun">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">S</span>
          <span className="brand-name">Soạn</span>
        </div>
        <h1>{t('firstRun.title')}</h1>
        {/* settings.json was damaged: say so before asking anything, and that nothing was overwritten. */}
        {settings.problems && settings.problems.length > 0 && (
          <>
            <ProblemsBanner problems={settings.problems} />
            <p className="firstrun-lead" data-testid="firstrun-settings-damaged">
              {t('firstRun.settingsDamaged')}
            </p>
          </>
        )}
        <p className="firstrun-lead">{t('firstRun.lead')}</p>
        <ProfileFields draft={draft} onChange={change} testIdPrefix="firstrun" />
        <div className="firstrun-actions">
          <button type="submit" className="button-primary button-large" data-testid="firstrun-submit" disabled={!draftIsComplete(draft) || busy}>
            {t('firstRun.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
