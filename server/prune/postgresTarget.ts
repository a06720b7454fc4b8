// prune-media on the database several instances share: the articles in `soan_updates`, the
// images in `soan_media`. Images are moved, in one transaction, into `soan_media_pruned` with
// the day they were pruned on, where the administrator can look them over and delete them (or
// put them back: README, "Removing images no article uses"). The instance lock
// (storage/instanceLock.ts) is taken first, so no instance runs meanwhile.
import pg from 'pg';
import { PostgresMedia } from '../media/postgresMedia';
import { tryPruneLock } from '../storage/instanceLock';
import { inTransaction } from '../storage/postgresTransaction';
import { PostgresUpdateLog } from '../storage/postgresUpdateLog';
import { PruneRefused, type PruneTarget, type StoredImage } from './pruneTarget';

export const PRUNED_TABLE = 'soan_media_pruned';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS ${PRUNED_TABLE} (
    name TEXT NOT NULL,
    original_name TEXT NOT NULL,
    data BYTEA NOT NULL,
    stored_at TIMESTAMPTZ NOT NULL,
    pruned_on DATE NOT NULL,
    PRIMARY KEY (name, pruned_on)
  );
`;

export async function openPostgresTarget(url: string): Promise<PruneTarget> {
  const lock = await tryPruneLock(url);
  if (!lock) {
    throw new PruneRefused('a sync server instance is running on this PostgreSQL database; stop every instance first, then prune. Nothing was changed.', 3);
  }
  const opened: Array<{ close(): Promise<void> }> = [];
  const close = async () => {
    for (const part of opened.splice(0).reverse()) await part.close().catch(() => {});
    await lock.release();
  };
  try {
    // soan_media as the server makes it (with its stored_at column), then the pruned table beside it.
    await (await PostgresMedia.open(url)).close();
    const pool = new pg.Pool({ connectionString: url, max: 2, application_name: 'soan-prune-media' });
    pool.on('error', () => {});
    opened.push({ close: () => pool.end() });
    await pool.query(SCHEMA);
    const store = await PostgresUpdateLog.open(url);
    opened.push(store);
    return {
      where: 'the soan_media table',
      store,
      images: async () => {
        const rows = await pool.query<{ name: string; original_name: string; bytes: number; stored_at: Date }>(
          'SELECT name, original_name, octet_length(data) AS bytes, stored_at FROM soan_media ORDER BY name',
        );
        return rows.rows.map((row): StoredImage => ({ name: row.name, originalName: row.original_name || row.name, bytes: Number(row.bytes), storedAt: row.stored_at }));
      },
      moveAside: async (images, day) => {
        const names = images.map((image) => image.name);
        await inTransaction(pool, async (client) => {
          await client.query(
            `INSERT INTO ${PRUNED_TABLE} (name, original_name, data, stored_at, pruned_on)
               SELECT name, original_name, data, stored_at, $2::date FROM soan_media WHERE name = ANY($1::text[])
               ON CONFLICT (name, pruned_on) DO NOTHING`,
            [names, day],
          );
          await client.query('DELETE FROM soan_media WHERE name = ANY($1::text[])', [names]);
        });
        const these = `FROM ${PRUNED_TABLE} WHERE pruned_on = '${day}'`;
        return {
          movedTo: `the ${PRUNED_TABLE} table (pruned_on = '${day}')`,
          next:
            `The space is freed once you delete those rows after looking them over (DELETE ${these};) and PostgreSQL vacuums the table; ` +
            `to undo: INSERT INTO soan_media (name, original_name, data, stored_at) SELECT name, original_name, data, stored_at ${these} ON CONFLICT DO NOTHING;`,
        };
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
