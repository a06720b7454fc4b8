// history/index.json: an article's versions, in order. It is a cache of what the version files
// say about themselves: damaged or missing, it is rebuilt from them (and from its .bak). Every
// read also checks the files: a damaged one is moved aside, and it and the versions built on it
// are marked lost — the versions before it stay usable, and the user is told which are gone.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { z } from 'zod';
import type { Problem } from '../../contract/errors';
import { readArticle } from '../../contract/article/readArticle';
import { writeFileAtomic } from '../fs/atomicWrite';
import { errnoOf } from '../fs/diskErrors';
import { parseJsonWith } from '../fs/durableJsonAdapter';
import { quarantineFile } from '../fs/quarantine';
import { DamagedFile, readParsed, readWithBackup } from '../fs/recoveringRead';
import { VERSION_ID, VersionFacts, decodeVersionFile, encodeVersionFile } from './versionFile';
import type { VersionFileContent, VersionHeader } from './versionFile';
import type { ServiceContext } from '../serviceContext';

export const INDEX_FILE = 'index.json';
export const VERSION_EXT = '.yupd';

export const StoredEntry = VersionFacts.extend({
  /** Its file holds the whole document: replaying may start there. Absent: only the first does. */
  full: z.boolean().optional(),
  /** Its file, or one it builds on, was damaged or missing: listed, but it cannot be opened. */
  lost: z.boolean().optional(),
  /** Its file has a header (versionFile.ts). Older files get one on the first read. */
  described: z.boolean().optional(),
  /**
   * The last version's whole delete set (base64, versionDelta.ts), so the next stores only the
   * deletions made since. Kept on the last version only; absent, the next stores them all.
   */
  deletes: z.string().optional(),
  /** Its place in the history as its file's header says (read with the file on every check). */
  seq: z.number().int().nonnegative().optional(),
});
export type StoredEntry = z.infer<typeof StoredEntry>;
/** history/index.json, as written here and checked in a package. */
export const StoredIndex = z.object({ format: z.literal('soan-history'), versions: z.array(StoredEntry) });

export interface VersionIndexPlace {
  /** The project's history/ folder. */
  folder: string;
  /** The article's headline, to name it in messages. */
  article: string;
  /** How a file is named to the user (relative to the library). */
  describe: (file: string) => string;
  /** Dates the names damaged files are moved aside under; hears of an index not written. */
  context: ServiceContext;
}

type FileRead = { content: VersionFileContent } | { movedTo?: string };

export function versionFilePath(folder: string, id: string): string {
  return path.join(folder, `${id}${VERSION_EXT}`);
}

/**
 * One line, not indented: a cache read by the app alone, rewritten with its backup at every
 * version, and the indentation was 40 % of it (issue 13: a project's size on disk).
 */
export async function writeVersionIndex(folder: string, versions: StoredEntry[]): Promise<void> {
  const json = `${JSON.stringify({ format: 'soan-history', versions }).normalize('NFC')}\n`;
  // With its .bak: rebuilt from the version files' headers alone, the order is wrong after
  // versions were thinned (their `seq` is not rewritten).
  await writeFileAtomic(path.join(folder, INDEX_FILE), json, { keepBackup: true });
}

