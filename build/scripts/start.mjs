// npm start — runs Soạn from this folder:
//   1. fetches the Electron binary on first run (npm's install scripts are off in .npmrc,
//      so `npm ci` never downloads it; this does, once, from GitHub),
//   2. builds the renderer and the Electron shell (npm run build),
//   3. launches Electron on this folder (package.json "main": dist/electron/main.cjs).
// Extra arguments are passed to Electron. Set SOAN_DEV=1 for developer tools.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const electronPackage = path.join(root, 'node_modules', 'electron');

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function hasElectronBinary() {
  const pathFile = path.join(electronPackage, 'path.txt');
  if (!fs.existsSync(pathFile)) return false;
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  return fs.existsSync(path.join(electronPackage, 'dist', relative));
}

if (!fs.existsSync(electronPackage)) fail('Electron is not installed. Run `npm install` (or `npm ci`) first.');

if (!hasElectronBinary()) {
  console.log('Downloading Electron (first start only)…');
  const install = spawnSync(process.execPath, [path.join(electronPackage, 'install.js')], {
    cwd: electronPackage,
    stdio: 'inherit',
  });
  if (install.status !== 0 || !hasElectronBinary()) {
    fail(
      'Could not download Electron. Soạn needs it once, from github.com, to run as a desktop app.\n' +
        'Check the internet connection (or proxy) and run `npm start` again.\n' +
        'Without Electron you can still try Soạn in a browser: npm run build:renderer && npm run harness',
    );
  }
}

// Run npm the way we were run (npm_execpath), so it works the same on Windows.
const npm = process.env.npm_execpath
  ? { command: process.execPath, args: [process.env.npm_execpath] }
  : { command: process.platform === 'win32' ? 'npm.cmd' : 'npm', args: [] };
const built = spawnSync(npm.command, [...npm.args, 'run', 'build'], {
  cwd: root,
  stdio: 'inherit',
  shell: !process.env.npm_execpath && process.platform === 'win32',
});
if (built.status !== 0) fail('The build failed (see above); Soạn was not started.');

const electronBinary = createRequire(import.meta.url)('electron'); // its path, from Node
const child = spawn(electronBinary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });

// Ctrl-C in the terminal: let Electron quit cleanly (it flushes open articles first).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  if (code && process.platform === 'linux') {
    console.error(
      '\nElectron exited with an error. If it mentions chrome-sandbox, give the sandbox helper\n' +
        'its permissions once:\n' +
        `  sudo chown root:root ${path.join(electronPackage, 'dist', 'chrome-sandbox')}\n` +
        `  sudo chmod 4755 ${path.join(electronPackage, 'dist', 'chrome-sandbox')}`,
    );
  }
  process.exit(code ?? (signal ? 1 : 0));
});
