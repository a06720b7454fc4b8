// The "Bài viết" panel beside the editor: what the desk asks about an article at a glance.
// Later panels (captions, byline, tags) stack under it in the same column.
import { useTranslation } from 'react-i18next';
import { formatAbsolute, formatNumber, formatRelative } from '../i18n/formatTime';
import type { ArticleStats } from './articleStats';
import type { ArticleMeta } from './useArticleMeta';
import { useSaveStatus, type SaveStatus, type SaveStatusStore } from './saveStatus';

interface ArticlePanelProps {
  stats: ArticleStats;
  meta: ArticleMeta;
  createdAt: string;
  /** The article's last change when it was opened; the last save's time replaces it. */
  updatedAt: string;
  saveStatus: SaveStatusStore;
}

export function ArticlePanel({ stats, meta, createdAt, updatedAt, saveStatus }: ArticlePanelProps) {
  const { t } = useTranslation();
  const created = meta.createdAt ?? createdAt;
  return (
    <section className="panel" aria-labelledby="panel-article-title" data-testid="article-panel">
      <h2 id="panel-article-title" className="panel-title">
        {t('panel.article.title')}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('panel.article.status')}</dt>
          <dd>
            <span className={`status status-${meta.status}`}>{t(`status.${meta.status}`, { defaultValue: meta.status })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('panel.article.authors')}</dt>
          <dd>{meta.authors.length ? meta.authors.join(', ') : <span className="muted">{t('panel.article.noAuthors')}</span>}</dd>
        </div>
        <div className="facts-row">
          <div>
            <dt>{t('panel.article.words')}</dt>
            <dd className="figure-number">{formatNumber(stats.words)}</dd>
          </div>
          <div>
            <dt>{t('panel.article.characters')}</dt>
            <dd className="figure-number">{formatNumber(stats.characters)}</dd>
          </div>
          <div>
            <dt>{t('panel.article.figures')}</dt>
            <dd className="figure-number">{formatNumber(stats.figures)}</dd>
          </div>
        </div>
        <div>
          <dt>{t('panel.article.created')}</dt>
          <dd>
            <time dateTime={created} title={formatAbsolute(created)}>
              {formatAbsolute(created)}
            </time>
          </dd>
        </div>
        <div>
          <dt>{t('panel.article.updated')}</dt>
          <dd>
            <UpdatedAt saveStatus={saveStatus} openedAt={updatedAt} />
          </dd>
        </div>
      </dl>
    </section>
  );
}

/**
 * The last change's time, read from the save status so a save redraws only this, and only when
 * the minute shown changes: while the writer types, saves come every few keystrokes, and each
 * React commit while the text has focus walks the editable text.
 */
function UpdatedAt({ saveStatus, openedAt }: { saveStatus: SaveStatusStore; openedAt: string }) {
  const lastChange = (status: SaveStatus) => status.lastSaved?.savedAt ?? openedAt;
  useSaveStatus(saveStatus, (status) => Math.floor(Date.parse(lastChange(status)) / 60_000));
  const updatedAt = lastChange(saveStatus.current());
  return (
    <time dateTime={updatedAt} title={formatAbsolute(updatedAt)}>
      {formatRelative(updatedAt)} · {formatAbsolute(updatedAt)}
    </time>
  );
}
