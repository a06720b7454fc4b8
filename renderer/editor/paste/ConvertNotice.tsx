// "Đã chuyển mã TCVN3 → Unicode": a quiet notice after a legacy paste was converted, with
// a before/after preview and one-step undo. It never blocks typing.
import { useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import type { ConversionNoticeStore } from './conversionNotice';

const nothing = { subscribe: () => () => undefined, current: () => null };

export function ConvertNotice({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const store = (editor.storage.pasteCleaning?.notices as ConversionNoticeStore | undefined) ?? nothing;
  const notice = useSyncExternalStore(store.subscribe, store.current);
  if (!notice) return null;
  const encoding = t(`language.encoding.${notice.encoding}`);

  return (
    <div className="convert-notice" role="status" aria-live="polite" data-testid="convert-notice" data-encoding={notice.encoding}>
      <p className="convert-notice-title">{t('language.convert.done', { encoding })}</p>
      <dl className="convert-preview">
        <div>
          <dt>{t('language.convert.before')}</dt>
          <dd className="convert-before" lang="und">{notice.before}</dd>
        </div>
        <div>
          <dt>{t('language.convert.after')}</dt>
          <dd className="convert-after">{notice.after}</dd>
        </div>
      </dl>
      <div className="convert-actions">
        <button type="button" className="button-quiet" data-testid="convert-undo" onClick={notice.undo}>
          {t('language.convert.undo')}
        </button>
        <button type="button" className="button-quiet" data-testid="convert-dismiss" onClick={() => (store as ConversionNoticeStore).dismiss?.(notice.id)}>
          {t('common.dismiss')}
        </button>
      </div>
    </div>
  );
}
