// "Bài X đã gộp với bản trên máy chủ — cần xem lại": one line per article whose catch-up
// with the server needed a decision, in the library and in the editor. "Xem lại" opens the
// same merge report a package gives, with the same choices; closing it lets the report go.
// The choices change the services' copy, which reaches an open editor by itself.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MergeReportDialog } from '../packages/MergeReportDialog';
import { Icon } from '../ui/Icon';
import { useSyncMergeReports } from './useSyncMergeReports';

interface SyncMergeNoticeProps {
  /** Open the article in the editor (from the library). */
  onOpenArticle?: (id: string) => void;
}

export function SyncMergeNotice({ onOpenArticle }: SyncMergeNoticeProps) {
  const { t } = useTranslation();
  const { latest, dismiss } = useSyncMergeReports();
  const [showing, setShowing] = useState<string | null>(null);
  const shown = latest.find((report) => report.articleId === showing);
  if (!latest.length) return null;
  return (
    <>
      <section className="banner banner-warning sync-merge-notice" data-testid="sync-merge-notice" aria-label={t('syncMerge.label')}>
        <Icon name="warning" />
        <ul>
          {latest.map((report) => (
            <li key={report.articleId} data-testid="sync-merge-item">
              <span>{t('syncMerge.notice', { headline: report.headline || t('library.untitled'), count: report.flags.length })}</span>{' '}
              <button type="button" className="button-secondary" data-testid="sync-merge-review" onClick={() => setShowing(report.articleId)}>
                {t('syncMerge.review')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      {shown && (
        <MergeReportDialog
          opened={{ report: shown }}
          onClose={() => {
            setShowing(null);
            void dismiss(shown.articleId);
          }}
          onOpenArticle={
            onOpenArticle &&
            ((id) => {
              setShowing(null); // the report stays in the notice, to look at beside the article
              onOpenArticle(id);
            })
          }
        />
      )}
    </>
  );
}
