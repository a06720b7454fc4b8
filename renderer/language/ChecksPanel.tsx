// "Kiểm tra": every spelling and house-style finding of the article in plain words. Click
// one to select it in the text; the "→ tốt" button takes its first suggestion. A long list
// draws its rows as it is scrolled (the counts always cover every finding).
import type { Editor } from '@tiptap/core';
import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/formatTime';
import { CheckFindingRow } from './CheckFindingRow';
import { groupFindings, type FindingGroup } from './groupFindings';
import { useLanguageDesk } from './useLanguageDesk';
import { useRevealedCount } from './useRevealedCount';

/** Each group's findings to draw: no more than `count` rows in all, in order. */
function firstRows(groups: FindingGroup[], count: number): { shown: FindingGroup['findings'][]; more: boolean } {
  let left = count;
  let hidden = false;
  const shown = groups.map(({ findings }) => {
    const drawn = left >= findings.length ? findings : findings.slice(0, left);
    left -= drawn.length;
    hidden ||= drawn.length < findings.length;
    return drawn;
  });
  return { shown, more: hidden };
}

// Memoised: the workspace draws again on every save (its state); the list has its own store.
export const ChecksPanel = memo(function ChecksPanel({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const { findings, status } = useLanguageDesk(editor);
  const groups = useMemo(() => groupFindings(findings), [findings]);
  const panel = useRef<HTMLElement>(null);
  const { count, moreRef } = useRevealedCount(panel);
  const { shown, more } = firstRows(groups, count);

  return (
    <section ref={panel} className="panel checks-panel" aria-labelledby="panel-checks-title" data-testid="checks-panel">
      <h2 id="panel-checks-title" className="panel-title checks-title">
        {t('language.panel.title')}
        <span className={`checks-count${findings.length ? ' has-findings' : ''}`} data-testid="checks-count" data-count={findings.length}>
          {formatNumber(findings.length)}
        </span>
        {(status === 'checking' || status === 'pending') && <span className="checks-status muted">{t('language.panel.checking')}</span>}
      </h2>
      {status === 'unavailable' && <p className="checks-note muted">{t('language.panel.unavailable')}</p>}
      {status === 'idle' && findings.length === 0 && <p className="checks-note muted">{t('language.panel.empty')}</p>}
      {groups.map((group, i) => (
        <div key={group.severity} className="checks-group">
          <h3 className={`checks-group-title checks-group-title--${group.severity}`}>
            {t(`language.severity.${group.severity}`)} · {formatNumber(group.findings.length)}
          </h3>
          <ul className="checks-list">
            {shown[i]!.map((finding) => (
              <CheckFindingRow key={finding.id} editor={editor} finding={finding} t={t} />
            ))}
          </ul>
        </div>
      ))}
      {more && <div ref={moreRef} className="checks-more" data-testid="checks-more" aria-hidden="true" />}
    </section>
  );
});
