// The newsroom's images in PostgreSQL, for several server instances: one row per image in
// `soan_media`, named by its content like the files of a single server (mediaFiles.ts), and
// checked the same way before it is kept. A name is a query parameter, never part of the SQL.
// prune-media moves rows no article mentions into `soan_media_pruned` (prune/postgresTarget.ts).
import pg from 'pg';
import { inTransaction } from '../storage/postgresTransaction';
import { sanitizeOriginalName } from '../../electron/services/media/mediaStore';
import { MEDIA_FILE_NAME } from '../../electron/services/media/mediaMetadata';
import { MediaRefused, refusalOf, type ServerMedia } from './mediaFiles';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS soan_media (
    name TEXT PRIMARY KEY,
    original_name TEXT NOT NULL,
    data BYTEA NOT NULL
  );
  -- When each image was stored, for prune-media's grace period. Rows from before this column
  -- count from the moment it was added (now() is taken once for them): never older than they are.
  ALTER TABLE soan_media ADD COLUMN IF NOT EXISTS stored_at TIMESTAMPTZ NOT NULL DEFAULT now();
`;

export class PostgresMedia implements ServerMedia {
  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string): Promise<PostgresMedia> {
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    pool.on('error', () => {}); // an idle client losing its connection: the next query reconnects
    try {
      // Several instances may start at once: one creates the table, the others wait for it.
      await inTransaction(pool, async (client) => {
        await client.query("SELECT pg_advisory_xact_lock(hashtext('soan_media schema'))");
        await client.query(SCHEMA);
      });
    } catch (error) {
      await pool.end().catch(() => {});
      throw error;
    }
    return new PostgresMedia(pool);
  }

  async have(names: readonly string[]): Promise<string[]> {
    const asked = [...new Set(names)].filter((name) => MEDIA_FILE_NAME.test(name));
    if (!asked.length) return [];
    const result = await this.pool.query<{ name: string }>('SELECT name FROM soan_media WHERE name = ANY($1::text[])', [asked]);
    return result.rows.map((row) => row.name);
  }

  async read(name: string): Promise<{ bytes: Uint8Array; originalName: string } | null> {
    if (!MEDIA_FILE_NAME.test(name)) return null;
    const result = await this.pool.query<{ data: Buffer; original_name: string }>('SELECT data, original_name FROM soan_media WHERE name = $1', [name]);
    const row = result.rows[0];
    return row ? { bytes: new Uint8Array(row.data), originalName: row.original_name || name } : null;
  }

  async write(name: string, bytes: Uint8Array, originalName: string): Promise<boolean> {
    const refusal = refusalOf(name, bytes);
    if (refusal) throw new MediaRefused(refusal);
    const result = await this.pool.query('INSERT INTO soan_media (name, original_name, data) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING', [
      name,
      sanitizeOriginalName(originalName, name.split('.').pop() ?? 'img'),
      Buffer.from(bytes),
    ]);
    return (result.rowCount ?? 0) > 0;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
