// How the sync server keeps documents: an append-only log of Yjs updates per document, plus
// a compaction that folds a document's rows into one. Both are merge-only — a compaction
// writes the union of what was stored and what is in memory — so no write can ever make a
// stored document smaller: a document that failed to load, or loaded empty, cannot
// overwrite the one on disk (the failure Hocuspocus is known for).
import * as Y from 'yjs';

export interface UpdateLog {
  /** Everything stored for the document, merged into one update; null when nothing is. */
  read(document: string): Promise<Uint8Array | null>;
  /** Resolves once the update is committed and on disk: only then may the client be told it is saved. */
  append(document: string, update: Uint8Array): Promise<void>;
  /** Folds the document's rows and `state` into one row (merge only: nothing stored is dropped). */
  compact(document: string, state: Uint8Array): Promise<void>;
  /** The names of every stored document. */
  documents(): Promise<string[]>;
  close(): Promise<void>;
}

/** One row per update; the merged update of `rows` and `state`, or null when it adds nothing. */
export function compactedRow(rows: readonly Uint8Array[], state: Uint8Array): Uint8Array | null {
  const merged = Y.mergeUpdates([...rows, state]);
  if (rows.length === 1 && Buffer.compare(Buffer.from(rows[0]), Buffer.from(merged)) === 0) return null;
  if (rows.length === 0 && isEmptyUpdate(merged)) return null;
  return merged;
}

/** An update with neither content nor deletions (a new, untouched document). */
export function isEmptyUpdate(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length === 0 && ds.clients.size === 0;
}

interface Pending {
  document: string;
  update: Uint8Array;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: appends that arrive while a batch is being written wait and go together in
 * the next one, so one sync (fsync) covers many keystrokes from many clients.
 */
export class BatchedAppender {
  private waiting: Pending[] = [];
  private writing: Promise<void> | null = null;

  constructor(private readonly writeBatch: (batch: ReadonlyArray<{ document: string; update: Uint8Array }>) => Promise<void>) {}

  append(document: string, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ document, update, resolve, reject });
      if (!this.writing) this.writing = this.drain();
    });
  }

  /** Resolves when nothing is waiting or being written. */
  async idle(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async drain(): Promise<void> {
    // Let the appends of this turn of the event loop join the first batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0);
      try {
        await this.writeBatch(batch);
        batch.forEach((p) => p.resolve());
      } catch (error) {
        batch.forEach((p) => p.reject(error));
      }
    }
    this.writing = null;
  }
}
