// Where Soạn's user-data folder is for a process that is not Electron (the `soan` command
// line): the same folder as Electron's app.getPath('userData') for the app named Soạn
// (build/electron-builder.yml productName), or $SOAN_USER_DATA when set (tests, a desk script
// working for another account, a portable install).
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'Soạn';

export function defaultUserDataDir(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (env.SOAN_USER_DATA?.trim()) return path.resolve(env.SOAN_USER_DATA.trim());
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_FOLDER_NAME);
}
