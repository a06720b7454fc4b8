// With PostgreSQL there is no data folder to lock: instead every running server instance holds
// a shared advisory lock on a connection of its own, and `prune-media` takes the same lock
// exclusively. So pruning never races a running instance, and no instance starts while a prune
// works. A session lock lasts as long as its connection: a lost connection lets it go.
import pg from 'pg';
import { ServerConfigError } from '../serverConfig';

/** The lock's name; PostgreSQL hashes it to the number advisory locks take. */
const LOCK_NAME = 'soan instances';

export interface InstanceLock {
  release(): Promise<void>;
}

async function lockWith(url: string, mode: 'shared' | 'exclusive', onLost?: () => void): Promise<InstanceLock | null> {
  const client = new pg.Client({ connectionString: url, application_name: mode === 'shared' ? 'soan-server' : 'soan-prune-media' });
  let holding = false;
  // A dropped connection takes the lock with it: told, nothing to crash over.
  client.on('error', () => {});
  client.once('end', () => {
    if (holding) onLost?.();
    holding = false;
  });
  await client.connect();
  try {
    const call = mode === 'shared' ? 'pg_try_advisory_lock_shared' : 'pg_try_advisory_lock';
    const result = await client.query<{ taken: boolean }>(`SELECT ${call}(hashtext($1)) AS taken`, [LOCK_NAME]);
    holding = result.rows[0]?.taken === true;
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  if (!holding) {
    await client.end();
    return null;
  }
  return {
    release: async () => {
      if (!holding) return;
      holding = false;
      await client.end().catch(() => {}); // closing the session lets go of the lock
    },
  };
}

/**
 * Held by a running server instance; throws in plain words while `prune-media` works on the
 * database. `onLost` hears when the lock's connection drops (PostgreSQL restarted, say).
 */
export async function holdInstanceLock(url: string, onLost?: () => void): Promise<InstanceLock> {
  const lock = await lockWith(url, 'shared', onLost);
  if (!lock) throw new ServerConfigError('prune-media is working on this database right now; start the server again once it has finished');
  return lock;
}

/** Taken by `prune-media`; null while any server instance runs on the database. */
export function tryPruneLock(url: string): Promise<InstanceLock | null> {
  return lockWith(url, 'exclusive');
}
