// The optional .zip of an article package, byte-identical for the same package: entries in
// name order, one fixed timestamp (the article's own updatedAt), fixed compression.
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';

export interface PackageFile {
  /** Path inside the package folder, `/`-separated: `index.html`, `images/…`. */
  path: string;
  bytes: Uint8Array;
}

const ALREADY_COMPRESSED = /\.(?:jpe?g|png|gif|webp|woff2|zip)$/i;

/**
 * fflate writes DOS times from a Date's *local* fields, so the Date is built from the UTC
 * fields of the timestamp: the same bytes on every machine, whatever its time zone.
 */
function zipTime(iso: string): Date {
  const t = new Date(iso);
  const year = Math.min(Math.max(t.getUTCFullYear(), 1980), 2107);
  return new Date(year, t.getUTCMonth(), t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds());
}

export function zipPackage(folderName: string, files: PackageFile[], timestamp: string): Uint8Array {
  const mtime = zipTime(timestamp);
  const entries: Zippable = {};
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    entries[`${folderName}/${file.path}`] = [file.bytes, { level: ALREADY_COMPRESSED.test(file.path) ? 0 : 6, mtime }];
  }
  return zipSync(entries, { mtime });
}
