// Atomic, durable file replacement: the target is always either the old complete file or
// the new complete file, never a mix, never missing — even if the process is killed or the
// machine loses power mid-write.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface AtomicWriteOptions {
  /** Keep the previous version beside the target as `<file>.bak`. */
  keepBackup?: boolean;
}

export function backupPathOf(file: string): string {
  return `${file}.bak`;
}

/** Temp names start with a dot and end in `.tmp`, so scans and clean-ups can recognise them. */
export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

function tempSibling(file: string, purpose: string): string {
  const name = `.${path.basename(file)}.${purpose}-${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  return path.join(path.dirname(file), name);
}

export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temp = tempSibling(file, 'new');
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (options.keepBackup) await keepPreviousVersion(file);
    await fs.rename(temp, file);
  } catch (error) {
    await handle?.close().catch(() => {});
    await fs.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  await syncFolder(path.dirname(file));
}

/**
 * Copy the current target to `<file>.bak` without the target ever disappearing: hard-link it
 * under a temp name, then rename that over the old backup.
 */
async function keepPreviousVersion(file: string): Promise<void> {
  const staged = tempSibling(file, 'bak');
  try {
    await fs.link(file, staged);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // first write: nothing to keep
    // File systems without hard links (FAT, some network shares): fall back to a copy.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV' || code === 'EOPNOTSUPP') {
      await fs.copyFile(file, staged);
    } else {
      throw error;
    }
  }
  try {
    await fs.rename(staged, backupPathOf(file));
  } finally {
    // rename() between two links of one file does nothing (POSIX): drop the staged name.
    await fs.rm(staged, { force: true }).catch(() => {});
  }
}

/** Make a rename durable by syncing its folder. Windows cannot open folders for fsync. */
export async function syncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!['EPERM', 'EISDIR', 'EINVAL', 'EACCES', 'ENOTSUP', 'EBADF'].includes(code ?? '')) {
      throw error;
    }
  } finally {
    await handle?.close().catch(() => {});
  }
}

/**
 * Remove temp files a killed writer left behind. Only safe where no one else writes: a
 * project folder or `.soan` while holding the library lock. `keep` spares names in use by
 * others (another Soạn's lock attempt).
 */
export async function removeLeftoverTempFiles(folder: string, keep: (name: string) => boolean = () => false): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return;
  }
  const leftovers = names.filter((name) => isTempFileName(name) && !keep(name));
  await Promise.all(leftovers.map((name) => fs.rm(path.join(folder, name), { force: true }).catch(() => {})));
}
