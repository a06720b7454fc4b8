// Packages the system hands Soạn: a `.soan` file double-clicked (the file association in
// build/electron-builder.yml) or given on the command line. Main reads the file and passes
// its name and bytes — never its path — to the window, which opens it as if it had been
// dropped there (package:open, validated like any other call). Plain Node: tested without
// Electron; main.ts does the wiring.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { limits } from '../contract/ipc/schemas';
import { PACKAGE_EXTENSION } from '../contract/packages';

export interface PackageFile {
  fileName: string;
  bytes: Uint8Array;
}

/** The arguments that name a package: what the system passes for a double-clicked file. */
export function packagePathsIn(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(PACKAGE_EXTENSION));
}

/** The file's name and bytes, or null for anything that is not a readable file within the size limit. */
export async function readPackageFile(file: string): Promise<PackageFile | null> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile() || stat.size > limits.packageBytes) return null;
    return { fileName: path.basename(file).normalize('NFC'), bytes: new Uint8Array(await fs.readFile(file)) };
  } catch {
    return null;
  }
}

/**
 * Collects paths until the window can take them, then hands each file over once.
 * `deliver` sends to the window; it is set once the window has loaded.
 */
export class PackageFileQueue {
  private waiting: string[] = [];
  private deliver: ((file: PackageFile) => void) | null = null;
  // One flush at a time, so files are handed over in the order the system gave them.
  private flushing: Promise<void> = Promise.resolve();

  add(paths: readonly string[]): void {
    this.waiting.push(...paths);
    this.scheduleFlush();
  }

  ready(deliver: (file: PackageFile) => void): void {
    this.deliver = deliver;
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    this.flushing = this.flushing.then(() => this.flush()).catch(() => undefined);
  }

  private async flush(): Promise<void> {
    if (!this.deliver) return;
    const deliver = this.deliver;
    for (const file of this.waiting.splice(0)) {
      const read = await readPackageFile(file);
      if (read) deliver(read);
    }
  }
}
