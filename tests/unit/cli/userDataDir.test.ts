// The command line finds the app's user-data folder (where the newsroom's language model is)
// where Electron puts it for the installed app, on each system, unless $SOAN_USER_DATA says.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUserDataDir } from '../../../electron/services/settings/userDataDir';

describe("the command line's user-data folder", () => {
  it("is the installed app's on Linux, Windows and macOS", () => {
    expect(defaultUserDataDir({}, 'linux', '/home/lan')).toBe(path.join('/home/lan', '.config', 'Soạn'));
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/lan')).toBe(path.join('/cfg', 'Soạn'));
    expect(defaultUserDataDir({ APPDATA: 'C:\\Users\\lan\\AppData\\Roaming' }, 'win32', 'C:\\Users\\lan')).toBe(path.join('C:\\Users\\lan\\AppData\\Roaming', 'Soạn'));
    expect(defaultUserDataDir({}, 'darwin', '/Users/lan')).toBe(path.join('/Users/lan', 'Library', 'Application Support', 'Soạn'));
  });

  it('is $SOAN_USER_DATA when set', () => {
    expect(defaultUserDataDir({ SOAN_USER_DATA: '/srv/soan-data', XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/lan')).toBe('/srv/soan-data');
    expect(defaultUserDataDir({ SOAN_USER_DATA: '  ' }, 'linux', '/home/lan')).toBe(path.join('/home/lan', '.config', 'Soạn'));
  });
});
