// Settings › "Máy chủ đồng bộ": the server's address and this person's token. The token is
// never shown back (the services keep it); leaving it empty keeps the saved one.
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../electron/contract/types';
import type { RequestOf } from '../../electron/contract/ipc/schemas';

export interface SyncDraft {
  serverUrl: string;
  token: string;
}

export type SyncProblem = 'badUrl' | 'shortToken' | 'needToken';

export const syncDraftOf = (settings: Settings): SyncDraft => ({ serverUrl: settings.sync?.serverUrl ?? '', token: '' });

export function checkSyncDraft(draft: SyncDraft, settings: Settings): SyncProblem[] {
  const url = draft.serverUrl.trim();
  if (!url) return [];
  const problems: SyncProblem[] = [];
  if (!/^wss?:\/\/[^\s/]+(\/\S*)?$/.test(url)) problems.push('badUrl');
  if (draft.token && draft.token.length < 24) problems.push('shortToken');
  const sameServer = settings.sync?.serverUrl === url && settings.sync.hasToken;
  if (!draft.token && !sameServer) problems.push('needToken');
  return problems;
}

/** The settings:update `sync` part, or undefined when nothing changed (sync is then not restarted). */
export function syncPatchOf(draft: SyncDraft, settings: Settings): RequestOf<'settings:update'>['sync'] {
  const url = draft.serverUrl.trim();
  if (!url) return settings.sync ? null : undefined;
  if (url === settings.sync?.serverUrl && !draft.token) return undefined;
  return { serverUrl: url, token: draft.token };
}

export function SyncFields({ draft, settings, onChange }: { draft: SyncDraft; settings: Settings; onChange: (draft: SyncDraft) => void }) {
  const { t } = useTranslation();
  const problems = checkSyncDraft(draft, settings);
  const tokenSaved = settings.sync?.hasToken && settings.sync.serverUrl === draft.serverUrl.trim();
  return (
    <fieldset className="settings-section" data-testid="sync-settings">
      <legend className="settings-section-title">{t('sync.settings.title')}</legend>
      <p className="field-hint">{t('sync.settings.hint')}</p>
      <div className="field-pair">
        <label className="field">
          <span className="field-label">{t('sync.settings.serverUrl')}</span>
          <input
            type="url"
            data-testid="sync-server-url"
            value={draft.serverUrl}
            placeholder={t('sync.settings.serverUrlPlaceholder')}
            maxLength={500}
            spellCheck={false}
            onChange={(e) => onChange({ ...draft, serverUrl: e.target.value })}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('sync.settings.token')}</span>
          <input
            type="password"
            data-testid="sync-token"
            value={draft.token}
            autoComplete="off"
            placeholder={tokenSaved ? t('sync.settings.tokenSaved') : t('sync.settings.tokenPlaceholder')}
            maxLength={1000}
            onChange={(e) => onChange({ ...draft, token: e.target.value })}
          />
        </label>
      </div>
      {problems.map((problem) => (
        <span key={problem} className="field-error" data-testid={`sync-error-${problem}`}>
          {t(`sync.settings.${problem}`)}
        </span>
      ))}
    </fieldset>
  );
}
