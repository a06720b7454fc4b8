// The versions of one article in its project's history/ folder. Each version file holds only
// what changed since the version before (a Yjs update against the previous state vector),
// deflated; a version is rebuilt by replaying the files up to it. That keeps a day of
// ten-minute versions of a long article to a few hundred kilobytes. Nothing is ever removed.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { deflateSync, inflateSync } from 'fflate';
import * as Y from 'yjs';
import { z } from 'zod';
import { SoanError } from '../../contract/errors';
import { roles } from '../../contract/ipc/schemas';
import { versionReasons } from '../../contract/history';
import { workflowStates } from '../../contract/workflow';
import type { VersionEntry } from '../../contract/history';
import { writeFileAtomic } from '../fs/atomicWrite';
import { formatJson } from '../fs/durableJsonAdapter';

export const HISTORY_FOLDER = 'history';
const INDEX_FILE = 'index.json';

const StoredEntry = z.object({
  id: z.string().regex(/^[a-z0-9]{6,40}$/),
  at: z.string(),
  author: z.object({ name: z.string(), role: z.enum(roles) }),
  label: z.string(),
  reason: z.enum(versionReasons),
  wordCount: z.number(),
  status: z.enum(workflowStates).catch('draft'),
  /** The document's state vector when saved (base64): the next version stores only what is newer. */
  stateVector: z.string(),
});
type StoredEntry = z.infer<typeof StoredEntry>;
/** history/index.json, as written here and checked in a package. */
export const StoredIndex = z.object({ format: z.literal('soan-history'), versions: z.array(StoredEntry) });

function publicEntry({ stateVector: _sv, ...entry }: StoredEntry): VersionEntry {
  return entry;
}

export class VersionStore {
  /** The project folder (absolute). */
  constructor(private readonly projectFolder: string) {}

  private get folder(): string {
    return path.join(this.projectFolder, HISTORY_FOLDER);
  }

  private async readIndex(): Promise<StoredEntry[]> {
    let text: string;
    try {
      text = await fs.readFile(path.join(this.folder, INDEX_FILE), 'utf8');
    } catch {
      return [];
    }
    const parsed = StoredIndex.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.versions : [];
  }

  async list(): Promise<VersionEntry[]> {
    return (await this.readIndex()).map(publicEntry);
  }

  async last(): Promise<VersionEntry | undefined> {
    const versions = await this.list();
    return versions[versions.length - 1];
  }

  /** True when the document differs from the last version (or there is none). */
  async changedSinceLast(doc: Y.Doc): Promise<boolean> {
    const versions = await this.readIndex();
    const last = versions[versions.length - 1];
    return !last || last.stateVector !== toBase64(Y.encodeStateVector(doc));
  }

  async save(doc: Y.Doc, entry: Omit<VersionEntry, 'id'>): Promise<VersionEntry> {
    const versions = await this.readIndex();
    const previous = versions[versions.length - 1];
    const update = previous ? Y.encodeStateAsUpdate(doc, fromBase64(previous.stateVector)) : Y.encodeStateAsUpdate(doc);
    const id = `${Date.parse(entry.at).toString(36)}${Math.random().toString(36).slice(2, 8)}`.replace(/[^a-z0-9]/g, '');
    const stored: StoredEntry = { ...entry, id, stateVector: toBase64(Y.encodeStateVector(doc)) };
    await fs.mkdir(this.folder, { recursive: true });
    await writeFileAtomic(path.join(this.folder, `${id}.yupd`), deflateSync(update, { level: 9 }));
    await writeFileAtomic(path.join(this.folder, INDEX_FILE), formatJson({ format: 'soan-history', versions: [...versions, stored] }));
    return publicEntry(stored);
  }

  /** The article as it was at a version: every version file up to it, replayed. */
  async load(versionId: string): Promise<{ entry: VersionEntry; doc: Y.Doc }> {
    const versions = await this.readIndex();
    const at = versions.findIndex((v) => v.id === versionId);
    if (at < 0) throw new SoanError('version-not-found', { id: versionId });
    const doc = new Y.Doc();
    for (const version of versions.slice(0, at + 1)) {
      const bytes = await fs.readFile(path.join(this.folder, `${version.id}.yupd`));
      Y.applyUpdate(doc, inflateSync(bytes));
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
