// One article in the library: click or Enter opens it; rename, duplicate and delete sit at
// the end of the row (revealed on hover or focus, always reachable by keyboard). Under the
// headline, how many comments and suggestions still wait in review.
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../electron/contract/types';
import { formatAbsolute, formatNumber, formatRelative } from '../i18n/formatTime';
import { Icon } from '../ui/Icon';
import { DeskBadges } from './DeskBadges';

interface ArticleRowProps {
  article: ArticleSummary;
  onOpen: (id: string) => void;
  onRename: (article: ArticleSummary) => void;
  onDuplicate: (article: ArticleSummary) => void;
  onDelete: (article: ArticleSummary) => void;
  /** "Gửi bài": write it as a .soan package. */
  onSend?: (article: ArticleSummary) => void;
  /** The time embargoes and deadlines are shown against (the list's one clock). */
  now: number;
}

/** What still waits in review; nothing at all when nothing does. */
function ReviewBadges({ openComments, pendingSuggestions }: { openComments: number; pendingSuggestions: number }) {
  const { t } = useTranslation();
  if (openComments <= 0 && pendingSuggestions <= 0) return null;
  return (
    <span className="article-row-review" title={t('library.reviewTitle')}>
      {openComments > 0 && (
        <span className="review-badge review-badge-comments" data-testid="article-open-comments" data-count={openComments}>
          {t('library.openComments', { count: openComments })}
        </span>
      )}
      {pendingSuggestions > 0 && (
        <span className="review-badge review-badge-suggestions" data-testid="article-pending-suggestions" data-count={pendingSuggestions}>
          {t('library.pendingSuggestions', { count: pendingSuggestions })}
        </span>
      )}
    </span>
  );
}

/**
 * Drawn again only when its own props change: a filter keystroke keeps the rows that still
 * match as they are (issue 13: each keystroke redrew every row shown).
 */
export const ArticleRow = memo(function ArticleRow({ article, onOpen, onRename, onDuplicate, onDelete, onSend, now }: ArticleRowProps) {
  const { t } = useTranslation();
  const open = () => onOpen(article.id);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      open();
    }
  };
  // Buttons inside the row act on their own, without also opening the article.
  const action = (run: () => void) => (event: MouseEvent) => {
    event.stopPropagation();
    run();
  };

  return (
    <li
      className="article-row"
      data-testid="article-row"
      data-id={article.id}
      tabIndex={0}
      onClick={open}
      onKeyDown={onKeyDown}
    >
      <div className="article-row-main">
        <span className={`article-row-headline${article.headline ? '' : ' muted'}`} data-testid="article-row-headline">
          {article.headline || t('library.untitled')}
        </span>
        <span className="article-row-authors">
          {article.authors.length ? article.authors.join(', ') : t('library.noAuthors')}
        </span>
        <ReviewBadges openComments={article.openComments ?? 0} pendingSuggestions={article.pendingSuggestions ?? 0} />
        <DeskBadges desk={article.desk} status={article.status} now={now} />
      </div>
      <span className={`status status-${article.status}`}>
        {t(`status.${article.status}`, { defaultValue: article.status })}
      </span>
      <span className="article-row-words" title={t('library.columns.words')}>
        {t('library.wordCount', { count: article.wordCount, formatted: formatNumber(article.wordCount) })}
      </span>
      <span className="article-row-time">
        <time dateTime={article.updatedAt} title={formatAbsolute(article.updatedAt)}>
          {formatRelative(article.updatedAt)}
        </time>
        <span className="article-row-absolute">{formatAbsolute(article.updatedAt)}</span>
      </span>
      <span className="article-row-actions">
        <button type="button" className="icon-button" data-testid="article-rename" title={t('library.rename')} aria-label={t('library.rename')} onClick={action(() => onRename(article))}>
          <Icon name="pencil" />
        </button>
        {onSend && (
          <button type="button" className="icon-button" data-testid="article-send" title={t('packages.send.button')} aria-label={t('packages.send.button')} onClick={action(() => onSend(article))}>
            <Icon name="send" />
          </button>
        )}
        <button type="button" className="icon-button" data-testid="article-duplicate" title={t('library.duplicate')} aria-label={t('library.duplicate')} onClick={action(() => onDuplicate(article))}>
          <Icon name="copy" />
        </button>
        <button type="button" className="icon-button icon-button-danger" data-testid="article-delete" title={t('library.delete')} aria-label={t('library.delete')} onClick={action(() => onDelete(article))}>
          <Icon name="trash" />
        </button>
      </span>
    </li>
  );
});
