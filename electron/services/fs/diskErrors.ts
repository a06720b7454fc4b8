// Node's errno codes turned into the contract's errors, with the reason in plain words.
import { promises as fs } from 'node:fs';
import { SoanError } from '../../contract/errors';

export function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

const reasons: Record<string, string> = {
  ENOENT: 'a folder or file is missing',
  ENOTDIR: 'a folder is missing',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EIO: 'the disk reported an input/output error',
  EBUSY: 'the file is in use by another program',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'a file name is too long',
};

export function plainReason(error: unknown): string {
  const code = errnoOf(error);
  if (code && reasons[code]) return reasons[code];
  if (error instanceof SoanError) return error.code;
  return code ? `the system said ${code}` : 'an unexpected error';
}

export function isPermissionError(error: unknown): boolean {
  return ['EACCES', 'EPERM', 'EROFS'].includes(errnoOf(error) ?? '');
}

/** Whether anything stands at this path; a link counts as itself, never followed. */
export async function pathExists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

export async function folderExists(folder: string): Promise<boolean> {
  try {
    return (await fs.stat(folder)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Turn a failed write inside the library into the error the user should see: the whole
 * library gone (unplugged, deleted), read-only, or this one save failing for a reason.
 */
export async function libraryWriteError(
  error: unknown,
  libraryPath: string,
  article: string,
): Promise<SoanError> {
  if (error instanceof SoanError) return error;
  if (!(await folderExists(libraryPath))) {
    return new SoanError('library-unavailable', {
      path: libraryPath,
      reason: 'the library folder is missing',
    });
  }
  if (isPermissionError(error)) return new SoanError('library-read-only', { path: libraryPath });
  return new SoanError('save-failed', { article, reason: plainReason(error) });
}

/** The same for reads: the library folder missing or unreadable. */
export async function libraryReadError(error: unknown, libraryPath: string): Promise<SoanError> {
  if (error instanceof SoanError) return error;
  if (!(await folderExists(libraryPath))) {
    return new SoanError('library-unavailable', {
      path: libraryPath,
      reason: 'the library folder is missing',
    });
  }
  return new SoanError('library-unavailable', { path: libraryPath, reason: plainReason(error) });
}
