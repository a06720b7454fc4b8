// The library: every article, newest change first, a filter that forgives missing
// diacritics, and the trash one click away.
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../electron/contract/types';
import { call } from '../platform/soanClient';
import { Icon } from '../ui/Icon';
import { useNotices } from '../ui/Notices';
import { ProblemsBanner } from '../ui/ProblemsBanner';
import { ArticleRow } from './ArticleRow';
import { useRevealedRows } from './useRevealedRows';
import { DeleteDialog } from './DeleteDialog';
import { EmptyLibrary } from './EmptyLibrary';
import { filterArticles, newestFirst, prepareFilter } from './filterArticles';
import { RenameDialog } from './RenameDialog';
import { TrashView } from './TrashView';
import { useLibrary } from './useLibrary';
import { SearchResults } from '../search/SearchResults';
import { isFullTextQuery } from '../search/useLibrarySearch';
import { ImportButton } from '../import/ImportButton';
import { useArticleImport } from '../import/useArticleImport';
import { StatusFilter } from './StatusFilter';
import { usePackageOpen } from '../packages/usePackageOpen';
import { MergeReportDialog } from '../packages/MergeReportDialog';
import { SendDialog } from '../packages/SendDialog';
import type { StatusChoice } from './StatusFilter';
import { DeskFilter } from './DeskFilter';
import { filterByDesk, type DeskChoice } from './deskFilter';
import { useProfileName } from './useProfileName';
import { useNow } from '../desk/useNow';

interface LibraryViewProps {
  onOpen: (id: string) => void;
  onOpenSettings: () => void;
  onSetupRequired: () => void;
}

