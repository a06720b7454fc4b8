// "Lịch sử": the article's versions (author, time, label, word-count change), a labelled
// version on demand, two picked versions compared, and a restore after confirmation.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { VersionComparison, VersionEntry } from '../../electron/contract/history';
import { describeError } from '../i18n/describeError';
import { call } from '../platform/soanClient';
import { useReviewChange } from './useReviewChange';
import { VersionCompare } from './VersionCompare';
import { formatWhen } from './WorkflowPanel';

export function HistoryPanel({ doc, articleId }: { doc: Y.Doc; articleId: string }) {
  const { t } = useTranslation();
  const [versions, setVersions] = useState<VersionEntry[]>([]);
  const [label, setLabel] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [comparison, setComparison] = useState<VersionComparison | null>(null);
  const [restoring, setRestoring] = useState<VersionEntry | null>(null);
  const { run, error, setError, busy } = useReviewChange(doc);

  const reload = useCallback(() => {
    call('history:list', { id: articleId }).then(setVersions, setError);
  }, [articleId, setError]);
  useEffect(reload, [reload]);

  const save = async () => {
    try {
      await call('history:save', { id: articleId, label });
      setLabel('');
      reload();
    } catch (caught) {
      setError(caught);
    }
  };

  // Versions whose file (or one they build on) was damaged: listed, but they cannot be opened.
  const unavailable = versions.filter((v) => v.unavailable).length;

  const toggle = (id: string) =>
    setPicked((current) => (current.includes(id) ? current.filter((p) => p !== id) : [...current, id].slice(-2)));

  const compare = async () => {
    // Older first, whatever order they were picked in.
    const [from, to] = versions.filter((v) => picked.includes(v.id)).map((v) => v.id);
    try {
      setComparison(await call('history:compare', { id: articleId, from, to }));
    } catch (caught) {
      setError(caught);
    }
  };

  const restore = async (version: VersionEntry) => {
    if (await run(() => call('history:restore', { id: articleId, versionId: version.id }))) {
      setRestoring(null);
      reload();
    }
  };

  return (
    <div className="history-panel" data-testid="history-panel">
      <form
        className="history-save"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <input
          data-testid="history-label"
          value={label}
          maxLength={200}
          placeholder={t('review.history.labelPlaceholder')}
          aria-label={t('review.history.labelPlaceholder')}
          onChange={(e) => setLabel(e.target.value)}
        />
        <button type="submit" className="button-primary" data-testid="history-save">
          {t('review.history.save')}
        </button>
      </form>
      <button type="button" className="button-quiet" data-testid="history-compare" disabled={picked.length !== 2} onClick={() => void compare()}>
        {t('review.history.compare')}
      </button>
      {error !== null && (
        <p className="field-error" role="alert">
          {describeError(t, error)}
        </p>
      )}
      {comparison && <VersionCompare comparison={comparison} onClose={() => setComparison(null)} />}
      {versions.length === 0 && <p className="muted">{t('review.history.empty')}</p>}
      {unavailable > 0 && (
        <p className="history-unavailable-note" role="status" data-testid="history-unavailable-note">
          {t('review.history.unavailableNote', { count: unavailable })}
        </p>
      )}
      <ol className="version-list" data-testid="version-list">
        {[...versions].reverse().map((version) => {
          const index = versions.indexOf(version);
          const change = version.wordCount - (index > 0 ? versions[index - 1].wordCount : 0);
          return (
            <li key={version.id} className={version.unavailable ? 'version-entry version-unavailable' : 'version-entry'} data-testid="version-entry">
              <label>
                <input
                  type="checkbox"
                  checked={picked.includes(version.id)}
                  disabled={version.unavailable}
                  onChange={() => toggle(version.id)}
                />
                <strong>{version.label || t(`review.history.reasons.${version.reason}`, { state: t(`status.${version.status}`) })}</strong>
              </label>
              <div className="muted">
                {version.author.name} · {formatWhen(version.at)} · {t('review.history.words', { count: version.wordCount })} (
                {change >= 0 ? `+${change}` : change})
              </div>
              {version.unavailable ? (
                <span className="version-unavailable-reason" data-testid="version-unavailable">
                  {t('review.history.unavailable')}
                </span>
              ) : restoring?.id === version.id ? (
                <span className="version-confirm">
                  {t('review.history.confirmRestore')}{' '}
                  <button type="button" className="button-primary" data-testid="history-restore-confirm" disabled={busy} onClick={() => void restore(version)}>
                    {t('review.history.restore')}
                  </button>{' '}
                  <button type="button" className="button-quiet" onClick={() => setRestoring(null)}>
                    {t('review.cancel')}
                  </button>
                </span>
              ) : (
                <button type="button" className="button-quiet" data-testid="history-restore" onClick={() => setRestoring(version)}>
                  {t('review.history.restore')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
