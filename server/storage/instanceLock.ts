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

async function lockWith(url: string, mode: 'shared' | 'exclusive'): Promise<InstanceLock | null> {
  const client = new pg.Client({ connectionString: url, application_name: mode === 'shared' ? 'soan-server' : 'soan-prune-media' });
  client.on('error', () => {}); // a dropped connection: the lock is gone with it, nothing to crash over
  await client.connect();
  try {
    const call = mode === 'shared' ? 'pg_try_advisory_lock_shared' : 'pg_try_advisory_lock';
    const result = await client.query<{ taken: boolean }>(`SELECT ${call}(hashtext($1)) AS taken`, [LOCK_NAME]);
    if (!result.rows[0]?.taken) {
      await client.end();
      return null;
    }
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  let released = false;
  return {
    release: async () => {
      if (released) return;
      released = true;
      await client.end().catch(() => {}); // closing the session lets go of the lock
    },
  };
}

/** Held by a running server instance; throws in plain words while `prune-media` works on the database. */
export async function holdInstanceLock(url: string): Promise<InstanceLock> {
  const lock = await lockWith(url, 'shared');
  if (!lock) throw new ServerConfigError('prune-media is working on this database right now; start the server again once it has finished');
  return lock;
}

/** Taken by `prune-media`; null while any server instance runs on the database. */
export function tryPruneLock(url: string): Promise<InstanceLock | null> {
  return lockWith(url, 'exclusive');
}
