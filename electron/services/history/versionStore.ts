// The versions of one article in its project's history/ folder. Each version file holds only
// what changed since the version before (a Yjs update against the previous state vector),
// deflated, behind a header that says which version it is (versionFile.ts); a version is
// rebuilt by replaying the files up to it. That keeps a day of ten-minute versions of a long
// article to a few hundred kilobytes. Unnamed automatic versions older than an hour are
// thinned to one per clock hour, each folded into the one after it (versionThinning.ts);
// nothing else is ever removed: a damaged file is moved aside, and the versions that needed
// it are listed as lost (versionIndex.ts).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import type { Problem } from '../../contract/errors';
import { SoanError } from '../../contract/errors';
import type { VersionEntry } from '../../contract/history';
import { writeFileAtomic } from '../fs/atomicWrite';
import { errnoOf } from '../fs/diskErrors';
import { quarantineFile } from '../fs/quarantine';
import { readParsed } from '../fs/recoveringRead';
import { versionUpdate } from './versionDelta';
import { versionsToThin } from './versionThinning';
import { decodeVersionFile, encodeVersionFile } from './versionFile';
import { readVersionIndex, versionFilePath, writeVersionIndex } from './versionIndex';
import type { StoredEntry } from './versionIndex';
import type { ServiceContext } from '../serviceContext';

export const HISTORY_FOLDER = 'history';

export interface VersionStoreOptions {
  context: ServiceContext;
  /** The article's headline, to name it in messages. */
  article?: string;
  /** How a file is named to the user (default: relative to the project folder). */
  describe?: (file: string) => string;
  /** Told once about each damaged file found, in plain words. */
  onProblem?: (problem: Problem) => void;
}

function publicEntry({ stateVector: _sv, full: _full, described: _described, deletes: _deletes, seq: _seq, lost, ...entry }: StoredEntry): VersionEntry {
  return lost ? { ...entry, unavailable: true } : entry;
}

export class VersionStore {
  /** The project folder (absolute). */
  constructor(
    private readonly projectFolder: string,
    private readonly options: VersionStoreOptions,
  ) {}

  private get folder(): string {
    return path.join(this.projectFolder, HISTORY_FOLDER);
  }

  /** The versions as checked against their files; what was found damaged is reported once. */
  private async readIndex(): Promise<StoredEntry[]> {
    return (await this.check()).versions;
  }

  /**
   * history/ must be a folder. A file, a link or anything else in its place (a sync tool's
   * mistake) is set aside, never written through, and the user is told; history starts again.
   */
  private async folderSetAside(): Promise<Problem | undefined> {
    const stat = await fs.lstat(this.folder).catch(() => undefined);
    if (!stat || stat.isDirectory()) return undefined;
    const movedTo = await quarantineFile(this.folder, this.options.context.clock.now());
    const describe = this.options.describe ?? ((file: string) => path.relative(this.projectFolder, file));
    const problem: Problem = {
      code: 'history-folder-set-aside',
      params: { article: this.options.article ?? path.basename(this.projectFolder), file: describe(this.folder), movedTo: describe(movedTo) },
    };
    this.options.onProblem?.(problem);
    return problem;
  }

  /** Check the history now: the versions, and the problems found (also sent to onProblem). */
  async check(): Promise<{ versions: StoredEntry[]; problems: Problem[] }> {
    const setAside = await this.folderSetAside();
    const checked = await readVersionIndex({
      folder: this.folder,
      article: this.options.article ?? path.basename(this.projectFolder),
      describe: this.options.describe ?? ((file) => path.relative(this.projectFolder, file)),
      context: this.options.context,
    });
    checked.problems.forEach((problem) => this.options.onProblem?.(problem));
    return setAside ? { ...checked, problems: [setAside, ...checked.problems] } : checked;
  }

  async list(): Promise<VersionEntry[]> {
    return (await this.readIndex()).map(publicEntry);
  }

  async last(): Promise<VersionEntry | undefined> {
    const versions = await this.list();
    return versions[versions.length - 1];
  }

  /**
   * The article at its newest version that can still be read, and that version's file; undefined
   * when there is none. What an article is recovered from when article.ydoc is lost.
   */
  async newestReadable(): Promise<{ doc: Y.Doc; file: string; at: string } | undefined> {
    const versions = await this.readIndex();
    for (let at = versions.length - 1; at >= 0; at--) {
      if (versions[at]!.lost) continue;
      try {
        const { doc } = await this.load(versions[at]!.id);
        return { doc, file: versionFilePath(this.folder, versions[at]!.id), at: versions[at]!.at };
      } catch {
        // Damaged since the check: the one before may still be whole.
      }
    }
    return undefined;
  }

  /** True when the document differs from the last version (or there is none). */
  async changedSinceLast(doc: Y.Doc): Promise<boolean> {
    const versions = await this.readIndex();
    const last = versions[versions.length - 1];
    return !last || last.stateVector !== toBase64(Y.encodeStateVector(doc));
  }

