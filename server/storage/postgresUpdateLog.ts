// The store for more than one server instance: the same update log in PostgreSQL, shared by
// every instance. A commit is durable when PostgreSQL answers it (synchronous_commit is on
// by default). Compaction deletes exactly the rows it has read and merged, so a row another
// instance commits meanwhile is never lost, whatever order sequence numbers commit in.
import pg from 'pg';
import { inTransaction } from './postgresTransaction';
import * as Y from 'yjs';
import { BatchedAppender, compactedRow, type UpdateLog } from './updateLog';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS soan_updates (
    seq BIGSERIAL PRIMARY KEY,
    document TEXT NOT NULL,
    data BYTEA NOT NULL
  );
  CREATE INDEX IF NOT EXISTS soan_updates_by_document ON soan_updates (document, seq);
`;

export class PostgresUpdateLog implements UpdateLog {
  private readonly appender: BatchedAppender;
  private closed = false;

  private constructor(private readonly pool: pg.Pool) {
    this.appender = new BatchedAppender((batch) =>
      this.transaction(async (client) => {
        const values = batch.map((_, i) => `($${i * 2 + 1}, $${i * 2 + 2})`).join(', ');
        await client.query(`INSERT INTO soan_updates (document, data) VALUES ${values}`, batch.flatMap((b) => [b.document, Buffer.from(b.update)]));
      }),
    );
  }

  static async open(url: string): Promise<PostgresUpdateLog> {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    // An idle client losing its connection must not crash the server; the next query reconnects.
    pool.on('error', () => {});
    const log = new PostgresUpdateLog(pool);
    try {
      // Several instances may start at once: one creates the table, the others wait for it.
      await log.transaction(async (client) => {
        await client.query("SELECT pg_advisory_xact_lock(hashtext('soan_updates schema'))");
        await client.query(SCHEMA);
      });
    } catch (error) {
      await pool.end().catch(() => {});
      throw error;
    }
    return log;
  }

  async read(document: string): Promise<Uint8Array | null> {
    const rows = await this.rowsOf(this.pool, document);
    return rows.length === 0 ? null : rows.length === 1 ? rows[0].data : Y.mergeUpdates(rows.map((r) => r.data));
  }

  append(document: string, update: Uint8Array): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the store is closed'));
    return this.appender.append(document, update);
  }

  async compact(document: string, state: Uint8Array): Promise<void> {
    await this.transaction(async (client) => {
      // One compaction of a document at a time, across instances.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`soan compact ${document}`]);
      const rows = await this.rowsOf(client, document);
      const merged = compactedRow(rows.map((r) => r.data), state);
      if (!merged) return;
      if (rows.length) await client.query('DELETE FROM soan_updates WHERE seq = ANY($1::bigint[])', [rows.map((r) => r.seq)]);
      await client.query('INSERT INTO soan_updates (document, data) VALUES ($1, $2)', [document, Buffer.from(merged)]);
    });
  }

  async documents(): Promise<string[]> {
    const result = await this.pool.query<{ document: string }>('SELECT DISTINCT document FROM soan_updates ORDER BY document');
    return result.rows.map((row) => row.document);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.appender.idle();
    await this.pool.end();
  }

  private async rowsOf(client: pg.Pool | pg.PoolClient, document: string): Promise<Array<{ seq: string; data: Uint8Array }>> {
    const result = await client.query<{ seq: string; data: Buffer }>('SELECT seq, data FROM soan_updates WHERE document = $1 ORDER BY seq', [document]);
    return result.rows.map((row) => ({ seq: row.seq, data: new Uint8Array(row.data) }));
  }

  private transaction(work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    return inTransaction(this.pool, work);
  }
}
