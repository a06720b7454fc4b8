// A file that fails to parse is never overwritten: it is moved aside under a name that says
// when, so the user (or support) can still look at it.
import { promises as fs } from 'node:fs';
import { pathExists } from './diskErrors';

/** 2026-11-27T22:41:21.123Z → 2026-11-27T22-41-21Z (no colons: Windows-safe). */
export function quarantineStamp(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
}


/** Rename `file` to `<file>.corrupt-<time>` (with a counter if taken) and return the new path. */
export async function quarantineFile(file: string, now: Date): Promise<string> {
  const base = `${file}.corrupt-${quarantineStamp(now)}`;
  let target = base;
  for (let n = 2; await pathExists(target); n++) target = `${base}-${n}`;
  await fs.rename(file, target);
  return target;
}

/**
 * The text of a copy set aside as damaged, to salvage what is still legible in it; undefined
 * when it is not a plain file (a link or a folder planted in its place) or cannot be read.
 */
export async function readSetAsideText(file: string): Promise<string | undefined> {
  try {
    if (!(await fs.lstat(file)).isFile()) return undefined;
    return new TextDecoder('utf-8').decode(await fs.readFile(file));
  } catch {
    return undefined;
  }
}
