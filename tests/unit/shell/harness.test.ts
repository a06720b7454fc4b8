// The browser harness's own security: it puts the real backend on a TCP port, so it must
// answer only the page it served (token, origin, host) and never leak files.
import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromWireJson, toWireJson } from '../../../electron/contract/ipc/wireJson';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/contentSecurityPolicy';
import { startHarness, type Harness } from '../../harness/harnessServer';

// A 1×1 PNG: the smallest real image the media service accepts.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

let root: string;
let harness: Harness;

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request exactly as written: fetch() would normalise paths and fill in headers. */
function rawRequest(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<RawResponse> {
  const { port } = new URL(harness.origin);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(channel: string, request: unknown, headers: Record<string, string> = {}) {
  return fetch(`${harness.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Soan-Token': harness.token, ...headers },
    body: toWireJson(request),
  });
}

async function result(response: Response): Promise<{ ok: boolean; value?: any; error?: { code: string } }> {
  return fromWireJson(await response.text()) as never;
}

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'soan-harness-test-'));
  const rendererDir = path.join(root, 'renderer');
  await fs.mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Soạn</title>');
  await fs.writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await fs.writeFile(path.join(root, 'secret.txt'), 'not for the web');
  await fs.mkdir(path.join(root, 'user-data'));
  harness = await startHarness({
    userDataDir: path.join(root, 'user-data'),
    defaultLibraryPath: path.join(root, 'library'),
    rendererDir,
  });
});

afterAll(async () => {
  await harness?.close();
  await fs.rm(root, { recursive: true, force: true });
});

describe('the harness server', () => {
  it('listens on 127.0.0.1 only and gives the page its token in the hash', () => {
    expect(harness.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(harness.url).toBe(`${harness.origin}/#token=${harness.token}`);
    expect(Buffer.from(harness.token, 'base64url')).toHaveLength(32);
  });

  it('cannot be reached on any other address of this machine', async () => {
    const { port } = new URL(harness.origin);
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((entry) => entry && !entry.internal)
      .map((entry) => entry!.address);
    for (const address of others) {
      const connected = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: address, port: Number(port) });
        socket.once('connect', () => (socket.destroy(), resolve(true)));
        socket.once('error', () => resolve(false));
      });
      expect(connected, address).toBe(false);
    }
  });

  it('serves the renderer with the app’s CSP, the right type and nosniff', async () => {
    const page = await fetch(`${harness.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await fetch(`${harness.origin}/assets/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    '/../secret.txt',
    '/..%2Fsecret.txt',
    '/assets/..%2F..%2Fsecret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%5C..%5Csecret.txt',
    '/nothing-here.js',
    '/assets',
    '/.hidden',
  ])('answers 404 for %s', async (requestPath) => {
    expect((await rawRequest({ path: requestPath })).status).toBe(404);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const { port } = new URL(harness.origin);
    const response = await rawRequest({ path: '/', headers: { Host: `attacker.example:${port}` } });
    expect(response.status).toBe(403);
  });
});

