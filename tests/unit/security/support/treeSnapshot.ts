// A folder tree as text (path, kind, size, content hash), to prove that nothing outside an
// article's folder was created, changed or removed.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export async function treeSnapshot(root: string, skip: (relative: string) => boolean = () => false): Promise<string[]> {
  const lines: string[] = [];
  const walk = async (dir: string) => {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(root, full);
      if (skip(rel)) continue;
      if (entry.isSymbolicLink()) lines.push(`${rel} -> ${await fs.readlink(full)}`);
      else if (entry.isDirectory()) {
        lines.push(`${rel}/`);
        await walk(full);
      } else {
        const bytes = await fs.readFile(full);
        lines.push(`${rel} ${bytes.length} ${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`);
      }
    }
  };
  await walk(root);
  return lines;
}

/** Caches the backend rebuilds on its own schedule (not data; written whether or not a call came). */
export const isRebuildableCache = (relative: string): boolean => /(?:^|[\\/])\.soan[\\/]search-index\.json$/.test(relative);
