// 1,000 connect/disconnect cycles against one server leave nothing behind: no open sockets,
// timers or documents on either side, and memory back near where it started.
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { connect, newArticle, people, startTestServer, waitFor } from './serverSupport';
import type * as Y from 'yjs';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** Open handles of this process by kind (sockets, timers, …), without the ones every process has. */
function resources(): string[] {
  return process.getActiveResourcesInfo().filter((kind) => kind !== 'TTYWrap').sort();
}

let close: (() => Promise<void>) | undefined;
afterAll(() => close?.(), 60_000);

describe('connecting and disconnecting', () => {
  it('1,000 cycles leak no handle, no document and no memory', async () => {
    const { server } = await startTestServer({ compactDelayMs: 10 });
    close = () => server.close();
    const id = 'art0000000201';
    const first = connect(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Bài kiểm tra'));
    await first.settled();
    first.destroy();

    const quiet = async () => {
      await waitFor(() => server.hocuspocus.getDocumentsCount() === 0 && server.hocuspocus.getConnectionsCount() === 0, 20_000, 'the server to let go');
      await waitFor(() => server.hocuspocus.server!.webSocketServer.clients.size === 0, 20_000, 'the sockets to close');
      await new Promise((resolve) => setTimeout(resolve, 50));
    };
    const cycle = async (n: number) => {
      const token = [people.reporter, people.editor, people.desk][n % 3].token;
      const visitor = connect(server.url, id, token);
      await visitor.settled(10_000);
      if (readArticle(visitor.doc as Y.Doc).headline !== 'Bài kiểm tra') throw new Error(`cycle ${n} read the wrong article`);
      visitor.destroy();
    };

    for (let n = 0; n < 20; n++) await cycle(n); // warm up: modules, pools, caches
    await quiet();
    const handlesBefore = resources();
    const heapBefore = heapAfterGc();

    const inParallel = 10;
    for (let n = 0; n < 1000; n += inParallel) {
      await Promise.all(Array.from({ length: inParallel }, (_, i) => cycle(n + i)));
    }
    await quiet();
    expect(resources()).toEqual(handlesBefore);
    const grownMb = (heapAfterGc() - heapBefore) / 1024 / 1024;
    expect(grownMb).toBeLessThan(8);
  }, 120_000);
});