/** The versions, checked against their files; what went wrong is in `problems`, in plain words. */
export async function readVersionIndex(place: VersionIndexPlace): Promise<{ versions: StoredEntry[]; problems: Problem[] }> {
  const indexFile = path.join(place.folder, INDEX_FILE);
  const index = await readWithBackup(indexFile, parseJsonWith(StoredIndex), place.context.clock);
  const listed = index.status === 'ok' || index.status === 'recovered' ? index.value.versions : [];
  const onDisk = await versionIdsIn(place.folder);
  const reads = new Map<string, FileRead>();
  const now = () => place.context.clock.now();
  for (const entry of listed) if (!entry.lost) reads.set(entry.id, await readVersionFile(place.folder, entry.id, now));
  const unlisted = await describeUnlisted(place.folder, onDisk.filter((id) => !listed.some((e) => e.id === id)), reads, now);
  const walk = await checkChain(place.folder, [...listed, ...unlisted], reads, now);

  const problems: Problem[] = [];
  const usable = walk.versions.filter((v) => !v.lost).length;
  if (index.status === 'damaged' || index.status === 'recovered') {
    problems.push({
      code: 'history-rebuilt',
      params: { article: place.article, file: place.describe(indexFile), movedTo: place.describe(index.movedTo), versions: usable },
    });
  }
  if (walk.firstLoss) {
    problems.push({
      code: 'history-versions-lost',
      params: {
        article: place.article,
        file: place.describe(walk.firstLoss.file),
        at: walk.firstLoss.at,
        lost: walk.versions.length - usable,
        kept: usable,
      },
    });
  }
  const changed = index.status !== 'ok' || unlisted.length > 0 || walk.changed;
  if (changed && walk.versions.length > 0) {
    // A read must not fail because the index cannot be written (read-only disk): next time.
    await writeVersionIndex(place.folder, walk.versions).catch((error) => place.context.log.problem('history index not written', error));
  }
  return { versions: walk.versions, problems };
}

async function versionIdsIn(folder: string): Promise<string[]> {
  try {
    const names = await fs.readdir(folder);
    return names.filter((n) => n.endsWith(VERSION_EXT) && VERSION_ID.test(n.slice(0, -VERSION_EXT.length))).map((n) => n.slice(0, -VERSION_EXT.length));
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return [];
    throw error;
  }
}

/** A version's file, decoded; or where the damaged file went; or nothing (missing). */
async function readVersionFile(folder: string, id: string, now: () => Date): Promise<FileRead> {
  const file = versionFilePath(folder, id);
  try {
    const content = await readParsed(file, decodeVersionFile);
    return content ? { content } : {};
  } catch (error) {
    if (!(error instanceof DamagedFile)) throw error;
    return { movedTo: await quarantineFile(file, now()) };
  }
}

/**
 * Versions whose files are there but not in the index (it was damaged, or its .bak is one
 * version behind): what their headers say, in their order. Files without a header come first
 * (they were written before any that have one), dated by their id; a damaged one is skipped.
 */
async function describeUnlisted(folder: string, ids: string[], reads: Map<string, FileRead>, now: () => Date): Promise<StoredEntry[]> {
  const described: Array<{ seq: number; entry: StoredEntry }> = [];
  const bare: StoredEntry[] = [];
  for (const id of ids) {
    const read = await readVersionFile(folder, id, now);
    if (!('content' in read)) continue;
    reads.set(id, read);
    const header = read.content.header;
    if (header) {
      const { seq, previous: _previous, ...facts } = header;
      described.push({ seq, entry: { ...facts, id, described: true } });
    } else {
      bare.push({ id, at: timeOfId(id), author: { name: '', role: 'reporter' }, label: '', reason: 'autosave', wordCount: 0, status: 'draft', stateVector: '' });
    }
  }
  // Two versions of one millisecond (a restore keeps one before and one after): the one whose
  // changes start later in the document's history comes second.
  const start = (id: string) => {
    try {
      const read = reads.get(id) as { content: VersionFileContent };
      return [...Y.parseUpdateMeta(read.content.update).from.values()].reduce((sum, clock) => sum + clock, 0);
    } catch {
      return 0; // not a readable update: replaying it will tell
    }
  };
  bare.sort((a, b) => a.at.localeCompare(b.at) || start(a.id) - start(b.id));
  return [...bare, ...described.sort((a, b) => a.seq - b.seq).map((d) => d.entry)];
}

/** Ids begin with the time of the version in base 36 (versionStore.ts). */
function timeOfId(id: string): string {
  const ms = parseInt(id.slice(0, 8), 36);
  return new Date(Number.isFinite(ms) && ms > 0 && ms < 8.64e15 ? ms : 0).toISOString();
}

interface ChainWalk {
  versions: StoredEntry[];
  /** The first version found lost on this read (its file damaged or missing). */
  firstLoss?: { file: string; at: string };
  changed: boolean;
}