export function LibraryView({ onOpen, onOpenSettings, onSetupRequired }: LibraryViewProps) {
  const { t } = useTranslation();
  const { confirm, reportError } = useNotices();
  const { listing, run, reload } = useLibrary(onSetupRequired);
  const [view, setView] = useState<'library' | 'trash'>('library');
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusChoice>('all');
  const [deskChoice, setDeskChoice] = useState<DeskChoice>('all');
  const me = useProfileName();
  const now = useNow();
  const [renaming, setRenaming] = useState<ArticleSummary | null>(null);
  const [deleting, setDeleting] = useState<ArticleSummary | null>(null);
  const [problemsDismissed, setProblemsDismissed] = useState(false);
  const [creating, setCreating] = useState(false);
  const packages = usePackageOpen();
  const articleImport = useArticleImport(onOpen, packages.openFile);
  const [sending, setSending] = useState<ArticleSummary | null>(null);
  // A package opened: the listing shows the new or merged article under its report.
  useEffect(() => {
    if (packages.opened) void reload();
  }, [packages.opened, reload]);

  const articles = useMemo(() => newestFirst(listing?.articles ?? []), [listing]);
  useEffect(() => prepareFilter(articles), [articles]);
  // The field shows each key at once; the list follows at a lower priority, and a key typed
  // meanwhile interrupts it (issue 13: a keystroke waited for thousands of rows to be filtered and drawn).
  const listQuery = useDeferredValue(query);
  const shown = useMemo(
    () => filterByDesk(filterArticles(articles, listQuery).filter((a) => status === 'all' || a.status === status), deskChoice, me, now),
    [articles, listQuery, status, deskChoice, me, now],
  );
  const trash = listing?.trash ?? [];
  const revealed = useRevealedRows(shown);
  // Rows are memoised: the callbacks they get stay the same from one render to the next.
  const onOpenLatest = useRef(onOpen);
  useLayoutEffect(() => {
    onOpenLatest.current = onOpen;
  });
  const openRow = useCallback((id: string) => onOpenLatest.current(id), []);
  const duplicateRow = useCallback(
    (a: ArticleSummary) => void run(() => call('article:duplicate', { id: a.id })).then((ok) => ok && confirm(t('library.duplicated'))),
    [run, confirm, t],
  );

  const create = async () => {
    if (creating) return;
    setCreating(true);
    try {
      const article = await call('article:create', {});
      onOpen(article.id);
    } catch (error) {
      reportError(error);
      setCreating(false);
    }
  };

  return (
    <div
      className={`screen library-screen${articleImport.dragging ? ' is-drop-target' : ''}`}
      data-testid="library-screen"
      {...articleImport.dropProps}
    >
      <header className="appbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">S</span>
          <span className="brand-name">Soạn</span>
        </div>
        <nav className="tabs" aria-label={t('library.viewsLabel')}>
          <button type="button" className={`tab${view === 'library' ? ' is-current' : ''}`} aria-current={view === 'library' ? 'page' : undefined} data-testid="show-library" onClick={() => setView('library')}>
            {t('library.title')}
            <span className="tab-count">{articles.length}</span>
          </button>
          <button type="button" className={`tab${view === 'trash' ? ' is-current' : ''}`} aria-current={view === 'trash' ? 'page' : undefined} data-testid="show-trash" onClick={() => setView('trash')}>
            {t('trash.title')}
            <span className="tab-count">{trash.length}</span>
          </button>
        </nav>
        <span className="spacer" />
        <button type="button" className="button-quiet" data-testid="settings-open" onClick={onOpenSettings}>
          <Icon name="settings" />
          {t('settings.open')}
        </button>
        <ImportButton busy={articleImport.busy || packages.busy} onFile={(file) => void articleImport.importFile(file)} />
        <button type="button" className="button-primary" data-testid="new-article" onClick={create} disabled={creating}>
          <Icon name="plus" />
          {t('library.newArticle')}
        </button>
      </header>

      {!problemsDismissed && listing && listing.problems.length > 0 && (
        <ProblemsBanner problems={listing.problems} onDismiss={() => setProblemsDismissed(true)} />
      )}

      <main className="library-main">
        {view === 'library' ? (
          <>
            <div className="library-heading">
              <div>
                <h1>{t('library.title')}</h1>
                {listing && <p className="library-path" title={listing.libraryPath}>{listing.libraryPath}</p>}
              </div>
              {articles.length > 0 && (
                <div className="library-tools">
                  <label className="search">
                    <Icon name="search" />
                    <input
                      type="search"
                      data-testid="library-filter"
                      placeholder={t('library.filterPlaceholder')}
                      aria-label={t('library.filterLabel')}
                      value={query}
                      onChange={(event) => setQuery(event.target.value)}
                    />
                  </label>
                  <StatusFilter value={status} onChange={setStatus} />
                  <DeskFilter value={deskChoice} onChange={setDeskChoice} />
                </div>
              )}
            </div>
            {articles.length > 0 && <SearchResults query={query} onOpen={onOpen} />}
            {listing === null ? (
              <p className="muted list-note">{t('library.loading')}</p>
            ) : articles.length === 0 ? (
              <EmptyLibrary onCreate={create} />
            ) : shown.length === 0 ? (
              // With full-text results above, "no headline matches" would only contradict them.
              isFullTextQuery(query) ? null : <p className="list-note" data-testid="filter-empty">{t('library.noMatch', { query })}</p>
            ) : (
              <>
                <div className="article-list-head" aria-hidden="true">
                  <span>{t('library.columns.headline')}</span>
                  <span>{t('library.columns.status')}</span>
                  <span>{t('library.columns.words')}</span>
                  <span>{t('library.columns.updated')}</span>
                  <span />
                </div>
                <ul className="article-list" aria-label={t('library.title')}>
                  {revealed.rows.map((article) => (
                    <ArticleRow
                      key={article.id}
                      article={article}
                      now={now}
                      onOpen={openRow}
                      onRename={setRenaming}
                      onDuplicate={duplicateRow}
                      onDelete={setDeleting}
                      onSend={setSending}
                    />
                  ))}
                  {revealed.rows.length < shown.length && (
                    <li ref={revealed.moreRef} className="list-note muted" data-testid="more-rows">
                      {t('library.moreRows', { count: shown.length - revealed.rows.length })}
                    </li>
                  )}
                </ul>
              </>
            )}
          </>
        ) : (
          <>
            <div className="library-heading">
              <h1>{t('trash.title')}</h1>
            </div>
            <TrashView
              entries={trash}
              onRestore={(entry) =>
                void run(() => call('trash:restore', { trashId: entry.trashId })).then((ok) => ok && confirm(t('trash.restored')))
              }
            />
          </>
        )}
      </main>

      {renaming && (
        <RenameDialog
          article={renaming}
          onCancel={() => setRenaming(null)}
          onRename={async (headline) => {
            if (await run(() => call('article:rename', { id: renaming.id, headline }))) setRenaming(null);
          }}
        />
      )}
      {sending && <SendDialog articleId={sending.id} onClose={() => setSending(null)} />}
      {packages.opened && (
        <MergeReportDialog
          opened={packages.opened}
          onClose={() => {
            packages.close();
            void reload(); // a choice in the report may have changed the counts
          }}
          onOpenArticle={(id) => {
            packages.close();
            onOpen(id);
          }}
        />
      )}
      {deleting && (
        <DeleteDialog
          article={deleting}
          onCancel={() => setDeleting(null)}
          onDelete={async () => {
            if (await run(() => call('article:trash', { id: deleting.id }))) {
              setDeleting(null);
              confirm(t('library.deleted'));
            }
          }}
        />
      )}
    </div>
  );
}
