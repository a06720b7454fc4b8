// The sync server's images (contract/syncMedia.ts) over real HTTP on 127.0.0.1: a known
// token sends and fetches images by their content hash; wrong tokens, names that try to
// leave the media folder, bytes that are not the image the name says, a non-image and an
// oversize body are refused in words, and nothing of them is kept.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../../../electron/contract/ipc/schemas';
import { mediaBaseOf } from '../../../electron/contract/syncMedia';
import { imageFixture } from '../services/support';
import { people, startTestServer } from './serverSupport';

let base: string;
let dataFolder: string;
let close: () => Promise<void>;
let jpeg: Uint8Array;
let jpegName: string;

const nameOf = (bytes: Uint8Array, ext: string) => `${createHash('sha256').update(bytes).digest('hex')}.${ext}`;

async function send(method: string, route: string, token: string | undefined, body?: Uint8Array | string, headers: Record<string, string> = {}) {
  const response = await fetch(base + route, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : Buffer.from(body) } : {}),
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: () => Buffer.from(bytes).toString('utf8') };
}

/** Every file under the data folder, relative to it. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(folder, path.join(e.parentPath, e.name))).sort();
}

beforeAll(async () => {
  const started = await startTestServer();
  base = mediaBaseOf(started.server.url);
  dataFolder = started.dataFolder;
  close = () => started.server.close();
  jpeg = await imageFixture('photo.jpg');
  jpegName = nameOf(jpeg, 'jpg');
});

afterAll(() => close?.());

describe('images on the sync server', () => {
  it('a reporter sends an image; anyone with a token fetches it, with its original name; sending it again changes nothing', async () => {
    const sent = await send('PUT', `/media/${jpegName}`, people.reporter.token, jpeg, { 'X-Soan-Name': encodeURIComponent('Lễ khởi công.jpg') });
    expect(sent.status).toBe(201);
    expect((await send('PUT', `/media/${jpegName}`, people.editor.token, jpeg)).status).toBe(200);

    const fetched = await send('GET', `/media/${jpegName}`, people.reviewer.token);
    expect(fetched.status).toBe(200);
    expect(fetched.bytes).toEqual(jpeg);
    expect(fetched.headers.get('content-type')).toBe('image/jpeg');
    expect(decodeURIComponent(fetched.headers.get('x-soan-name')!)).toBe('Lễ khởi công.jpg');

    const png = await imageFixture('photo.png');
    const have = await send('POST', '/media/have', people.desk.token, JSON.stringify([jpegName, nameOf(png, 'png'), '../../soan-server.sqlite']));
    expect(JSON.parse(have.text())).toEqual([jpegName]);
    expect((await send('GET', `/media/${nameOf(png, 'png')}`, people.editor.token)).status).toBe(404);
  });

  it('a wrong, missing or review-only token is refused and learns nothing', async () => {
    for (const token of [undefined, 'not-a-token-of-this-newsroom-at-all', '']) {
      const answer = await send('GET', `/media/${jpegName}`, token);
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.text())).toEqual({ refused: 'unauthorized' });
      expect((await send('POST', '/media/have', token, JSON.stringify([jpegName]))).text()).not.toContain(jpegName);
    }
    const gif = await imageFixture('dot.gif');
    const byReviewer = await send('PUT', `/media/${nameOf(gif, 'gif')}`, people.reviewer.token, gif);
    expect([byReviewer.status, JSON.parse(byReviewer.text())]).toEqual([403, { refused: 'forbidden' }]);
    expect((await send('GET', `/media/${nameOf(gif, 'gif')}`, people.editor.token)).status).toBe(404);
  });

  it('hostile names, wrong bytes, a non-image and an oversize body are refused in words; nothing of them is kept', async () => {
    const before = await filesUnder(dataFolder);
    const webp = await imageFixture('photo.webp');
    const png = await imageFixture('photo.png');
    const hostile = ['..%2F..%2Fsoan-server.sqlite', '%2e%2e%2f%2e%2e%2fevil.png', 'abc.png', `${nameOf(webp, 'webp').toUpperCase()}`, `${nameOf(webp, 'svg')}`, `${nameOf(webp, 'webp')}%2F..%2Fx.webp`, `${nameOf(webp, 'webp')}.name`];
    for (const name of hostile) {
      const answer = await send('PUT', `/media/${name}`, people.reporter.token, webp);
      expect([name, answer.status, JSON.parse(answer.text())]).toEqual([name, 400, { refused: 'bad-name' }]);
    }
    // The bytes of one image under another image's name.
    expect(JSON.parse((await send('PUT', `/media/${nameOf(png, 'webp')}`, people.reporter.token, webp)).text())).toEqual({ refused: 'checksum' });
    // A PNG named as a JPEG, with its own hash: not the kind of image its name says.
    expect(JSON.parse((await send('PUT', `/media/${nameOf(png, 'jpg')}`, people.reporter.token, png)).text())).toEqual({ refused: 'not-image' });
    // Not an image at all, and an image cut short.
    const text = new TextEncoder().encode('<svg onload="alert(1)"></svg>');
    expect((await send('PUT', `/media/${nameOf(text, 'png')}`, people.reporter.token, text)).status).toBe(415);
    const cut = png.slice(0, png.length - 20);
    expect((await send('PUT', `/media/${nameOf(cut, 'png')}`, people.reporter.token, cut)).status).toBe(415);

    // Over the limit: said so by its length at once, and cut off when it does not say.
    const big = new Uint8Array(limits.mediaBytes + 1);
    big.set(png);
    const declared = await send('PUT', `/media/${nameOf(big, 'png')}`, people.reporter.token, big);
    expect([declared.status, JSON.parse(declared.text())]).toEqual([413, { refused: 'too-large' }]);
    const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(`${base}/media/${nameOf(big, 'png')}`, { method: 'PUT', headers: { Authorization: `Bearer ${people.reporter.token}`, 'Transfer-Encoding': 'chunked' } }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      request.on('error', reject);
      const chunk = 1024 * 1024;
      for (let at = 0; at < big.length; at += chunk) request.write(big.subarray(at, at + chunk));
      request.end();
    });
    expect([streamed.status, JSON.parse(streamed.body)]).toEqual([413, { refused: 'too-large' }]);

    expect(await filesUnder(dataFolder)).toEqual(before);
    // Plain HTTP elsewhere still answers the health check only.
    expect((await send('GET', '/', undefined)).text()).toBe('{"soan":"sync-server"}');
  });
});
