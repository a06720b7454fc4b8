// Where this workstation stands with the sync server: asked once (sync:status), then kept
// current by the services' pushes.
import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../electron/contract/sync';
import { call, onPush } from '../platform/soanClient';

const OFF: SyncStatus = { state: 'off', waiting: 0, refusals: [] };

export function useSyncStatus(): SyncStatus {
  const [status, setStatus] = useState<SyncStatus>(OFF);
  useEffect(() => {
    let pushed = false;
    const stop = onPush((push) => {
      if (push.kind !== 'sync:status') return;
      pushed = true;
      setStatus(push.status);
    });
    call('sync:status', {}).then(
      (current) => !pushed && setStatus(current),
      () => undefined, // no library yet: sync is off until there is one
    );
    return stop;
  }, []);
  return status;
}
