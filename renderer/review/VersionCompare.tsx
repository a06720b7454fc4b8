// Two versions side by side: the older with removed words struck in red, the newer with added
// words in green; then the furniture that changed.
import { useTranslation } from 'react-i18next';
import type { DiffRun, VersionComparison } from '../../electron/contract/history';

function Side({ runs, side }: { runs: DiffRun[]; side: 'before' | 'after' }) {
  const hidden = side === 'before' ? 'added' : 'removed';
  return (
    <div className={`compare-side compare-${side}`}>
      {runs
        .filter((run) => run.kind !== hidden)
        .map((run, index) =>
          run.kind === 'same' ? (
            <span key={index}>{run.text}</span>
          ) : run.kind === 'added' ? (
            <ins key={index} className="diff-added" data-testid="diff-added">
              {run.text}
            </ins>
          ) : (
            <del key={index} className="diff-removed" data-testid="diff-removed">
              {run.text}
            </del>
          ),
        )}
    </div>
  );
}

export function VersionCompare({ comparison, onClose }: { comparison: VersionComparison; onClose: () => void }) {
  const { t } = useTranslation();
  const changed = comparison.parts.filter((p) => p.changed);
  return (
    <div className="version-compare" data-testid="version-compare">
      <div className="compare-head">
        <h3 className="panel-subtitle">{t('review.history.compareTitle')}</h3>
        <button type="button" className="button-quiet" onClick={onClose}>
          {t('review.close')}
        </button>
      </div>
      {changed.length === 0 && comparison.meta.length === 0 && <p className="muted">{t('review.history.noChange')}</p>}
      {changed.map((part) => (
        <section key={part.part} className="compare-part">
          <h4>{t(`review.history.parts.${part.part}`)}</h4>
          <div className="compare-columns">
            <Side runs={part.runs} side="before" />
            <Side runs={part.runs} side="after" />
          </div>
        </section>
      ))}
      {comparison.meta.length > 0 && (
        <ul className="compare-meta" data-testid="compare-meta">
          {comparison.meta.map((change) => (
            <li key={change.key}>
              <strong>{t(`review.history.meta.${change.key}`)}:</strong> <del className="diff-removed">{change.before || '—'}</del>{' '}
              → <ins className="diff-added">{change.after || '—'}</ins>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
