// What the bench runs on, built first: the renderer (the app's own `vite build`), the bare
// TipTap + Yjs page (bench/bare) and the prebuilt `soan` CLI.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function buildForBench(repoRoot: string, options: { renderer: boolean }): Promise<void> {
  const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  if (options.renderer) await run(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: repoRoot });
  await run(process.execPath, [vite, 'build', '--config', 'bench/bare/vite.config.ts'], { cwd: repoRoot });
  await run(process.execPath, ['build/scripts/build-cli.mjs'], { cwd: repoRoot });
}
