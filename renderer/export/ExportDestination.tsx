// Where packages go: the newsroom's export folder, chosen in the system dialog or, where
// there is none (the browser), typed in. Saved in the newsroom settings.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../i18n/describeError';
import { call } from '../platform/soanClient';
import { Icon } from '../ui/Icon';

interface ExportDestinationProps {
  path: string;
  onSave: (path: string) => Promise<unknown>;
}

export function ExportDestination({ path, onSave }: ExportDestinationProps) {
  const { t } = useTranslation();
  const [typing, setTyping] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const save = async (next: string) => {
    try {
      await onSave(next);
      setTyping(null);
      setError(null);
    } catch (e) {
      setError(e);
    }
  };

  const choose = async () => {
    try {
      const chosen = await call('dialog:chooseFolder', { purpose: 'export' });
      if (chosen) await save(chosen);
      else setTyping(path); // no system dialog here (or cancelled): let the user type it
    } catch {
      setTyping(path);
    }
  };

  return (
    <div className="export-destination">
      <span className="field-label">{t('export.destination')}</span>
      {typing === null ? (
        <div className="export-destination-row">
          <Icon name="folder" />
          <span className="export-path" data-testid="export-path" title={path}>
            {/* rtl clips the start of a long path; the bdi keeps the path itself left to right */}
            <bdi dir="ltr">{path || t('export.noDestination')}</bdi>
          </span>
          <button type="button" className="button-secondary button-small" data-testid="export-choose-folder" onClick={() => void choose()}>
            {t('export.chooseFolder')}
          </button>
        </div>
      ) : (
        <div className="export-destination-row">
          <input
            type="text"
            className="input-mono"
            data-testid="export-path-input"
            aria-label={t('export.destination')}
            value={typing}
            spellCheck={false}
            autoFocus
            onChange={(event) => setTyping(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                if (typing.trim()) void save(typing.trim());
              }
            }}
          />
          <button type="button" className="button-secondary button-small" data-testid="export-path-save" disabled={!typing.trim()} onClick={() => void save(typing.trim())}>
            {t('export.usePath')}
          </button>
        </div>
      )}
      {error !== null && <p className="field-error" role="alert">{describeError(t, error)}</p>}
    </div>
  );
}
