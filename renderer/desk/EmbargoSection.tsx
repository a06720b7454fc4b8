// "Cấm đăng và lịch đăng": until when the article must not be published (the export refuses
// it before then unless the desk overrides with a reason) and when the desk plans to publish it.
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { metaKeys } from '../../electron/contract/article/articleNames';
import { isUnderEmbargo, publishBeforeEmbargo } from '../../electron/contract/article/deskEmbargo';
import { formatAbsolute, formatRelative } from '../i18n/formatTime';
import { useMetaValue } from '../panels/useMetaValue';
import { DateTimeField } from './DateTimeField';
import { asInstant } from './deskMetaValues';
import { RegisterConflict } from './RegisterConflict';
import { useNow } from './useNow';

export function EmbargoSection({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const now = useNow();
  const [embargoUntil, setEmbargoUntil] = useMetaValue(doc, metaKeys.embargoUntil, asInstant);
  const [publishAt, setPublishAt] = useMetaValue(doc, metaKeys.publishAt, asInstant);
  const embargoed = isUnderEmbargo({ embargoUntil }, now);
  const describe = (value: unknown) => formatAbsolute(asInstant(value) ?? '');

  return (
    <section className="desk-section" data-testid="desk-embargo" aria-labelledby="desk-embargo-title">
      <h3 className="desk-section-title" id="desk-embargo-title">
        {t('desk.embargo.title')}
      </h3>
      <DateTimeField label={t('desk.embargo.until')} value={embargoUntil} onChange={setEmbargoUntil} testId="embargo-until" hint={t('desk.embargo.untilHint')} />
      <RegisterConflict doc={doc} metaKey={metaKeys.embargoUntil} describe={describe} />
      {embargoUntil && (
        <p className={`desk-status ${embargoed ? 'is-blocking' : 'is-ok'}`} data-testid="embargo-status" data-embargoed={embargoed}>
          {embargoed
            ? t('desk.embargo.active', { time: formatAbsolute(embargoUntil), relative: formatRelative(embargoUntil, now) })
            : t('desk.embargo.ended', { time: formatAbsolute(embargoUntil) })}
        </p>
      )}
      <DateTimeField label={t('desk.embargo.publishAt')} value={publishAt} onChange={setPublishAt} testId="publish-at" />
      <RegisterConflict doc={doc} metaKey={metaKeys.publishAt} describe={describe} />
      {publishBeforeEmbargo({ embargoUntil, publishAt }) && (
        <p className="desk-status is-warning" data-testid="publish-before-embargo">
          {t('desk.embargo.publishBefore')}
        </p>
      )}
    </section>
  );
}
