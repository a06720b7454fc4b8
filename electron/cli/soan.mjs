#!/usr/bin/env node
// `soan` — the launcher. In a clone (after `npm ci`) it runs the TypeScript sources through
// tsx, so there is no build step to remember; where tsx is not installed (an installed copy)
// it runs the prebuilt dist/cli/soan.cjs (`npm run build:cli`). Either way the commands
// themselves are runSoan (runSoan.ts), which tests call in-process; this file only loads it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = path.join(here, 'soanCli.ts');
const built = path.resolve(here, '..', '..', 'dist', 'cli', 'soan.cjs');
const require = createRequire(import.meta.url);
// The bundle cannot find resources/ from its own location; tell the services where it is.
process.env.SOAN_RESOURCES_DIR ??= path.resolve(here, '..', '..', 'resources');

function tsxAvailable() {
  try {
    require.resolve('tsx/esm/api');
    return true;
  } catch {
    return false;
  }
}

if (existsSync(source) && tsxAvailable() && process.env.SOAN_CLI_PREBUILT !== '1') {
  const { tsImport } = await import('tsx/esm/api');
  const cli = await tsImport(pathToFileURL(source).href, import.meta.url);
  process.exitCode = await cli.main(process.argv.slice(2));
} else if (existsSync(built)) {
  process.exitCode = await require(built).main(process.argv.slice(2));
} else {
  process.stderr.write('soan: neither the sources with tsx nor dist/cli/soan.cjs were found; run `npm ci` or `npm run build:cli`.\n');
  process.exitCode = 70;
}
