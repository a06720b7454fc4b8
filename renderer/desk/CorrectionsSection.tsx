// "Đính chính và cập nhật": the notices published with the article after it went out — a
// correction, a clarification or an update, its date and text. They are added by the services
// (article:correct) in the desk's name, and once the article has been exported a version is kept.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { correctionKinds, metaKeys, type CorrectionKind } from '../../electron/contract/article/articleNames';
import { CorrectionSchema, MAX_NOTICE } from '../../electron/contract/article/articleMeta';
import { describeError } from '../i18n/describeError';
import { formatAbsolute } from '../i18n/formatTime';
import { call } from '../platform/soanClient';
import { useMetaValue } from '../panels/useMetaValue';
import { useReviewChange } from '../review/useReviewChange';

const asCorrections = (raw: unknown) =>
  (Array.isArray(raw) ? raw : []).flatMap((item) => {
    const parsed = CorrectionSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  }).sort((a, b) => a.at.localeCompare(b.at));

export function CorrectionsSection({ doc, articleId }: { doc: Y.Doc; articleId: string }) {
  const { t } = useTranslation();
  const [corrections] = useMetaValue(doc, metaKeys.corrections, asCorrections);
  const [kind, setKind] = useState<CorrectionKind>('correction');
  const [text, setText] = useState('');
  const [versionKept, setVersionKept] = useState(false);
  const { run, error, busy } = useReviewChange(doc);

  const add = async () => {
    if (!text.trim() || busy) return;
    const result = await run(() => call('article:correct', { id: articleId, kind, text: text.trim() }));
    if (result) {
      setText('');
      setVersionKept(!!result.version);
    }
  };

  return (
    <section className="desk-section" data-testid="desk-corrections" aria-labelledby="desk-corrections-title">
      <h3 className="desk-section-title" id="desk-corrections-title">
        {t('desk.corrections.title')}
      </h3>
      {corrections.length === 0 ? (
        <p className="panel-hint">{t('desk.corrections.none')}</p>
      ) : (
        <ol className="desk-corrections">
          {corrections.map((c) => (
            <li key={c.id} data-testid="correction-item" data-kind={c.kind}>
              <strong>{t(`desk.corrections.kind.${c.kind}`)}</strong> <time dateTime={c.at}>{formatAbsolute(c.at)}</time>
              {c.by && <span className="muted"> · {c.by}</span>}
              <p>{c.text}</p>
            </li>
          ))}
        </ol>
      )}
      <form
        className="desk-correction-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label className="panel-field">
          <span className="panel-label">{t('desk.corrections.kindLabel')}</span>
          <select data-testid="correction-kind" value={kind} onChange={(event) => setKind(event.target.value as CorrectionKind)}>
            {correctionKinds.map((k) => (
              <option key={k} value={k}>
                {t(`desk.corrections.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="panel-field">
          <span className="panel-label">{t('desk.corrections.textLabel')}</span>
          <textarea rows={3} maxLength={MAX_NOTICE} data-testid="correction-text" value={text} placeholder={t('desk.corrections.placeholder')} onChange={(event) => setText(event.target.value)} />
        </label>
        <button type="submit" className="button-secondary button-small align-start" data-testid="correction-add" disabled={!text.trim() || busy}>
          {t('desk.corrections.add')}
        </button>
      </form>
      {versionKept && (
        <p className="field-hint" role="status" data-testid="correction-version">
          {t('desk.corrections.versionKept')}
        </p>
      )}
      {error !== null && (
        <p className="field-error" role="alert" data-testid="correction-error">
          {describeError(t, error)}
        </p>
      )}
    </section>
  );
}
