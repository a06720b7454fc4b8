// "Tìm trong nội dung": articles whose text matches the library query (headline, sapo,
// body, captions, tags, authors; diacritics folded, exact matches first), each with the
// matching snippet. Shown under the quick filter's box once the query has two characters.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/formatTime';
import { HighlightedSnippet } from './HighlightedSnippet';
import { useLibrarySearch } from './useLibrarySearch';

export function SearchResults({ query, onOpen }: { query: string; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const search = useLibrarySearch(query);
  if (search.phase === 'off') return null;

  return (
    <section className="search-results" aria-labelledby="search-results-title" data-testid="search-results" data-phase={search.phase}>
      <h2 id="search-results-title" className="search-results-title">
        {t('search.title')}
        {search.phase === 'done' && search.hits.length > 0 && (
          <span className="muted"> · {t('search.count', { formatted: formatNumber(search.hits.length) })}</span>
        )}
        {search.phase === 'searching' && <span className="muted"> · {t('search.searching')}</span>}
      </h2>
      {search.phase === 'failed' && <p className="list-note muted">{t('search.failed')}</p>}
      {search.phase === 'done' && search.hits.length === 0 && (
        <p className="list-note muted" data-testid="search-empty">{t('search.none', { query: search.query })}</p>
      )}
      {search.phase !== 'failed' && search.hits.length > 0 && (
        <ul className="search-hits">
          {search.hits.map((hit) => (
            <li key={hit.id}>
              <button type="button" className="search-result" data-testid="search-result" data-id={hit.id} onClick={() => onOpen(hit.id)}>
                <span className="search-result-head">
                  <span className="search-result-headline">{hit.headline || t('library.untitled')}</span>
                  <span className="search-result-field">{t(`search.field.${hit.field}`)}</span>
                </span>
                <HighlightedSnippet snippet={hit.snippet} highlights={hit.highlights} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
