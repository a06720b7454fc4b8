// The entries of a package's zip as its central directory lists them, checked before a byte
// is unpacked: plain files only (no links, folders or devices), plain relative names
// (no `..`, no absolute path, no backslash, no name twice), no encryption, no zip64, stored
// or deflated, and the same name in the local header as in the directory (two names for one
// entry is a way to show one tool a file and unpack another).
import { PackageRefused } from './packageRefused';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UNIX_HOST = 3;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;

export interface ZipEntry {
  name: string;
  method: 0 | 8;
  compressedSize: number;
  declaredSize: number;
  /** Where the entry's data starts in the zip. */
  dataStart: number;
}

function damaged(detail: string): PackageRefused {
  return new PackageRefused('damaged', detail);
}

function u16(b: Uint8Array, at: number): number {
  if (at < 0 || at + 2 > b.length) throw damaged('cut short');
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  if (at < 0 || at + 4 > b.length) throw damaged('cut short');
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

function endOfCentralDirectory(b: Uint8Array): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (u32(b, at) === EOCD) return at;
  }
  throw new PackageRefused('not-a-package', 'not a zip file');
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function nameAt(b: Uint8Array, at: number, length: number): string {
  if (at + length > b.length) throw damaged('cut short');
  try {
    return decoder.decode(b.subarray(at, at + length));
  } catch {
    throw new PackageRefused('unsafe-path', 'a name that is not UTF-8');
  }
}

/** A name that stays inside the folder it is unpacked into, whatever the system. */
export function isSafeEntryName(name: string): boolean {
  if (!name || name.length > 200 || name !== name.normalize('NFC')) return false;
  if (name.includes('\\') || name.includes('\0') || name.startsWith('/') || /^[A-Za-z]:/.test(name)) return false;
  return name.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** The entries of the zip, or PackageRefused saying why the archive is not acceptable. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  if (bytes.length < 22 || u32(bytes, 0) !== LOCAL) throw new PackageRefused('not-a-package', 'not a zip file');
  const eocd = endOfCentralDirectory(bytes);
  const count = u16(bytes, eocd + 10);
  if (count === 0xffff || u32(bytes, eocd + 16) === 0xffffffff) throw new PackageRefused('not-a-package', 'zip64 is not used by Soạn');
  if (count > maxEntries) throw new PackageRefused('too-large', `${count} entries`);
  let at = u32(bytes, eocd + 16);
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== CENTRAL) throw damaged('bad central directory');
    const madeBy = u16(bytes, at + 4);
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const declaredSize = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const external = u32(bytes, at + 38);
    const local = u32(bytes, at + 42);
    const name = nameAt(bytes, at + 46, nameLength);

    if (!isSafeEntryName(name)) throw new PackageRefused('unsafe-path', name.slice(0, 120));
    if (seen.has(name)) throw new PackageRefused('unsafe-path', `${name} appears twice`);
    seen.add(name);
    const mode = external >>> 16;
    const isUnixEntry = madeBy >>> 8 === UNIX_HOST;
    // A unix mode that is not a regular file (a link, a folder, a device), or a DOS folder bit.
    if ((isUnixEntry && mode !== 0 && (mode & S_IFMT) !== S_IFREG) || (external & 0x10) !== 0) {
      throw new PackageRefused('link', name);
    }
    if (flags & 0x1) throw new PackageRefused('not-a-package', `${name} is encrypted`);
    if (method !== 0 && method !== 8) throw new PackageRefused('not-a-package', `${name} uses compression method ${method}`);
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || local === 0xffffffff) {
      throw new PackageRefused('not-a-package', 'zip64 is not used by Soạn');
    }

    if (u32(bytes, local) !== LOCAL) throw damaged(`bad local header for ${name}`);
    const localName = nameAt(bytes, local + 30, u16(bytes, local + 26));
    if (localName !== name) throw new PackageRefused('unsafe-path', `${name} is called ${localName.slice(0, 120)} inside`);
    const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (dataStart + compressedSize > bytes.length) throw damaged(`${name} is cut short`);
    entries.push({ name, method: method as 0 | 8, compressedSize, declaredSize, dataStart });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