describe('POST /api/<channel>', () => {
  it('answers the page that has the token', async () => {
    const response = await api('settings:get', {});
    expect(response.status).toBe(200);
    expect(await result(response)).toMatchObject({ ok: true, value: { profile: null } });
  });

  it('refuses a call without the token (401)', async () => {
    const response = await fetch(`${harness.origin}/api/settings:get`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(401);
    expect(await result(response)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it.each([
    ['empty', () => ''],
    ['short', () => 'x'],
    ['one character off', () => `${harness.token.slice(0, -1)}${harness.token.endsWith('A') ? 'B' : 'A'}`],
    ['the token twice', () => harness.token.repeat(2)],
  ])('refuses a wrong token: %s (401)', async (_name, wrongToken) => {
    expect((await api('settings:get', {}, { 'X-Soan-Token': wrongToken() })).status).toBe(401);
  });

  it('refuses a page of another origin even with the token (403)', async () => {
    const response = await api('settings:get', {}, { Origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    const { port } = new URL(harness.origin);
    expect((await api('settings:get', {}, { Origin: `http://127.0.0.1:${Number(port) + 1}` })).status).toBe(403);
    expect((await api('settings:get', {}, { Origin: 'null' })).status).toBe(403);
    expect((await api('settings:get', {}, { Origin: harness.origin })).status).toBe(200);
  });

  it('needs POST and a JSON body', async () => {
    const get = await rawRequest({ path: '/api/settings:get', headers: { 'X-Soan-Token': harness.token } });
    expect(get.status).toBe(405);
    const form = await api('settings:get', {}, { 'Content-Type': 'text/plain' });
    expect(form.status).toBe(415);
    const broken = await fetch(`${harness.origin}/api/settings:get`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Soan-Token': harness.token },
      body: '{',
    });
    expect(broken.status).toBe(400);
    expect(await result(broken)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('refuses an oversized body before reading it (413)', async () => {
    const response = await rawRequest({
      method: 'POST',
      path: '/api/media:import',
      headers: {
        'X-Soan-Token': harness.token,
        'Content-Type': 'application/json',
        'Content-Length': String(1024 * 1024 * 1024),
      },
    }).catch((error: unknown) => ({ status: -1, error }));
    expect(response.status).toBe(413);
  });

  it.each(['nope', 'settings:get/extra', '__proto__', 'constructor'])(
    'answers an unknown channel (%s) with an error Result',
    async (channel) => {
      const response = await api(channel, {});
      expect(await result(response)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    },
  );

  it('passes payloads through the backend’s validation', async () => {
    const response = await api('article:open', { id: '../../etc' });
    expect(await result(response)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('GET /media/<articleId>/<file>', () => {
  let articleId: string;
  let file: string;

  beforeAll(async () => {
    await api('settings:update', { profile: { name: 'Nguyễn Thị Hà', role: 'reporter' } });
    const created = await result(await api('article:create', { headline: 'Ảnh thử' }));
    articleId = created.value.id;
    const imported = await result(
      await api('media:import', { articleId, fileName: 'ảnh.png', bytes: new Uint8Array(PNG) }),
    );
    expect(imported).toMatchObject({ ok: true });
    file = imported.value.file;
  });

  it('serves an article’s image with its type, nosniff and no scripting', async () => {
    const response = await fetch(`${harness.origin}/media/${articleId}/${file}?token=${harness.token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG);
  });

  it('needs the token', async () => {
    expect((await fetch(`${harness.origin}/media/${articleId}/${file}`)).status).toBe(401);
    expect((await fetch(`${harness.origin}/media/${articleId}/${file}?token=x`)).status).toBe(401);
  });

  it('answers 404 for traversal attempts and files outside media/', async () => {
    const attempts = [
      `/media/${articleId}/..%2Farticle.json`,
      `/media/${articleId}/..%2F..%2F.soan%2Flibrary.json`,
      `/media/${articleId}/%2e%2e%2farticle.json`,
      `/media/${articleId}/..%5Carticle.json`,
      `/media/${articleId}/article.json`,
      `/media/${articleId}/media.json`,
      `/media/${articleId}/../article.json`,
      `/media/..%2F..%2F..%2Fsecret.txt/x.png`,
      `/media/${articleId}/${file}%00.png`,
      `/media/${articleId}/${file}/x`,
      `/media/${articleId}/%2Fetc%2Fpasswd`,
      `/media/${articleId}/${'0'.repeat(64)}.png`,
      `/media/${articleId.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a'))}/${file}`,
    ];
    for (const attempt of attempts) {
      const response = await rawRequest({ path: `${attempt}?token=${harness.token}` });
      expect(response.status, attempt).toBe(404);
      expect(response.body, attempt).not.toContain('{"');
    }
  });
});

describe('close()', () => {
  it('stops the server and releases the library for the next harness', async () => {
    const userDataDir = path.join(root, 'user-data-2');
    await fs.mkdir(userDataDir);
    const libraryPath = path.join(root, 'library-2');
    const first = await startHarness({ userDataDir, defaultLibraryPath: libraryPath, rendererDir: root });
    await first.close();
    await expect(fetch(`${first.origin}/`)).rejects.toThrow();
    await first.close(); // a second close is harmless

    const second = await startHarness({ userDataDir, defaultLibraryPath: libraryPath, rendererDir: root });
    const settings = await fetch(`${second.origin}/api/settings:update`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Soan-Token': second.token },
      body: toWireJson({ profile: { name: 'Biên tập viên', role: 'editor' } }),
    });
    expect(await result(settings)).toMatchObject({ ok: true });
    const listing = await fetch(`${second.origin}/api/library:list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Soan-Token': second.token },
      body: '{}',
    });
    expect(await result(listing)).toMatchObject({ ok: true });
    await second.close();
  });
});
