// npm run build:cli — bundles the `soan` command line into dist/cli/soan.cjs for installed
// use (where tsx, a devDependency, is absent). In a clone, electron/cli/soan.mjs runs the
// TypeScript sources directly, so this step is never needed there. Packages stay outside the
// bundle: an installed soan has its dependencies (sharp's native binary among them).
//
// Usage: node build/scripts/build-cli.mjs [--outdir <dir>]   (default dist/cli)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = path.resolve(root, values.outdir ?? 'dist/cli');

try {
  await build({
    absWorkingDir: root,
    entryPoints: ['electron/cli/soanCli.ts'],
    outfile: path.join(outdir, 'soan.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
} catch {
  process.exit(1); // esbuild has already said what went wrong
}
console.log(`built ${path.relative(root, outdir)}/soan.cjs`);
