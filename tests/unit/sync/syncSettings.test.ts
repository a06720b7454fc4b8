// The sync server's address and token in Settings: kept in settings.json (never in the
// library or an article), the token never handed back to the renderer, bad input refused in
// plain words without touching what was saved.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setUpBackend } from '../services/support';

const token = 'a-token-the-desk-handed-out-0123';

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('sync settings', () => {
  it('are kept in settings.json only, and the token never comes back out', async () => {
    const t = await setUpBackend();
    await t.call('article:create', { headline: 'Bài trong thư viện' });
    const saved = await t.call('settings:update', { sync: { serverUrl: 'wss://soan.toasoan.vn/sync', token } });
    expect(saved.sync).toEqual({ serverUrl: 'wss://soan.toasoan.vn/sync', hasToken: true });
    expect(JSON.stringify(await t.call('settings:get', {}))).not.toContain(token);

    const settingsFile = await fs.readFile(path.join(t.userDataDir, 'settings.json'), 'utf8');
    expect(JSON.parse(settingsFile).sync).toEqual({ serverUrl: 'wss://soan.toasoan.vn/sync', token });
    for (const file of await filesUnder(t.libraryPath)) {
      expect(await fs.readFile(file, 'latin1'), file).not.toContain(token);
    }
  });

  it('an empty token keeps the saved one for the same server; null turns sync off', async () => {
    const t = await setUpBackend();
    await t.call('settings:update', { sync: { serverUrl: 'ws://10.0.0.5:4455', token } });
    expect((await t.call('settings:update', { sync: { serverUrl: 'ws://10.0.0.5:4455', token: '' } })).sync).toEqual({ serverUrl: 'ws://10.0.0.5:4455', hasToken: true });
    // Another server: the old token is not sent there.
    expect((await t.call('settings:update', { sync: { serverUrl: 'ws://10.0.0.9:4455', token: '' } })).sync).toEqual({ serverUrl: 'ws://10.0.0.9:4455', hasToken: false });
    expect((await t.call('settings:update', { sync: null })).sync).toBeUndefined();
    expect(JSON.parse(await fs.readFile(path.join(t.userDataDir, 'settings.json'), 'utf8')).sync).toBeUndefined();
    expect(await t.call('sync:status', {})).toEqual({ state: 'off', waiting: 0, refusals: [] });
  });

  it('refuses an address that is not ws:// or wss://, and a short token, in plain words', async () => {
    const t = await setUpBackend();
    await t.call('settings:update', { sync: { serverUrl: 'ws://10.0.0.5:4455', token } });
    expect((await t.fail('settings:update', { sync: { serverUrl: 'http://10.0.0.5', token } })).params.detail).toBe('sync.serverUrl: not a ws:// or wss:// address');
    expect((await t.fail('settings:update', { sync: { serverUrl: 'ws://10.0.0.5', token: 'short' } })).params.detail).toBe('sync.token: the token is shorter than 24 characters');
    expect((await t.call('settings:get', {})).sync).toEqual({ serverUrl: 'ws://10.0.0.5:4455', hasToken: true });
  });
});
