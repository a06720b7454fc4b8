// Search over the 5,000-article library outside the app: `soan search` as a desk's script
// runs it (a whole process: start, open the library and its saved index, query, print), and
// the library:search call itself inside one open library (what each query costs).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCliLibrary } from '../../electron/cli/cliLibrary';
import { median } from '../stats';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Wall time of `soan search "<query>" --library <dir> --json` (the prebuilt CLI), per query. */
export async function measureSoanSearchCommand(libraryPath: string, queries: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        [path.join(REPO_ROOT, 'electron/cli/soan.mjs'), 'search', query, '--library', libraryPath, '--json'],
        { env: { ...process.env, SOAN_CLI_PREBUILT: '1' }, maxBuffer: 64 * 1024 * 1024 },
        (error, out, err) => (error ? reject(new Error(`soan search failed: ${err || error.message}`)) : resolve(out)),
      );
    });
    times.push(performance.now() - started);
    if (!Array.isArray(JSON.parse(stdout))) throw new Error('soan search --json did not print a list');
  }
  return times;
}

/** Wall time of a Node process that does nothing (`node -e ""`): the floor under any `soan` command. */
export async function measureNodeStart(times: number): Promise<number[]> {
  const result: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await new Promise<void>((resolve, reject) => execFile(process.execPath, ['-e', ''], (error) => (error ? reject(error) : resolve())));
    result.push(performance.now() - started);
  }
  return result;
}

/** library:search inside an open library: per query, the median of `repeats` calls after a warm-up. */
export async function measureLibrarySearchCall(libraryPath: string, queries: string[], repeats: number): Promise<number[]> {
  const library = await openCliLibrary(libraryPath);
  try {
    await library.call('library:list', {}); // opens the library and its index before timing
    const times: number[] = [];
    for (const query of queries) {
      await library.call('library:search', { query, limit: 30 });
      const calls: number[] = [];
      for (let i = 0; i < repeats; i++) {
        const started = performance.now();
        await library.call('library:search', { query, limit: 30 });
        calls.push(performance.now() - started);
      }
      times.push(median(calls));
    }
    return times;
  } finally {
    await library.close();
  }
}
