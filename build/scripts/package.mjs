// npm run package — builds Soạn and its installers with electron-builder
// (build/electron-builder.yml): AppImage + deb on Linux, nsis on Windows, dmg on macOS.
//
// On a release machine (one per OS: a dmg can only be built on macOS, an nsis installer is
// best built on Windows):
//   npm ci
//   npm run package                     # installers for this OS in release/
//   npm run package -- --linux deb      # any electron-builder target/arch arguments
//   npm run package -- --dir            # just the unpacked app, quickest check
//   npm run package -- --skip-build     # package the dist/ that is already there
// electron-builder downloads the matching Electron zip itself. On a machine that cannot
// reach GitHub, unpack electron-v<version>-<platform>-<arch>.zip (same version as
// node_modules/electron) somewhere and pass it:
//   npm run package -- --electron-dist /path/to/electron-v45.5.0-linux-x64
// Code signing follows electron-builder's environment variables (CSC_LINK, CSC_KEY_PASSWORD,
// APPLE_ID… see its docs); without them the installers are unsigned.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function run(command, args, shell = false) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// --electron-dist <dir> and --skip-build are ours; every other argument goes to electron-builder.
const builderArgs = [];
let electronDist;
let skipBuild = false;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--electron-dist') electronDist = args[++i];
  else if (args[i] === '--skip-build') skipBuild = true;
  else if (args[i].startsWith('--electron-dist=')) electronDist = args[i].slice('--electron-dist='.length);
  else builderArgs.push(args[i]);
}
if (args.includes('--electron-dist') && !electronDist) {
  console.error('--electron-dist needs a folder: the unpacked Electron zip for the target platform.');
  process.exit(1);
}

// Same npm that runs us (npm_execpath), so this works the same on Windows.
if (skipBuild) console.log('Packaging the existing dist/ (--skip-build).');
else if (process.env.npm_execpath) run(process.execPath, [process.env.npm_execpath, 'run', 'build']);
else if (process.platform === 'win32') run('npm.cmd', ['run', 'build'], true);
else run('npm', ['run', 'build']);

run(process.execPath, [
  path.join(root, 'node_modules', 'electron-builder', 'cli.js'),
  '--config',
  path.join('build', 'electron-builder.yml'),
  '--publish',
  'never',
  ...(electronDist ? [`--config.electronDist=${path.resolve(electronDist)}`] : []),
  ...builderArgs,
]);
