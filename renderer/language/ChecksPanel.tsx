// "Kiểm tra": every spelling and house-style finding of the article in plain words. Click
// one to select it in the text; the "→ tốt" button takes its first suggestion.
import type { Editor } from '@tiptap/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/formatTime';
import { CheckFindingRow } from './CheckFindingRow';
import { groupFindings } from './groupFindings';
import { useLanguageDesk } from './useLanguageDesk';

export function ChecksPanel({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const { findings, status } = useLanguageDesk(editor);
  const groups = useMemo(() => groupFindings(findings), [findings]);

  return (
    <section className="panel checks-panel" aria-labelledby="panel-checks-title" data-testid="checks-panel">
      <h2 id="panel-checks-title" className="panel-title checks-title">
        {t('language.panel.title')}
        <span className={`checks-count${findings.length ? ' has-findings' : ''}`} data-testid="checks-count" data-count={findings.length}>
          {formatNumber(findings.length)}
        </span>
        {(status === 'checking' || status === 'pending') && <span className="checks-status muted">{t('language.panel.checking')}</span>}
      </h2>
      {status === 'unavailable' && <p className="checks-note muted">{t('language.panel.unavailable')}</p>}
      {status === 'idle' && findings.length === 0 && <p className="checks-note muted">{t('language.panel.empty')}</p>}
      {groups.map((group) => (
        <div key={group.severity} className="checks-group">
          <h3 className={`checks-group-title checks-group-title--${group.severity}`}>
            {t(`language.severity.${group.severity}`)} · {formatNumber(group.findings.length)}
          </h3>
          <ul className="checks-list">
            {group.findings.map((finding) => (
              <CheckFindingRow key={finding.id} editor={editor} finding={finding} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
