// npm run harness — try Soạn in a browser, without Electron:
//   npm run build:renderer && npm run harness [-- --library <dir>] [--user-data <dir>] [--port <n>]
// Serves the renderer build on 127.0.0.1 with the real backend on a real library (by default
// ~/.soan-harness/, kept between runs) and prints the address to open. Ctrl-C stops it
// after every open article has been saved.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startHarness } from './harnessServer';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RENDERER_DIR = path.join(REPO_ROOT, 'dist', 'renderer');

function usageError(message: string): never {
  console.error(`${message}\nUsage: npm run harness -- [--library <dir>] [--user-data <dir>] [--port <n>]`);
  process.exit(2);
}

let values: { library?: string; 'user-data'?: string; port?: string };
try {
  ({ values } = parseArgs({
    options: {
      library: { type: 'string' },
      'user-data': { type: 'string' },
      port: { type: 'string' },
    },
  }));
} catch (error) {
  usageError(error instanceof Error ? error.message : String(error));
}

if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
  console.error(`There is no renderer build in ${RENDERER_DIR}. Run \`npm run build:renderer\` first.`);
  process.exit(1);
}

const home = path.join(os.homedir(), '.soan-harness');
const userDataDir = path.resolve(values['user-data'] ?? path.join(home, 'user-data'));
const defaultLibraryPath = path.resolve(values.library ?? path.join(home, 'Soan'));
const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) usageError(`Not a port: ${values.port}`);
fs.mkdirSync(userDataDir, { recursive: true });

const harness = await startHarness({ userDataDir, defaultLibraryPath, port, rendererDir: RENDERER_DIR });
console.log(`Soạn (browser harness) is running on this computer only.
  Open:      ${harness.url}
  Library:   ${defaultLibraryPath} (unless changed in settings)
  User data: ${userDataDir}
The link carries a secret token; anyone with it can use this library. Ctrl-C stops.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nSaving and closing…');
    harness.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Closing the backend failed:', error);
        process.exit(1);
      },
    );
  });
}