  async save(doc: Y.Doc, entry: Omit<VersionEntry, 'id' | 'unavailable'>): Promise<VersionEntry> {
    const versions = await this.readIndex();
    const previous = versions[versions.length - 1];
    // After a lost version the chain is broken: this one holds the whole document, so it and
    // the versions after it can be opened again.
    const full = !previous || previous.lost === true;
    const { update, deletes } = versionUpdate(
      doc,
      full ? undefined : { stateVector: fromBase64(previous.stateVector), deletes: previous.deletes ? fromBase64(previous.deletes) : undefined },
    );
    const id = `${Date.parse(entry.at).toString(36)}${Math.random().toString(36).slice(2, 8)}`.replace(/[^a-z0-9]/g, '');
    // Its place follows the previous version's, not the length of the list: after thinning
    // the list is shorter, and a smaller number would put it before older versions when the
    // index is rebuilt from the files' headers.
    const seq = Math.max(versions.length, (previous?.seq ?? -1) + 1);
    const stored: StoredEntry = { ...entry, id, stateVector: toBase64(Y.encodeStateVector(doc)), full, described: true, deletes: toBase64(deletes), seq };
    const { full: _full, described: _described, deletes: _deletes, seq: _seq, ...facts } = stored;
    // history/ only: a project folder that is gone (moved meanwhile) must not come back as a
    // stray folder holding this version where nobody looks.
    await fs.mkdir(this.folder).catch((error: unknown) => {
      if (errnoOf(error) !== 'EEXIST') throw error;
    });
    const header = { ...facts, seq, previous: previous?.id ?? '', full };
    await writeFileAtomic(versionFilePath(this.folder, id), encodeVersionFile(header, update));
    // Only the last version keeps its delete set: the one after it needs no other.
    const earlier = versions.map(({ deletes: _kept, ...version }) => version);
    await writeVersionIndex(this.folder, [...earlier, stored]);
    await this.thin([...earlier, stored]).catch((error) => {
      // Nothing is lost: every version is still listed and its file intact; thinning is tried again next time.
      this.options.context.log.problem('history not thinned', error);
    });
    return publicEntry(stored);
  }

  /**
   * Folds each run of versions to thin into the version after it: that version's file is
   * rewritten to hold the run's changes and its own (it then follows the version before the
   * run), the index is written without the run, and only then are the run's files removed.
   * A crash at any step leaves a history that still replays (versionIndex.ts accepts a
   * version that follows an earlier one, as a rewritten file does until the index catches up).
   */
  private async thin(versions: StoredEntry[]): Promise<void> {
    const drop = new Set(versionsToThin(versions));
    if (drop.size === 0) return;
    const kept: StoredEntry[] = [];
    const removed: StoredEntry[] = [];
    let run: StoredEntry[] = [];
    for (const [at, version] of versions.entries()) {
      if (drop.has(at)) {
        run.push(version);
        continue;
      }
      if (run.length > 0) {
        const contents = [];
        for (const entry of [...run, version]) {
          const content = await readParsed(versionFilePath(this.folder, entry.id), decodeVersionFile);
          if (!content?.header) return; // changed under us, or an old file: leave it all as it is
          contents.push(content);
        }
        const own = contents[contents.length - 1]!.header!;
        const header = { ...own, previous: kept[kept.length - 1]?.id ?? '' };
        await writeFileAtomic(versionFilePath(this.folder, version.id), encodeVersionFile(header, Y.mergeUpdates(contents.map((c) => c.update))));
        removed.push(...run);
        run = [];
      }
      kept.push(version);
    }
    await writeVersionIndex(this.folder, kept);
    for (const version of removed) await fs.rm(versionFilePath(this.folder, version.id), { force: true });
  }

  /** The article as it was at a version: the version files from the last whole one up to it, replayed. */
  async load(versionId: string): Promise<{ entry: VersionEntry; doc: Y.Doc }> {
    const versions = await this.readIndex();
    const at = versions.findIndex((v) => v.id === versionId);
    if (at < 0) throw new SoanError('version-not-found', { id: versionId });
    const damaged = new SoanError('version-damaged', { at: versions[at].at });
    if (versions[at].lost) throw damaged;
    let start = at;
    while (start > 0 && !versions[start].full) start--;
    const doc = new Y.Doc();
    try {
      for (const version of versions.slice(start, at + 1)) {
        const content = await readParsed(versionFilePath(this.folder, version.id), decodeVersionFile);
        if (!content) throw damaged;
        Y.applyUpdate(doc, content.update);
      }
    } catch {
      doc.destroy();
      // Damaged since the check a moment ago: the next read of the history moves it aside and says so.
      throw damaged;
    }
    return { entry: publicEntry(versions[at]), doc };
  }

  /** Bytes on disk, for the size benchmark. */
  async sizeOnDisk(): Promise<number> {
    const names = await fs.readdir(this.folder).catch(() => [] as string[]);
    let total = 0;
    for (const name of names) total += (await fs.stat(path.join(this.folder, name))).size;
    return total;
  }
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

function fromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}
