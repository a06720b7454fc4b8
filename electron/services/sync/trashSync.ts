// Moving an article to the trash travels through the server's list of articles (the library
// document): the workstation that trashed it marks its entry with when, who, and the article's
// state vector then. Each other workstation, at its next round, moves its own copy to its
// trash too — recoverable there, never deleted — unless its copy holds edits the trasher had
// not seen: then it keeps the article, takes the mark off ("kept"), and the trasher restores
// its copy from its trash; a restore from the trash anywhere is passed on the same way. Everyone is told in the library's notices. A trash made offline is
// recorded here (`.soan/sync-trash.json`) and marked when the server is back; a restore too.
import path from 'node:path';
import * as Y from 'yjs';
import { z } from 'zod';
import type { Push } from '../../contract/ipc/push';
import type { LibraryEntry, TrashMark } from '../../contract/sync';
import { writeFileAtomic } from '../fs/atomicWrite';
import { formatJson, parseJsonWith } from '../fs/durableJsonAdapter';
import { readOrQuarantine } from '../fs/recoveringRead';
import { SOAN_FOLDER, type Library } from '../library/libraryService';
import type { ServiceContext } from '../serviceContext';

const RECORDS_FILE = 'sync-trash.json';

const Mark = z.object({ at: z.string(), by: z.string(), vector: z.string() });
const KeptMark = Mark.extend({ keptBy: z.string() });

/**
 * An entry of the server's list as Soạn reads it: anyone with a token may write something else
 * there, and a mark that is not one is read as no mark (it moves nothing, and never goes into
 * the record, which could not be read back).
 */
function entryOf(written: unknown): LibraryEntry {
  const entry = (typeof written === 'object' && written !== null ? written : {}) as Record<string, unknown>;
  const trashed = Mark.safeParse(entry.trashed);
  const keptFrom = KeptMark.safeParse(entry.keptFrom);
  return {
    headline: typeof entry.headline === 'string' ? entry.headline : '',
    ...(trashed.success ? { trashed: trashed.data } : {}),
    ...(keptFrom.success ? { keptFrom: keptFrom.data } : {}),
  };
}
const Records = z.record(z.string(), z.object({ mark: Mark, state: z.enum(['trashed', 'restored']) }));
type Records = z.infer<typeof Records>;

export interface TrashSyncOptions {
  library: () => Library | undefined;
  /** Who acts here (the profile name). */
  me: () => string;
  /**
   * The name the server gave this workstation's token (SyncIdentity), once it has said it: the
   * server takes a trash mark only in that name, whatever the profile here is called.
   */
  serverName: () => string | undefined;
  push: (push: Push) => void;
  /** Whether the editor shows the article now (its copy is not moved from under it). */
  isShown: (id: string) => boolean;
  /**
   * Whether the server takes a trash mark from this workstation's token: not a review-only
   * one (the server refuses the change, and the list would stop syncing), nor one whose role
   * it has not said yet. A trash not passed on stays recorded here, for a later round.
   */
  mayMark: () => boolean;
  context: ServiceContext;
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** Whether state vector `seen` (base64) covers every change of `now`: nothing new since. */
function covers(seen: string, now: Uint8Array): boolean {
  let held: Map<number, number>;
  try {
    held = Y.decodeStateVector(new Uint8Array(Buffer.from(seen, 'base64')));
  } catch {
    return false; // a mark that does not decode protects nothing: keep the article
  }
  return [...Y.decodeStateVector(now)].every(([client, clock]) => (held.get(client) ?? 0) >= clock);
}

/** Whether an entry of the server's list gained or lost a trash mark (then a round is due at once). */
export function trashMarkChanged(before: LibraryEntry | undefined, after: LibraryEntry | undefined): boolean {
  const marks = (entry: LibraryEntry | undefined) => JSON.stringify([entry?.trashed, entry?.keptFrom]);
  return marks(before) !== marks(after);
}

export class TrashSync {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: TrashSyncOptions) {}

  /** Before article `id` goes to the trash here: what the mark will say. */
  async trashing(library: Library, id: string): Promise<void> {
    const vector = await library.readDoc(id, async (doc) => base64(Y.encodeStateVector(doc)));
    // Offline the server's name may not be known yet: the mark takes it when it is passed on.
    const mark: TrashMark = { at: this.options.context.clock.iso(), by: this.options.serverName() ?? this.options.me(), vector };
    await this.change(library, (records) => void (records[id] = { mark, state: 'trashed' }));
  }

