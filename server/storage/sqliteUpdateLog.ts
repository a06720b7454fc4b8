// The default store: one SQLite file in the data folder (node-sqlite3-wasm: SQLite compiled
// to WebAssembly, so installing needs no compiler). Every commit is synced to disk
// (synchronous=FULL) before append() resolves. The data folder is locked to this process:
// SQLite through this driver must have one writer.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import sqlite from 'node-sqlite3-wasm';
import * as Y from 'yjs';
import { BatchedAppender, compactedRow, type UpdateLog } from './updateLog';

export const SQLITE_FILE = 'soan-server.sqlite';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    document TEXT NOT NULL,
    data BLOB NOT NULL
  );
  CREATE INDEX IF NOT EXISTS updates_by_document ON updates (document, seq);
`;

type Database = InstanceType<typeof sqlite.Database>;

export class SqliteUpdateLog implements UpdateLog {
  private readonly appender: BatchedAppender;
  private closed = false;

  private constructor(private readonly db: Database) {
    this.appender = new BatchedAppender(async (batch) => {
      this.transaction(() => {
        for (const { document, update } of batch) this.db.run('INSERT INTO updates (document, data) VALUES (?, ?)', [document, update]);
      });
    });
  }

  /** The caller holds the data folder's lock: no other process uses this file. */
  static async open(dataFolder: string): Promise<SqliteUpdateLog> {
    await fs.mkdir(dataFolder, { recursive: true });
    const file = path.join(dataFolder, SQLITE_FILE);
    // The driver locks the file with a `<file>.lock` folder, which a killed server leaves
    // behind; with the data folder locked to us, one that is there now is such a leftover.
    // (SQLite itself then rolls back a half-written transaction from its journal.)
    await fs.rmdir(`${file}.lock`).catch(() => {});
    const db = new sqlite.Database(file);
    try {
      db.exec('PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;');
      db.exec(SCHEMA);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteUpdateLog(db);
  }

  async read(document: string): Promise<Uint8Array | null> {
    const rows = this.rowsOf(document);
    return rows.length === 0 ? null : rows.length === 1 ? rows[0].data : Y.mergeUpdates(rows.map((r) => r.data));
  }

  append(document: string, update: Uint8Array): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the store is closed'));
    return this.appender.append(document, update);
  }

  async compact(document: string, state: Uint8Array): Promise<void> {
    await this.appender.idle();
    // Synchronous from here to the commit: nothing else touches the file in between.
    this.transaction(() => {
      const rows = this.rowsOf(document);
      const merged = compactedRow(rows.map((r) => r.data), state);
      if (!merged) return;
      if (rows.length) this.db.run('DELETE FROM updates WHERE document = ? AND seq <= ?', [document, rows[rows.length - 1].seq]);
      this.db.run('INSERT INTO updates (document, data) VALUES (?, ?)', [document, merged]);
    });
  }

  async documents(): Promise<string[]> {
    return this.db.all('SELECT DISTINCT document FROM updates ORDER BY document').map((row) => String(row.document));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.appender.idle();
    this.db.close();
  }

  private rowsOf(document: string): Array<{ seq: number; data: Uint8Array }> {
    return this.db
      .all('SELECT seq, data FROM updates WHERE document = ? ORDER BY seq', [document])
      .map((row) => ({ seq: Number(row.seq), data: row.data as Uint8Array }));
  }

  private transaction(work: () => void): void {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      work();
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }
}
