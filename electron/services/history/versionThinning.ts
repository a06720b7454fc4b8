// Which versions a long day no longer needs one by one (issue 13: a project's size on disk).
// Writing makes an automatic version at most every ten minutes; past the last hour, one per
// clock hour is enough to go back to. Only unnamed automatic versions are ever thinned: a
// version someone named, a workflow move, an export, a restore, a merge or a correction is
// kept for good, and so is the version just before each of them.
import type { StoredEntry } from './versionIndex';

/** Automatic versions younger than this (before the newest version) are all kept. */
export const KEEP_EVERY_VERSION_MS = 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

const isPlainAutosave = (version: StoredEntry) => version.reason === 'autosave' && version.label === '' && !version.full && !version.lost;

/**
 * The positions of the versions to fold into the version after them: unnamed automatic
 * versions older than an hour, each followed by another unnamed automatic version of the same
 * clock hour (which then stands for both). Nothing is thinned while any version is lost.
 */
export function versionsToThin(versions: readonly StoredEntry[]): number[] {
  if (versions.length < 3 || versions.some((v) => v.lost)) return [];
  const newest = Date.parse(versions[versions.length - 1]!.at);
  const hourOf = (version: StoredEntry) => Math.floor(Date.parse(version.at) / HOUR_MS);
  const thin: number[] = [];
  for (let i = 0; i < versions.length - 1; i++) {
    const version = versions[i]!;
    const next = versions[i + 1]!;
    if (!isPlainAutosave(version) || !isPlainAutosave(next)) continue;
    if (!(newest - Date.parse(version.at) >= KEEP_EVERY_VERSION_MS)) continue; // recent, or a date that does not parse
    if (hourOf(next) === hourOf(version)) thin.push(i);
  }
  return thin;
}