  /** Article `id` came back from the trash here: the mark on the server comes off at the next round. */
  async restored(library: Library, id: string): Promise<void> {
    await this.change(library, (records) => {
      if (records[id]) records[id].state = 'restored';
    });
  }

  /**
   * One round's part (libraryRound.ts), after the library document synced: follows the marks
   * others made, marks what was trashed or restored here. Returns the ids not to bring in as
   * new articles (trashed, here or elsewhere).
   */
  reconcile(library: Library, entries: Y.Map<LibraryEntry>): Promise<Set<string>> {
    return this.serial(() => this.reconcileNow(library, entries));
  }

  private async reconcileNow(library: Library, entries: Y.Map<LibraryEntry>): Promise<Set<string>> {
    const records = await this.read(library);
    const trash = new Map((await library.list()).trash.map((t) => [t.id, t]));
    const notAdopted = new Set<string>([...trash.keys()]);
    let changed = false;
    for (const [id, written] of [...entries.entries()]) {
      const record = records[id];
      if ((written as { trashed?: unknown } | null)?.trashed) notAdopted.add(id); // even a mark that is not one
      const entry = entryOf(written);
      if (library.has(id)) {
        if (!entry.trashed) continue;
        // Keeping an article is said in the name the server knows this token by (it takes no other);
        // until the server has said it, the keeping waits for the next round.
        const keeper = this.options.serverName();
        if (record?.state === 'restored' && record.mark.at === entry.trashed.at) {
          if (keeper === undefined) continue;
          // Restored here: the mark comes off, and whoever trashed it gets it back too.
          entries.set(id, { headline: entry.headline, keptFrom: { ...entry.trashed, keptBy: keeper } });
          delete records[id];
          continue;
        }
        if (this.options.isShown(id)) continue; // not from under the editor: next round
        const now = await library.readDoc(id, async (doc) => Y.encodeStateVector(doc));
        if (covers(entry.trashed.vector, now)) {
          await library.trash(id);
          records[id] = { mark: entry.trashed, state: 'trashed' };
          library.problems.add({ code: 'sync-trashed-elsewhere', params: { article: entry.headline || id, by: entry.trashed.by } });
        } else {
          if (keeper === undefined) continue;
          entries.set(id, { headline: entry.headline, keptFrom: { ...entry.trashed, keptBy: keeper } });
          library.problems.add({ code: 'sync-trash-kept', params: { article: entry.headline || id, by: entry.trashed.by } });
        }
        changed = true;
        continue;
      }
      const trashed = trash.get(id);
      if (!trashed || entry.trashed) continue;
      if (entry.keptFrom && record?.mark.at === entry.keptFrom.at) {
        // Trashed here, but someone else held edits this trash had not seen: it comes back.
        await library.restore(trashed.trashId);
        delete records[id];
        notAdopted.delete(id);
        library.problems.add({ code: 'sync-trash-undone', params: { article: entry.headline || trashed.headline || id, by: entry.keptFrom.keptBy } });
        changed = true;
      } else if (record?.state === 'trashed' && this.options.mayMark()) {
        const by = this.options.serverName();
        if (by === undefined) continue; // the server has not said who this token is: next round
        // Trashed here (maybe offline, maybe under another name): tell the others, in the name the server knows.
        records[id] = { ...record, mark: { ...record.mark, by } };
        entries.set(id, { headline: entry.headline, trashed: records[id].mark });
      }
    }
    await this.write(library, records);
    if (changed) this.options.push({ kind: 'library:changed' });
    return notAdopted;
  }

  private file(library: Library): string {
    return path.join(library.path, SOAN_FOLDER, RECORDS_FILE);
  }

  private change(library: Library, edit: (records: Records) => void): Promise<void> {
    return this.serial(async () => {
      const records = await this.read(library);
      edit(records);
      await this.write(library, records);
    });
  }

  private async read(library: Library): Promise<Records> {
    // Damaged: set aside and said so; trashes made here offline then stay here until trashed again.
    const { value, movedTo } = await readOrQuarantine(this.file(library), parseJsonWith(Records), this.options.context.clock);
    if (movedTo) library.problems.add({ code: 'file-damaged-moved', params: { file: path.join(SOAN_FOLDER, RECORDS_FILE), movedTo: path.relative(library.path, movedTo) } });
    return value ?? {};
  }

  private async write(library: Library, records: Records): Promise<void> {
    await writeFileAtomic(this.file(library), formatJson(records));
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => {});
    return next;
  }
}
