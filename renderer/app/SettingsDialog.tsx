// Settings: the same profile fields as the first run. The language previews at once and
// goes back if the dialog is cancelled.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../electron/contract/types';
import { describeError } from '../i18n/describeError';
import { setLanguage } from '../i18n/i18n';
import { call } from '../platform/soanClient';
import { Dialog } from '../ui/Dialog';
import { draftIsComplete, draftToPatch, ProfileFields, type ProfileDraft } from './ProfileFields';
import { NewsroomFields } from '../settings/NewsroomFields';
import { NewsroomModelLine } from '../settings/NewsroomModelLine';
import { checkDraft, draftToNewsroomPatch, toDraft, type NewsroomDraft } from '../settings/newsroomDraft';
import { checkSyncDraft, SyncFields, syncDraftOf, syncPatchOf, type SyncDraft } from '../sync/SyncFields';

interface SettingsDialogProps {
  settings: Settings;
  onClose: () => void;
  onSaved: (settings: Settings) => void;
}

export function SettingsDialog({ settings, onClose, onSaved }: SettingsDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [draft, setDraft] = useState<ProfileDraft>({
    name: settings.profile?.name ?? '',
    role: settings.profile?.role ?? 'reporter',
    language: settings.language,
    libraryPath: settings.libraryPath,
  });

  const [newsroom, setNewsroom] = useState<NewsroomDraft>(() => toDraft(settings.newsroom));
  const [sync, setSync] = useState<SyncDraft>(() => syncDraftOf(settings));
  const complete = draftIsComplete(draft) && checkDraft(newsroom).length === 0 && checkSyncDraft(sync, settings).length === 0;

  const change = (next: ProfileDraft) => {
    if (next.language !== draft.language) void setLanguage(next.language);
    setDraft(next);
    setError(null);
  };

  const cancel = () => {
    void setLanguage(settings.language);
    onClose();
  };

  const save = async () => {
    if (!complete || busy) return;
    setBusy(true);
    try {
      const syncPatch = syncPatchOf(sync, settings);
      onSaved(
        await call('settings:update', {
          ...draftToPatch(draft),
          newsroom: draftToNewsroomPatch(newsroom),
          ...(syncPatch !== undefined ? { sync: syncPatch } : {}),
        }),
      );
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('settings.title')}
      onClose={cancel}
      onSubmit={save}
      testId="settings-dialog"
      wide
      actions={
        <>
          <span className="spacer" />
          <button type="button" className="button-secondary" onClick={cancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button-primary" data-testid="settings-save" disabled={!complete || busy}>
            {t('settings.save')}
          </button>
        </>
      }
    >
      <ProfileFields draft={draft} onChange={change} testIdPrefix="settings" />
      <NewsroomFields
        draft={newsroom}
        role={draft.role}
        onChange={(next) => {
          setNewsroom(next);
          setError(null);
        }}
      />
      <NewsroomModelLine />
      <SyncFields
        draft={sync}
        settings={settings}
        onChange={(next) => {
          setSync(next);
          setError(null);
        }}
      />
      {error !== null && (
        <p className="field-error" role="alert" data-testid="error-banner">
          {describeError(t, error)}
        </p>
      )}
    </Dialog>
  );
}
