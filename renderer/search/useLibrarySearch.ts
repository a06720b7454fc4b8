// Full-text search through library:search, 250 ms after typing stops, from two characters
// on. An answer for an older query never replaces the answer for the newest one.
import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../electron/contract/types';
import { call } from '../platform/soanClient';

export const MIN_QUERY_CHARS = 2;
const SEARCH_DELAY_MS = 250;
const RESULT_LIMIT = 30;

/** True when the query is long enough for full-text search (the quick filter alone below that). */
export function isFullTextQuery(query: string): boolean {
  return query.normalize('NFC').trim().length >= MIN_QUERY_CHARS;
}

export type LibrarySearch =
  | { phase: 'off' }
  | { phase: 'searching'; query: string; hits: SearchHit[] }
  | { phase: 'done'; query: string; hits: SearchHit[] }
  | { phase: 'failed'; query: string };

export function useLibrarySearch(rawQuery: string): LibrarySearch {
  const query = rawQuery.normalize('NFC').trim();
  const [state, setState] = useState<LibrarySearch>({ phase: 'off' });
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    if (!isFullTextQuery(query)) {
      setState({ phase: 'off' });
      return;
    }
    setState((previous) => ({ phase: 'searching', query, hits: 'hits' in previous ? previous.hits : [] }));
    const timer = setTimeout(() => {
      call('library:search', { query, limit: RESULT_LIMIT }).then(
        (hits) => ticket === latest.current && setState({ phase: 'done', query, hits }),
        () => ticket === latest.current && setState({ phase: 'failed', query }),
      );
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);

  return state;
}
