// npm run build:electron — bundles the main process and the preload into dist/electron/.
//
// main.cjs carries the whole backend (services, zod, Yjs, lowdb…) so the packaged app needs
// no node_modules; only 'electron' itself stays external. preload.cjs runs in a sandboxed
// renderer, where `require` knows nothing but 'electron': it is bundled for the browser
// platform, so an accidental Node import fails here instead of at runtime.
//
// Usage: node build/scripts/build-electron.mjs [--outdir <dir>]   (default dist/electron)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = path.resolve(root, values.outdir ?? 'dist/electron');

// Modules that packages only try to load (linkedom: an optional canvas; sharp: libvips headers
// for building from source; ws: its optional native speed-ups). They are absent on purpose:
// resolve them to nothing.
const optionalAbsent = {
  name: 'optional-absent',
  setup(build) {
    build.onResolve({ filter: /^(canvas|bufferutil|utf-8-validate|@img\/sharp-libvips-dev\/.*)$/ }, (args) => ({ path: args.path, namespace: 'optional-absent' }));
    build.onLoad({ filter: /.*/, namespace: 'optional-absent' }, () => ({
      contents: 'throw new Error("not bundled")',
      loader: 'js',
    }));
  },
};

// Electron 45 runs Node 22 in main and a current Chromium in the renderer.
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  // sharp loads its platform's native binary by a computed path: it ships as a real package
  // (see build/electron-builder.yml) and is required at run time.
  external: ['electron', 'sharp'],
  sourcemap: true,
  logLevel: 'warning',
  // One copy of packages that ship both ESM and CJS builds (Yjs warns about duplicates).
  mainFields: ['module', 'main'],
  plugins: [optionalAbsent],
};

const builds = Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: path.join(outdir, 'main.cjs'),
    platform: 'node',
    target: 'node22',
  }),
  // The language-check worker thread, loaded by services/checks/checkWorkerPool.ts from
  // beside main.cjs.
  build({
    ...common,
    entryPoints: ['electron/services/checks/checkWorker.ts'],
    outfile: path.join(outdir, 'checkWorker.cjs'),
    platform: 'node',
    target: 'node22',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: path.join(outdir, 'preload.cjs'),
    platform: 'browser',
    target: 'chrome130',
  }),
]);

try {
  await builds;
} catch {
  // esbuild has already printed what went wrong, with file and line.
  process.exit(1);
}
console.log(`built ${path.relative(root, outdir)}/main.cjs, checkWorker.cjs and preload.cjs`);
