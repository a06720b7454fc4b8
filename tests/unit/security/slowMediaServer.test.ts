// A sync server that sends an image very slowly: a byte now and then (so the line never looks
// idle), or a start and then nothing without closing. The workstation gives the transfer up at
// its deadline instead of holding the article's image sync for minutes, says why in plain words,
// keeps nothing, and the next round fetches the image once the server sends it properly.
import { createHash } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/services/library/libraryService';
import { defaultServiceContext, logTo, type LogEntry } from '../../../electron/services/serviceContext';
import { MediaSync } from '../../../electron/services/sync/mediaSync';
import type { TransferPace } from '../../../electron/services/sync/transferDeadline';
import { imageFixture, tempFolder } from '../services/support';

let photo: Uint8Array;
let name: string;
let library: Library;
let id: string;
let server: Server;
let port: number;
/** How the server sends the image: a byte every 100 ms, a start then silence, or all of it. */
let mode: 'trickle' | 'stall' | 'whole' = 'trickle';
const open = new Set<ServerResponse>();

beforeAll(async () => {
  photo = await imageFixture('photo.jpg');
  name = `${createHash('sha256').update(photo).digest('hex')}.jpg`;
  library = await Library.open({ libraryPath: await tempFolder('soan-slow-media-'), create: true, context: defaultServiceContext() });
  ({ id } = await library.create({ headline: 'Ảnh về chậm' }));
  server = createServer((request, response) => {
    request.resume();
    if (request.url === '/media/have') return void response.end(JSON.stringify([name]));
    if (mode === 'whole') return void response.end(Buffer.from(photo));
    response.writeHead(200, { 'Content-Type': 'application/octet-stream' }); // no length: chunked
    open.add(response);
    response.on('close', () => open.delete(response));
    let sent = 0;
    response.write(Buffer.from(photo.subarray(0, 16)));
    if (mode === 'stall') return;
    const timer = setInterval(() => {
      if (response.destroyed) return clearInterval(timer);
      response.write(Buffer.from(photo.subarray(16 + sent, 17 + sent)));
      sent = (sent + 1) % (photo.length - 17);
    }, 100);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await library?.close();
});

function mediaSync(pace: TransferPace, log: LogEntry[]): MediaSync {
  return new MediaSync({
    credentials: { serverUrl: `ws://127.0.0.1:${port}`, token: 'secret' },
    library: () => library,
    push: () => {},
    context: defaultServiceContext({ log: logTo((entry) => log.push(entry)) }),
    pace,
  });
}

describe('a sync server that sends an image very slowly', () => {
  it('a byte now and then: the transfer is given up at its deadline, said why, and the next round gets the image', async () => {
    mode = 'trickle';
    const log: LogEntry[] = [];
    // A deadline of about 2 s for the largest image, and an idle wait the trickle never reaches.
    const sync = mediaSync({ startMs: 1500, bytesPerSecond: 200 * 1024 * 1024, idleMs: 10_000 }, log);
    const started = Date.now();
    expect(await sync.syncArticle(id, [name])).toEqual({ sent: [], received: [] });
    expect(Date.now() - started).toBeLessThan(8000);
    await expect(library.mediaPath(id, name)).rejects.toThrow();
    expect(log.map((entry) => entry.message)).toContain(`image ${name} did not come from the server: the server took longer than 2 s; the next round tries again`);
    expect(open.size).toBe(0); // the workstation hung up

    mode = 'whole';
    expect(await sync.syncArticle(id, [name])).toEqual({ sent: [], received: [name] });
    expect(new Uint8Array(await (await import('node:fs')).promises.readFile(await library.mediaPath(id, name)))).toEqual(photo);
  }, 30_000);

  it('a start and then silence: the transfer is given up once nothing has come for the idle wait', async () => {
    mode = 'stall';
    const log: LogEntry[] = [];
    const other = await library.create({ headline: 'Ảnh dừng giữa chừng' });
    const sync = mediaSync({ startMs: 60_000, bytesPerSecond: 1024, idleMs: 800 }, log);
    const started = Date.now();
    expect(await sync.syncArticle(other.id, [name])).toEqual({ sent: [], received: [] });
    expect(Date.now() - started).toBeLessThan(8000);
    await expect(library.mediaPath(other.id, name)).rejects.toThrow();
    expect(log.map((entry) => entry.message)).toContain(`image ${name} did not come from the server: nothing came from the server for 1 s; the next round tries again`);
  }, 30_000);
});
