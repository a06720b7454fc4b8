// A trash mark on the server's list written by hand, with parts that are not what a mark holds
// (a time that is a number; the name is the writer's own, as the server requires — one in any
// other name, or not a name at all, it refuses: see trashSync.test.ts): it covers every change of the article,
// so it would move the article to the trash — and then the workstation's own record of its
// trashes could not be read back, was set aside as damaged at every round, and the trashes it
// held were no longer passed on. A mark that is not a mark moves nothing and records nothing.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LIBRARY_ARTICLES_MAP, LIBRARY_DOCUMENT, type LibraryEntry } from '../../../electron/contract/sync';
import { connect, people, startTestServer, waitFor, type TestClient } from '../server/serverSupport';
import { setUpBackend, type TestBackend } from '../services/support';

let started: Awaited<ReturnType<typeof startTestServer>>;
let desk: TestBackend;
const clients: TestClient[] = [];

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  started = await startTestServer();
  desk = await setUpBackend({ profileName: people.desk.name, sync: { roundIntervalMs: 300, articleTimeoutMs: 5000, maxReconnectDelayMs: 500 } });
  await desk.call('settings:update', { sync: { serverUrl: started.server.url, token: people.desk.token } });
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await desk?.backend.close();
  await started?.server.close();
});

describe('a trash mark that is not a mark', () => {
  it('moves nothing, and the record of trashes made here stays readable', async () => {
    const { id } = await desk.call('article:create', { headline: 'Bài có dấu xoá giả' });
    const list = connect(started.server.url, LIBRARY_DOCUMENT, people.editor.token);
    const article = connect(started.server.url, id, people.editor.token);
    clients.push(list, article);
    await waitFor(() => list.doc.getMap(LIBRARY_ARTICLES_MAP).has(id), 20_000, 'the article on the server’s list');
    await article.settled(10_000);
    await waitFor(() => Y.decodeStateVector(Y.encodeStateVector(article.doc)).size > 0, 20_000, 'the article on the server');
    // A state vector beyond every change of the article: it "covers" anything written.
    const beyond = new Map([...Y.decodeStateVector(Y.encodeStateVector(article.doc))].map(([client, clock]) => [client, clock + 1_000_000]));
    const vector = Buffer.from(Y.encodeStateVector(beyond)).toString('base64');
    list.doc.getMap(LIBRARY_ARTICLES_MAP).set(id, { headline: 'Bài có dấu xoá giả', trashed: { at: 5, by: people.editor.name, vector } } as unknown as LibraryEntry);
    await list.settled(10_000);
    await new Promise((resolve) => setTimeout(resolve, 2000)); // several rounds

    const listing = await desk.call('library:list', {});
    expect(listing.articles.some((a) => a.id === id)).toBe(true);
    expect(listing.problems.map((p) => p.code)).not.toContain('file-damaged-moved');
    const soan = await fs.readdir(path.join(desk.libraryPath, '.soan'));
    expect(soan.filter((name) => name.startsWith('sync-trash.json.corrupt-'))).toEqual([]);

    // A trash made here afterwards is still passed on (its record is readable).
    await desk.call('article:trash', { id });
    await until(async () => typeof list.doc.getMap<LibraryEntry>(LIBRARY_ARTICLES_MAP).get(id)?.trashed?.at === 'string', 20_000, 'the real mark on the server');
    expect(list.doc.getMap<LibraryEntry>(LIBRARY_ARTICLES_MAP).get(id)?.trashed?.by).toBe(people.desk.name);
  }, 60_000);
});
