// The library's listing is asked for as the app starts, while translations load and React
// mounts, instead of after (issue 13: the cold start waited for both before even asking).
// The library screen's first load takes it; every later load asks the backend again.
import type { LibraryListing } from '../../electron/contract/types';
import { call } from '../platform/soanClient';

let early: Promise<LibraryListing> | undefined;

export function prefetchListing(): void {
  early = call('library:list', {});
  early.catch(() => {}); // whoever takes it handles the failure (setup not done yet, a damaged library…)
}

/** The listing asked for at start, once; undefined after that. */
export function takePrefetchedListing(): Promise<LibraryListing> | undefined {
  const listing = early;
  early = undefined;
  return listing;
}
