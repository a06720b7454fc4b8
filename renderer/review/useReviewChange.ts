// Workflow moves and restores are made by the services; their answer carries the article's
// whole Yjs state, merged here into the open editor's document (merging is idempotent).
import { useCallback, useState } from 'react';
import * as Y from 'yjs';
import type { ReviewChange } from '../../electron/contract/history';

export const SERVICE_ORIGIN = 'soan-service';

export function useReviewChange(doc: Y.Doc) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (change: () => Promise<ReviewChange>): Promise<ReviewChange | null> => {
      setBusy(true);
      setError(null);
      try {
        const result = await change();
        Y.applyUpdate(doc, result.update, SERVICE_ORIGIN);
        return result;
      } catch (caught) {
        setError(caught);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [doc],
  );
  return { run, error, busy, setError };
}
