// A sync server that answers an image request with no end: a body with no length that goes on
// past the image size limit, or a list of held images that never closes. The workstation stops
// reading once the answer is longer than anything it would keep, keeps nothing, and its memory
// is not the server's to fill.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../../../electron/contract/ipc/schemas';
import { Library } from '../../../electron/services/library/libraryService';
import { defaultServiceContext } from '../../../electron/services/serviceContext';
import { MediaSync } from '../../../electron/services/sync/mediaSync';
import { tempFolder } from '../services/support';

const NAME = `${'ab'.repeat(32)}.png`;
/** The hostile server stops after this much, so a workstation that reads it all still finishes. */
const SERVER_GIVES_UP = 3 * limits.mediaBytes;

let library: Library;
let id: string;
let server: Server;
let port: number;
/** What the hostile server wrote before the workstation hung up, per route. */
const written: Record<string, number> = {};
/** How the server answers POST /media/have: a proper list, or one with no end. */
let endlessHave = false;

/** Writes `chunk` until the client hangs up or SERVER_GIVES_UP is reached, then `last`. */
function stream(route: string, response: import('node:http').ServerResponse, first: string, chunk: Buffer, last: string): void {
  written[route] = 0;
  response.writeHead(200, { 'Content-Type': 'application/octet-stream' }); // no Content-Length: chunked
  response.write(first);
  const more = () => {
    while (!response.destroyed && written[route]! < SERVER_GIVES_UP) {
      written[route]! += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', more);
    }
    if (!response.destroyed) response.end(last);
  };
  more();
}

beforeAll(async () => {
  library = await Library.open({ libraryPath: await tempFolder('soan-hostile-media-'), create: true, context: defaultServiceContext() });
  ({ id } = await library.create({ headline: 'Ảnh từ máy chủ lạ' }));
  server = createServer((request, response) => {
    request.resume();
    if (request.url === '/media/have') {
      if (!endlessHave) return void response.end(JSON.stringify([NAME]));
      return stream('have', response, `["${NAME}"`, Buffer.from(`,"${'x'.repeat(1000)}"`), ']');
    }
    stream('image', response, '', Buffer.alloc(1 << 20), '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await library?.close();
});

function mediaSync(): MediaSync {
  return new MediaSync({ credentials: { serverUrl: `ws://127.0.0.1:${port}`, token: 'secret' }, library: () => library, push: () => {}, context: defaultServiceContext() });
}

describe('a sync server whose answer has no end', () => {
  it('an image body longer than the size limit is cut off there and nothing is kept', async () => {
    endlessHave = false;
    expect(await mediaSync().syncArticle(id, [NAME])).toEqual({ sent: [], received: [] });
    await expect(library.mediaPath(id, NAME)).rejects.toThrow();
    // Read up to the limit and a little beyond, not the 180 MB the server was ready to send.
    expect(written.image).toBeLessThan(2 * limits.mediaBytes);
  }, 60_000);

  it('a list of held images that never ends is cut off, and the pass ends without keeping anything', async () => {
    endlessHave = true;
    expect(await mediaSync().syncArticle(id, [NAME])).toEqual({ sent: [], received: [] });
    expect(written.have).toBeLessThan(limits.mediaBytes);
  }, 60_000);
});