/**
 * Follow the versions in order. A version whose file is damaged or missing is lost, and so is
 * every later one that only holds changes on top of it, up to the next one holding the whole
 * document. Files without a header are replayed and checked against the state vector the
 * index recorded, then given a header, so the next damaged index can be rebuilt from them.
 */
async function checkChain(folder: string, entries: StoredEntry[], reads: Map<string, FileRead>, now: () => Date): Promise<ChainWalk> {
  const replay = entries.some((e) => {
    const read = reads.get(e.id);
    return read !== undefined && 'content' in read && !read.content.header;
  });
  let doc = replay ? new Y.Doc() : undefined;
  let broken = false;
  let changed = false;
  let firstLoss: ChainWalk['firstLoss'];
  const versions: StoredEntry[] = [];
  const replayable = new Set<string>(); // ids replayed so far since the last break
  const lose = (entry: StoredEntry) => {
    firstLoss ??= { file: versionFilePath(folder, entry.id), at: entry.at };
    versions.push({ ...entry, lost: true });
    broken = true;
    changed = true;
  };
  for (const [seq, entry] of entries.entries()) {
    const previous = versions[seq - 1]?.id ?? '';
    if (entry.lost) {
      versions.push(entry);
      broken = true;
      continue;
    }
    const read = reads.get(entry.id);
    if (!read || !('content' in read)) {
      lose(entry); // damaged (and moved aside by readVersionFile) or missing
      continue;
    }
    const { header, update } = read.content;
    const full = header?.full ?? entry.full ?? seq === 0;
    // A thinned history (versionThinning.ts) rewrites a version to follow an earlier one before
    // the index drops the versions between; replaying those too changes nothing.
    const follows = !header || header.previous === previous || (header.previous !== '' && replayable.has(header.previous));
    if (!full && (broken || !follows)) {
      lose(entry); // its file is fine, but what it builds on is gone
      continue;
    }
    if (full) {
      broken = false;
      replayable.clear();
      if (doc) {
        doc.destroy();
        doc = new Y.Doc();
      }
    }
    const checked = doc ? replayed(doc, entry, update, !header) : entry;
    if (!checked) {
      await quarantineFile(versionFilePath(folder, entry.id), now());
      lose(entry);
      continue;
    }
    const stored: StoredEntry = { ...checked, full, described: true, seq: header?.seq ?? seq };
    replayable.add(entry.id);
    if (!header) {
      const upgrade: VersionHeader = { ...factsOf(stored), seq, previous, full };
      await writeFileAtomic(versionFilePath(folder, entry.id), encodeVersionFile(upgrade, update)).catch(() => (stored.described = false));
    }
    if (stored.described !== entry.described || stored.full !== entry.full) changed = true;
    versions.push(stored);
  }
  doc?.destroy();
  return { versions, firstLoss, changed };
}

function factsOf(entry: StoredEntry): VersionFacts {
  const { full: _full, lost: _lost, described: _described, deletes: _deletes, seq: _seq, ...facts } = entry;
  return facts;
}

/**
 * Apply one version to the replayed document. A file without a header has no checksum: it is
 * good when the document's state vector then matches the one recorded for it (or, when nothing
 * was recorded, the one it yields is recorded, with its word count and state).
 */
function replayed(doc: Y.Doc, entry: StoredEntry, update: Uint8Array, verify: boolean): StoredEntry | undefined {
  try {
    Y.applyUpdate(doc, update);
  } catch {
    return undefined;
  }
  const vector = Buffer.from(Y.encodeStateVector(doc)).toString('base64');
  if (!verify) return entry;
  if (entry.stateVector === '') {
    const article = readArticle(doc);
    return { ...entry, stateVector: vector, wordCount: article.counts.words, status: article.meta.status };
  }
  return sameVector(entry.stateVector, vector) ? entry : undefined;
}

function sameVector(a: string, b: string): boolean {
  const left = Y.decodeStateVector(Buffer.from(a, 'base64'));
  const right = Y.decodeStateVector(Buffer.from(b, 'base64'));
  return left.size === right.size && [...left].every(([client, clock]) => right.get(client) === clock);
}
