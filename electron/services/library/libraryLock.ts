// One Soạn per library: `<library>/.soan/lock` names the process that has it open. Created
// with link() so the lock appears complete or not at all; a lock left by a dead process on
// this machine is taken over.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SoanError } from '../../contract/errors';
import { errnoOf } from '../fs/diskErrors';
import { quarantineFile } from '../fs/quarantine';
import type { ServiceContext } from '../serviceContext';

export const LOCK_FILE = 'lock';

interface LockContent {
  pid: number;
  host: string;
  token: string;
  createdAt: string;
  /** When this machine last started: after a crash and reboot, the pid may belong to another program. */
  bootedAt?: string;
}

/**
 * The machine's start time, to the minute (uptime is read at a slightly different moment each call).
 * From the system clock, as uptime is: it is compared across processes, never shown.
 */
function bootTime(): number {
  return Date.now() - os.uptime() * 1000;
}

const BOOT_TOLERANCE_MS = 2 * 60 * 1000;

function parseLock(text: string): LockContent | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockContent>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string') {
      return value as LockContent;
    }
  } catch {
    // fall through: unreadable lock
  }
  return undefined;
}

async function readLock(file: string): Promise<LockContent | undefined | 'missing'> {
  try {
    return parseLock(await fs.readFile(file, 'utf8'));
  } catch (error) {
    // A link to nothing or a folder in the lock's place is as unreadable as a garbled lock.
    if (errnoOf(error) === 'ENOENT') return (await isLink(file)) ? undefined : 'missing';
    if (errnoOf(error) === 'EISDIR') return undefined;
    throw error;
  }
}

async function isLink(file: string): Promise<boolean> {
  return fs.lstat(file).then((stat) => stat.isSymbolicLink(), () => false);
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM'; // exists, owned by someone else
  }
}

/** A lock is stale when its process is gone. Another machine's lock is never judged stale. */
function isStale(lock: LockContent | undefined): boolean {
  if (!lock) return true; // unreadable: link() never leaves a half-written lock, so it is junk
  if (lock.host !== os.hostname()) return false;
  if (lock.pid === process.pid) return false; // another library handle in this very process
  // Written before this machine last started: whatever now has that pid is not Soạn's holder.
  const lockBoot = lock.bootedAt ? Date.parse(lock.bootedAt) : NaN;
  if (Number.isFinite(lockBoot) && Math.abs(lockBoot - bootTime()) > BOOT_TOLERANCE_MS) return true;
  return !processIsAlive(lock.pid);
}

export class LibraryLock {
  private released = false;

  private constructor(
    readonly file: string,
    private readonly content: LockContent,
  ) {}

  /** Take the lock of the library whose `.soan` folder is given, or throw library-locked. */
  static async acquire(options: { soanFolder: string; libraryPath: string; context: ServiceContext }): Promise<LibraryLock> {
    const { soanFolder, libraryPath } = options;
    const file = path.join(soanFolder, LOCK_FILE);
    const content: LockContent = {
      pid: process.pid,
      host: os.hostname(),
      token: randomBytes(8).toString('hex'),
      createdAt: options.context.clock.iso(),
      bootedAt: new Date(bootTime()).toISOString(),
    };
    for (let attempt = 0; attempt < 5; attempt++) {
      if (await tryCreate(file, content)) return new LibraryLock(file, content);
      const existing = await readLock(file);
      if (existing === 'missing') continue; // released meanwhile: try again
      if (!isStale(existing)) {
        throw new SoanError('library-locked', {
          path: libraryPath,
          pid: existing?.pid ?? 0,
          host: existing?.host ?? '',
        });
      }
      await removeStaleLock(file, existing, options.context.clock.now());
    }
    throw new SoanError('library-locked', { path: libraryPath, pid: 0 });
  }

  get held(): boolean {
    return !this.released;
  }

  /** Put the lock back if the folder vanished and came back (e.g. a drive re-mounted). */
  async reassert(): Promise<void> {
    if (this.released) return;
    const existing = await readLock(this.file);
    if (existing === 'missing') {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      await tryCreate(this.file, this.content);
    }
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    try {
      const existing = await readLock(this.file);
      if (existing !== 'missing' && existing?.token === this.content.token) await fs.rm(this.file, { force: true });
    } catch {
      // The folder may be gone (unplugged drive): nothing left to release.
    }
  }
}

async function tryCreate(file: string, content: LockContent): Promise<boolean> {
  const staged = path.join(path.dirname(file), `.${LOCK_FILE}.${content.token}-${randomBytes(3).toString('hex')}.tmp`);
  await fs.writeFile(staged, JSON.stringify(content), { flag: 'wx' });
  try {
    await fs.link(staged, file);
    return true;
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return false;
    if (errnoOf(error) === 'EPERM' || errnoOf(error) === 'ENOTSUP') {
      // No hard links here: exclusive create is the next best thing.
      try {
        await fs.writeFile(file, JSON.stringify(content), { flag: 'wx' });
        return true;
      } catch (inner) {
        if (errnoOf(inner) === 'EEXIST') return false;
        throw inner;
      }
    }
    throw error;
  } finally {
    await fs.rm(staged, { force: true }).catch(() => {});
  }
}

/**
 * Two processes may both find the same stale lock. Each moves it aside under its own name
 * first (rename is atomic); whoever finds it moved a *live* lock instead puts it back.
 */
async function removeStaleLock(file: string, stale: LockContent | undefined, now: Date): Promise<void> {
  if (await fs.lstat(file).then((stat) => stat.isDirectory(), () => false)) {
    // A folder in the lock's place (a sync tool's doing) may hold someone's files: kept aside.
    await quarantineFile(file, now).catch((error) => {
      if (errnoOf(error) !== 'ENOENT') throw error; // another Soạn moved it first
    });
    return;
  }
  const aside = path.join(path.dirname(file), `.${LOCK_FILE}.stale-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.rename(file, aside);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return;
    throw error;
  }
  const moved = await readLock(aside);
  const sameLock = moved !== 'missing' && (moved?.token ?? '') === (stale?.token ?? '');
  if (!sameLock) await fs.link(aside, file).catch(() => {});
  await fs.rm(aside, { force: true });
}
