import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Problem } from '../../../electron/contract/errors';
import { removeLeftoverTempFiles, syncFolder, writeFileAtomic } from '../../../electron/services/fs/atomicWrite';
import { DurableJsonAdapter } from '../../../electron/services/fs/durableJsonAdapter';
import { quarantineFile, quarantineStamp } from '../../../electron/services/fs/quarantine';
import { systemClock } from '../../../electron/services/serviceContext';
import { corruptions, filesIn, tempFolder } from './support';

describe('writeFileAtomic', () => {
  it('writes the file and leaves no temp files behind', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'a.json');
    await writeFileAtomic(file, 'één');
    expect(await fs.readFile(file, 'utf8')).toBe('één');
    expect(await filesIn(dir)).toEqual(['a.json']);
  });

  it('keeps the previous version as .bak when asked', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'a.json');
    await writeFileAtomic(file, 'v1', { keepBackup: true });
    expect(await filesIn(dir)).toEqual(['a.json']); // nothing to back up on the first write
    await writeFileAtomic(file, 'v2', { keepBackup: true });
    await writeFileAtomic(file, new TextEncoder().encode('v3'), { keepBackup: true });
    expect(await fs.readFile(file, 'utf8')).toBe('v3');
    expect(await fs.readFile(`${file}.bak`, 'utf8')).toBe('v2');
    expect(await filesIn(dir)).toEqual(['a.json', 'a.json.bak']);
  });

  it('the backup is a copy, not the same file: later writes do not change it', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'a');
    await writeFileAtomic(file, 'one', { keepBackup: true });
    await writeFileAtomic(file, 'two', { keepBackup: true });
    await fs.appendFile(file, '!'); // an in-place change to the target must not reach the .bak
    expect(await fs.readFile(`${file}.bak`, 'utf8')).toBe('one');
  });

  it('fails cleanly when the folder is gone, leaving nothing half-written', async () => {
    const dir = await tempFolder();
    await expect(writeFileAtomic(path.join(dir, 'missing', 'a'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await filesIn(dir)).toEqual([]);
  });

  it('never shows a reader a partial file while many writes race', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'race.json');
    const big = (n: number) => JSON.stringify({ n, pad: 'x'.repeat(200_000) });
    await writeFileAtomic(file, big(0));
    const writes = Array.from({ length: 20 }, (_, i) => writeFileAtomic(file, big(i + 1), { keepBackup: true }));
    let reads = 0;
    const reader = (async () => {
      while (reads < 200) {
        const text = await fs.readFile(file, 'utf8');
        expect(() => JSON.parse(text)).not.toThrow();
        reads++;
      }
    })();
    await Promise.all([...writes, reader]);
    expect((await filesIn(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('syncFolder works on a folder, and leftover temp files can be cleared', async () => {
    const dir = await tempFolder();
    await syncFolder(dir);
    await fs.writeFile(path.join(dir, '.article.ydoc.new-1-abcd.tmp'), 'half');
    await fs.writeFile(path.join(dir, 'keep.txt'), 'x');
    await removeLeftoverTempFiles(dir);
    expect(await filesIn(dir)).toEqual(['keep.txt']);
  });
});

describe('quarantineFile', () => {
  it('renames with a Windows-safe time stamp and never overwrites an earlier quarantine', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'library.json');
    const when = new Date('2026-11-27T22:41:21.456Z');
    expect(quarantineStamp(when)).toBe('2026-11-27T22-41-21Z');
    await fs.writeFile(file, 'bad 1');
    const first = await quarantineFile(file, when);
    await fs.writeFile(file, 'bad 2');
    const second = await quarantineFile(file, when);
    expect(path.basename(first)).toBe('library.json.corrupt-2026-11-27T22-41-21Z');
    expect(path.basename(second)).toBe('library.json.corrupt-2026-11-27T22-41-21Z-2');
    expect(await fs.readFile(first, 'utf8')).toBe('bad 1');
    expect(await fs.readFile(second, 'utf8')).toBe('bad 2');
    expect(path.basename(first)).not.toContain(':');
  });
});

describe('DurableJsonAdapter', () => {
  const schema = z.object({ version: z.literal(1), items: z.array(z.string()) });
  type Data = z.infer<typeof schema>;

  async function setUp() {
    const dir = await tempFolder();
    const file = path.join(dir, 'data.json');
    const problems: Problem[] = [];
    const adapter = new DurableJsonAdapter<Data>({
      file,
      schema,
      describe: (f) => path.basename(f),
      onProblem: (p) => problems.push(p),
      clock: systemClock,
    });
    return { dir, file, problems, adapter };
  }

  it('reads nothing when the file does not exist, then round-trips pretty NFC JSON', async () => {
    const { file, adapter, problems } = await setUp();
    expect(await adapter.read()).toBeNull();
    await adapter.write({ version: 1, items: ['Hà Tĩnh'.normalize('NFD')] });
    const text = await fs.readFile(file, 'utf8');
    expect(text).toContain('\n  "items"');
    expect(text).toContain('Hà Tĩnh'.normalize('NFC'));
    expect(await adapter.read()).toEqual({ version: 1, items: ['Hà Tĩnh'] });
    expect(problems).toEqual([]);
  });

  const good = JSON.stringify({ version: 1, items: ['a', 'b', 'c', 'd'] }, null, 2);
  for (const [kind, bytes] of Object.entries({
    ...corruptions(good),
    'valid JSON of the wrong shape': new TextEncoder().encode('{"version":1,"items":"nope"}'),
  })) {
    it(`a file that is ${kind} is moved aside and the .bak is used`, async () => {
      const { dir, file, adapter, problems } = await setUp();
      await adapter.write({ version: 1, items: ['old'] });
      await adapter.write({ version: 1, items: ['new'] }); // .bak now holds "old"
      await fs.writeFile(file, bytes);
      expect(await adapter.read()).toEqual({ version: 1, items: ['old'] });
      const names = await filesIn(dir);
      const moved = names.find((n) => n.startsWith('data.json.corrupt-'))!;
      expect(moved).toBeDefined();
      expect(new Uint8Array(await fs.readFile(path.join(dir, moved)))).toEqual(bytes); // kept as found
      expect(names).not.toContain('data.json');
      expect(problems).toEqual([
        { code: 'file-recovered', params: { file: 'data.json', movedTo: moved, source: 'data.json.bak' } },
      ]);
    });

    it(`a file that is ${kind} without a backup is moved aside and defaults apply`, async () => {
      const { dir, file, adapter, problems } = await setUp();
      await fs.writeFile(file, bytes);
      expect(await adapter.read()).toBeNull();
      const moved = (await filesIn(dir)).find((n) => n.startsWith('data.json.corrupt-'))!;
      expect(problems).toEqual([{ code: 'file-damaged-moved', params: { file: 'data.json', movedTo: moved } }]);
      // The next write creates a fresh file and never touches the quarantined one.
      await adapter.write({ version: 1, items: [] });
      expect(new Uint8Array(await fs.readFile(path.join(dir, moved)))).toEqual(bytes);
    });
  }

  it('a damaged backup is moved aside too, so it cannot be mistaken for a good one later', async () => {
    const { dir, file, adapter, problems } = await setUp();
    await fs.writeFile(file, '{');
    await fs.writeFile(`${file}.bak`, '');
    expect(await adapter.read()).toBeNull();
    const names = await filesIn(dir);
    expect(names.filter((n) => n.includes('.corrupt-'))).toHaveLength(2);
    expect(names).not.toContain('data.json.bak');
    expect(problems[0].code).toBe('file-damaged-moved');
  });
});
