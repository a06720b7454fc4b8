// The ways a disk, a crash or a sync tool leaves a file damaged (issue 15), each applied to a
// path in place. A link to nothing points into `outside`, so a write through it would show.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export type Damage = (file: string, outside: string) => Promise<void>;

async function current(file: string): Promise<Buffer> {
  return fs.readFile(file).catch(() => Buffer.from('{"pid":2147483,"host":"máy khác","token":"đã hỏng"}'));
}

/** Bytes that look random but are the same on every run. */
function noise(length: number): Uint8Array {
  let seed = 20_261_127;
  return Uint8Array.from({ length }, () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) >> 23);
}

async function replace(file: string, bytes: Uint8Array | string): Promise<void> {
  await fs.rm(file, { recursive: true, force: true });
  await fs.writeFile(file, bytes);
}

export const damages: Record<string, Damage> = {
  'a folder in its place': async (file) => {
    await fs.rm(file, { recursive: true, force: true });
    await fs.mkdir(file);
    await fs.writeFile(path.join(file, 'lạc-vào.txt'), 'a sync tool made this');
  },
  'a link to nothing': async (file, outside) => {
    await fs.rm(file, { recursive: true, force: true });
    await fs.symlink(path.join(outside, `${path.basename(file)}-không-còn`), file);
  },
  empty: (file) => replace(file, ''),
  'cut in half': async (file) => {
    const bytes = await current(file);
    await replace(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
  },
  'random bytes': async (file) => replace(file, noise(Math.max((await current(file)).length, 64))),
  'JSON of the wrong shape': (file) => replace(file, '{"format":"không phải của Soạn","files":[1,2],"versions":7,"profile":"?"}'),
  'NUL bytes': async (file) => replace(file, new Uint8Array(Math.max((await current(file)).length, 64))),
};
