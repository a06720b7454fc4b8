// Read a file that has a `.bak` beside it. A damaged file is moved aside (never overwritten),
// then the backup is tried. The caller decides what to tell the user from the outcome.
import { promises as fs } from 'node:fs';
import { backupPathOf } from './atomicWrite';
import { errnoOf } from './diskErrors';
import { quarantineFile } from './quarantine';
import type { Clock } from '../serviceContext';

/** Parses the bytes or throws: any throw means "damaged". */
export type Parser<T> = (bytes: Buffer) => T;

export type RecoveringReadOutcome<T> =
  | { status: 'ok'; value: T }
  | { status: 'missing' }
  | { status: 'recovered'; value: T; movedTo: string; source: string }
  | { status: 'damaged'; movedTo: string };

/**
 * Reads and parses; undefined when the file does not exist, throws DamagedFile when it does not
 * parse — or when something else stands in its place: a folder, a link to nothing, a device.
 */
export async function readParsed<T>(file: string, parse: Parser<T>): Promise<T | undefined> {
  let bytes: Buffer;
  try {
    const kind = await fs.stat(file);
    // Checked before reading: a pipe or device in the file's place would never end.
    if (!kind.isFile()) throw new DamagedFile(file, new Error(kind.isDirectory() ? 'a folder in its place' : 'not a plain file'));
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof DamagedFile) throw error;
    if (errnoOf(error) === 'ENOENT') {
      if (await isLink(file)) throw new DamagedFile(file, new Error('a link to a file that is not there'));
      return undefined;
    }
    if (errnoOf(error) === 'ELOOP') throw new DamagedFile(file, new Error('a link that leads in a circle'));
    throw error; // unreadable is not damaged: the disk or permissions are the problem
  }
  try {
    return parse(bytes);
  } catch (error) {
    throw new DamagedFile(file, error);
  }
}

export class DamagedFile extends Error {
  constructor(
    readonly file: string,
    readonly reason: unknown,
  ) {
    super(`damaged file ${file}: ${String((reason as Error)?.message ?? reason)}`);
    this.name = 'DamagedFile';
  }
}

async function isLink(file: string): Promise<boolean> {
  try {
    return (await fs.lstat(file)).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Like readParsed, but a damaged file is quarantined and reported as undefined. */
export async function readOrQuarantine<T>(
  file: string,
  parse: Parser<T>,
  clock: Clock,
): Promise<{ value?: T; movedTo?: string }> {
  try {
    return { value: await readParsed(file, parse) };
  } catch (error) {
    if (!(error instanceof DamagedFile)) throw error;
    return { movedTo: await quarantineFile(file, clock.now()) };
  }
}

export async function readWithBackup<T>(
  file: string,
  parse: Parser<T>,
  clock: Clock,
): Promise<RecoveringReadOutcome<T>> {
  const main = await readOrQuarantine(file, parse, clock);
  if (main.value !== undefined) return { status: 'ok', value: main.value };
  if (main.movedTo === undefined) return { status: 'missing' };
  const backupFile = backupPathOf(file);
  // A damaged backup is moved aside too, so a later write cannot overwrite it either.
  const backup = await readOrQuarantine(backupFile, parse, clock);
  if (backup.value !== undefined) {
    return { status: 'recovered', value: backup.value, movedTo: main.movedTo, source: backupFile };
  }
  return { status: 'damaged', movedTo: main.movedTo };
}

/** Text as stored by Soạn: UTF-8 without NUL bytes (a file of zeros is a classic crash leftover). */
export function decodeText(bytes: Buffer): string {
  if (bytes.includes(0)) throw new Error('contains NUL bytes');
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
