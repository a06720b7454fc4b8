// "Pháp lý": anyone may flag the article for a legal check, saying why; while flagged the
// export is refused, whatever the override, until the desk clears it. Both are made by the
// services (article:legal), which check the role and log who did what and when.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { metaKeys } from '../../electron/contract/article/articleNames';
import { LegalFlagSchema, LegalLogEntrySchema } from '../../electron/contract/article/articleMeta';
import { legalHold, mayClearLegalFlag } from '../../electron/contract/article/legalHold';
import type { Role } from '../../electron/contract/types';
import { describeError } from '../i18n/describeError';
import { formatAbsolute } from '../i18n/formatTime';
import { call } from '../platform/soanClient';
import { useMetaValue } from '../panels/useMetaValue';
import { useReviewChange } from '../review/useReviewChange';

const asFlag = (raw: unknown) => LegalFlagSchema.parse(raw);
const asLog = (raw: unknown) =>
  (Array.isArray(raw) ? raw : [])
    .flatMap((item) => {
      const parsed = LegalLogEntrySchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => a.at.localeCompare(b.at));

export function LegalSection({ doc, articleId, role }: { doc: Y.Doc; articleId: string; role: Role }) {
  const { t } = useTranslation();
  const [flag] = useMetaValue(doc, metaKeys.legal, asFlag);
  const [log] = useMetaValue(doc, metaKeys.legalLog, asLog);
  const [note, setNote] = useState('');
  const { run, error, busy } = useReviewChange(doc);
  const hold = legalHold(flag);

  const send = async (next: boolean) => {
    if (busy) return;
    if (await run(() => call('article:legal', { id: articleId, hold: next, note: note.trim() }))) setNote('');
  };

  return (
    <section className="desk-section" data-testid="desk-legal" aria-labelledby="desk-legal-title">
      <h3 className="desk-section-title" id="desk-legal-title">
        {t('desk.legal.title')}
      </h3>
      {hold.held ? (
        <p className="desk-status is-blocking" data-testid="legal-status" data-held="true">
          {t('desk.legal.held', { note: hold.note, name: flag?.by.name ?? '', time: formatAbsolute(flag?.at ?? '') })}
        </p>
      ) : (
        <p className="desk-status is-ok" data-testid="legal-status" data-held="false">
          {flag ? t('desk.legal.cleared', { name: flag.by.name, time: formatAbsolute(flag.at) }) : t('desk.legal.none')}
        </p>
      )}
      <label className="panel-field">
        <span className="panel-label">{hold.held ? t('desk.legal.clearNote') : t('desk.legal.flagNote')}</span>
        <textarea rows={2} maxLength={2000} data-testid="legal-note" value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      {hold.held ? (
        mayClearLegalFlag(role) ? (
          <button type="button" className="button-secondary button-small align-start" data-testid="legal-clear" disabled={busy} onClick={() => void send(false)}>
            {t('desk.legal.clear')}
          </button>
        ) : (
          <p className="field-hint" data-testid="legal-desk-only">
            {t('desk.legal.deskOnly')}
          </p>
        )
      ) : (
        <button type="button" className="button-danger button-small align-start" data-testid="legal-flag" disabled={busy || !note.trim()} onClick={() => void send(true)}>
          {t('desk.legal.flag')}
        </button>
      )}
      {error !== null && (
        <p className="field-error" role="alert" data-testid="legal-error">
          {describeError(t, error)}
        </p>
      )}
      {log.length > 0 && (
        <details className="desk-log">
          <summary>{t('desk.legal.log', { count: log.length })}</summary>
          <ol data-testid="legal-log">
            {log.map((entry, index) => (
              <li key={index} data-action={entry.action}>
                <strong>{t(`desk.legal.action.${entry.action}`)}</strong> · {entry.by.name} ({t(`roles.${entry.by.role}`)}) · {formatAbsolute(entry.at)}
                {entry.note && <p>{entry.note}</p>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
