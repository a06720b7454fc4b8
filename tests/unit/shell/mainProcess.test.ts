// Drives the real main process (electron/main, bundled as for the app) against a recording
// fake Electron and the real backend: the wiring that electron.d.ts alone cannot check.
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/contentSecurityPolicy';
import { channelNames } from '../../../electron/contract/channelNames';
import { createFakeElectron, preventable, type FakeElectron } from './fakeElectron';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

let root: string;
let electron: FakeElectron;

function ownWindow() {
  return electron.windows[0];
}

function call(channel: string, payload: unknown, event?: unknown) {
  const contents = ownWindow().webContents;
  return electron.ipcMain.handlers[channel](event ?? { sender: contents, senderFrame: contents.mainFrame }, payload);
}

function get(url: string) {
  return electron.protocol.handlers.app(new Request(url));
}

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'soan-main-test-'));
  await fs.mkdir(path.join(root, 'app', 'dist', 'renderer'), { recursive: true });
  await fs.writeFile(path.join(root, 'app', 'dist', 'renderer', 'index.html'), '<!doctype html>');
  await fs.mkdir(path.join(root, 'user-data'));
  electron = createFakeElectron({
    appPath: path.join(root, 'app'),
    userData: path.join(root, 'user-data'),
    documents: path.join(root, 'Documents'),
  });
  (globalThis as Record<string, unknown>).__soanFakeElectron = electron;
  const outfile = path.join(root, 'main.cjs');
  await build({
    entryPoints: ['electron/main/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
    plugins: [
      {
        name: 'fake-electron',
        setup(builder) {
          builder.onResolve({ filter: /^electron$/ }, () => ({ path: 'electron', namespace: 'fake' }));
          builder.onLoad({ filter: /.*/, namespace: 'fake' }, () => ({
            contents: 'module.exports = globalThis.__soanFakeElectron;',
          }));
        },
      },
    ],
  });
  createRequire(import.meta.url)(outfile);
  electron.markReady();
  await new Promise((resolve) => setTimeout(resolve, 50));
});

afterAll(async () => {
  delete (globalThis as Record<string, unknown>).__soanFakeElectron;
  await fs.rm(root, { recursive: true, force: true });
});

describe('before the app is ready', () => {
  it('sandboxes every renderer and registers app:// as a privileged scheme', () => {
    expect(electron.app.sandboxEnabled).toBe(true);
    expect(electron.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('the window', () => {
  it('is locked down, loads app://soan and shows once painted', () => {
    const window = ownWindow();
    expect(window.options).toMatchObject({
      width: 1280,
      height: 820,
      minWidth: 960,
      minHeight: 640,
      title: 'Soạn',
      show: false,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        devTools: false,
        preload: path.join(root, 'app', 'dist', 'electron', 'preload.cjs'),
      },
    });
    expect(window.webContents.mainFrame.url).toBe('app://soan/index.html');
    expect(window.shown).toBe(true);
  });

  it('may not navigate, open windows, embed webviews or get permissions', () => {
    const contents = ownWindow().webContents;
    const away = preventable({ url: 'https://example.com/', isSameDocument: false });
    const file = preventable({ url: 'file:///etc/passwd', isSameDocument: false });
    const inPage = preventable({ url: 'app://soan/index.html#x', isSameDocument: true });
    contents.emit('will-navigate', away);
    contents.emit('will-navigate', file);
    contents.emit('will-navigate', inPage);
    expect([away.defaultPrevented, file.defaultPrevented, inPage.defaultPrevented]).toEqual([true, true, false]);

    expect(contents.openHandler?.({ url: 'mailto:toasoan@example.vn' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(electron.shell.opened).toEqual(['https://example.com/', 'mailto:toasoan@example.vn']);

    const webview = preventable({});
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);

    const { permissionHandlers } = electron.session.defaultSession;
    let granted: boolean | undefined;
    permissionHandlers.request(contents, 'media', (answer: boolean) => (granted = answer));
    expect(granted).toBe(false);
    expect(permissionHandlers.check(contents, 'clipboard-read')).toBe(false);
  });
});

describe('IPC', () => {
  it('handles exactly the contract’s channels', () => {
    expect(Object.keys(electron.ipcMain.handlers).sort()).toEqual([...channelNames].sort());
  });

  it('answers the top frame of the app’s own window', async () => {
    expect(await call('settings:get', {})).toMatchObject({ ok: true, value: { profile: null } });
  });

  it('refuses subframes, other windows, foreign pages and vanished frames', async () => {
    const contents = ownWindow().webContents;
    const forbidden = { ok: false, error: { code: 'forbidden-sender' } };
    const subframe = { sender: contents, senderFrame: { url: 'app://soan/index.html' } };
    const otherWindow = { sender: { mainFrame: contents.mainFrame }, senderFrame: contents.mainFrame };
    for (const event of [subframe, otherWindow, { sender: contents, senderFrame: null }]) {
      expect(await call('settings:get', {}, event)).toMatchObject(forbidden);
    }
    // Our own window's top frame, had it somehow ended up on another page.
    contents.mainFrame.url = 'https://evil.example/';
    try {
      expect(await call('settings:get', {})).toMatchObject(forbidden);
    } finally {
      contents.mainFrame.url = 'app://soan/index.html';
    }
  });

  it('validates payloads in the backend', async () => {
    expect(await call('article:open', { id: '../x' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('app://', () => {
  it('serves the renderer with the CSP header and refuses anything else', async () => {
    const page = await get('app://soan/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await get('app://soan/..%2F..%2Fpackage.json')).status).toBe(404);
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
  });

  it('serves media through the backend, and nothing beside it', async () => {
    await call('settings:update', { profile: { name: 'Hà', role: 'reporter' } });
    const article = await call('article:create', { headline: 'Thử ảnh' });
    const media = await call('media:import', { articleId: article.value.id, fileName: 'a.png', bytes: new Uint8Array(PNG) });
    const image = await get(`app://soan/media/${article.value.id}/${media.value.file}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer())).toEqual(PNG);
    expect((await get(`app://soan/media/${article.value.id}/article.json`)).status).toBe(404);
    expect((await get(`app://soan/media/${article.value.id}/..%2Farticle.json`)).status).toBe(404);
  });
});

describe('quitting', () => {
  it('closes the window, flushes the backend and releases the library, then quits', async () => {
    const lock = path.join(root, 'Documents', 'Soan', '.soan', 'lock');
    await expect(fs.stat(lock)).resolves.toBeTruthy();
    let quitForReal = false;
    electron.app.once('will-quit', () => (quitForReal = true));
    electron.app.quit();
    expect(quitForReal).toBe(false); // held back until the backend is closed
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ownWindow().destroyed).toBe(true);
    expect(quitForReal).toBe(true);
    await expect(fs.stat(lock)).rejects.toThrow();
  });
});
