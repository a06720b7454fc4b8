// The library listing and the actions on it. Every action reloads the listing so the
// screen always shows what is on disk; failures go to the app's error banner.
import { useCallback, useEffect, useState } from 'react';
import type { LibraryListing } from '../../electron/contract/types';
import { SoanError } from '../../electron/contract/errors';
import { call, onPush } from '../platform/soanClient';
import { useNotices } from '../ui/Notices';
import { takePrefetchedListing } from './listingPrefetch';

/** `onSetupRequired`: the backend has no profile or library yet (first run not done). */
export function useLibrary(onSetupRequired: () => void) {
  const { reportError } = useNotices();
  const [listing, setListing] = useState<LibraryListing | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      // The listing asked for at start when it came; a failure then (setup not done yet) is asked again.
      const early = await takePrefetchedListing()?.catch(() => undefined);
      setListing(early ?? (await call('library:list', {})));
      setLoadError(null);
    } catch (error) {
      if (error instanceof SoanError && error.code === 'setup-required') {
        onSetupRequired();
        return;
      }
      setLoadError(error);
      reportError(error);
    }
  }, [reportError, onSetupRequired]);

  useEffect(() => {
    void reload();
    // Articles brought in from the sync server appear without a click.
    return onPush((push) => {
      if (push.kind === 'library:changed') void reload();
    });
  }, [reload]);

  /** Runs one action, reloads, and reports a failure in plain words; true if it worked. */
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      try {
        await action();
        return true;
      } catch (error) {
        reportError(error);
        return false;
      } finally {
        await reload();
      }
    },
    [reload, reportError],
  );

  return { listing, loadError, reload, run };
}
