// A review-only token may comment and suggest, not change what the newsroom has: on the
// server's list of articles it may not mark an article as moved to the trash — every other
// workstation would follow that mark and move its own copy to the trash. It may still take a
// mark off (keep an article), which never moves anything. A reviewer's workstation keeps its
// own trash to itself, so the server never refuses its list and the list goes on syncing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LIBRARY_ARTICLES_MAP, LIBRARY_DOCUMENT, type LibraryEntry } from '../../../electron/contract/sync';
import { connect, people, startTestServer, waitFor, type TestClient } from '../server/serverSupport';
import { setUpBackend, type TestBackend } from '../services/support';

let started: Awaited<ReturnType<typeof startTestServer>>;
const clients: TestClient[] = [];
const ID = '01JEXAMPLE0000000000000000';

function client(token: string): TestClient {
  const c = connect(started.server.url, LIBRARY_DOCUMENT, token);
  clients.push(c);
  return c;
}
const entries = (c: TestClient) => c.doc.getMap<LibraryEntry>(LIBRARY_ARTICLES_MAP);
const vector = Buffer.from(Y.encodeStateVector(new Y.Doc())).toString('base64');

beforeAll(async () => {
  started = await startTestServer();
});

const backends: TestBackend[] = [];

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const b of backends) await b.backend.close();
  await started?.server.close();
});

describe('trash marks on the server’s list of articles', () => {
  it('a review-only token cannot mark an article trashed; the list keeps it as it was', async () => {
    const editor = client(people.editor.token);
    await editor.settled(10_000);
    entries(editor).set(ID, { headline: 'Bài của toà soạn' });
    await editor.settled(10_000);

    const reviewer = client(people.reviewer.token);
    await reviewer.settled(10_000);
    entries(reviewer).set(ID, { headline: 'Bài của toà soạn', trashed: { at: '2026-12-07T09:00:00.000Z', by: people.editor.name, vector } });
    await waitFor(() => reviewer.refusals.length > 0, 10_000, 'the mark to be refused');
    expect(reviewer.refusals[0]).toEqual({ code: 'forbidden-meta' });

    const later = client(people.desk.token);
    await later.settled(10_000);
    expect(entries(later).get(ID)).toEqual({ headline: 'Bài của toà soạn' });
  }, 30_000);

  it('a review-only token may take a mark off (keep the article), and the others may mark', async () => {
    const desk = client(people.desk.token);
    await desk.settled(10_000);
    const mark = { at: '2026-12-07T10:00:00.000Z', by: people.desk.name, vector };
    entries(desk).set(ID, { headline: 'Bài của toà soạn', trashed: mark });
    await desk.settled(10_000);
    expect(desk.refusals).toEqual([]);

    const reviewer = client(people.reviewer.token);
    await reviewer.settled(10_000);
    entries(reviewer).set(ID, { headline: 'Bài của toà soạn', keptFrom: { ...mark, keptBy: people.reviewer.name } });
    await reviewer.settled(10_000);
    expect(reviewer.refusals).toEqual([]);
  }, 30_000);

  it('whoever keeps an article keeps it in their own name: a keeping in someone else’s name is refused', async () => {
    const desk = client(people.desk.token);
    await desk.settled(10_000);
    const mark = { at: '2026-12-07T11:00:00.000Z', by: people.desk.name, vector };
    entries(desk).set(ID, { headline: 'Bài của toà soạn', trashed: mark });
    await desk.settled(10_000);

    const rogue = client(people.reporter.token);
    await rogue.settled(10_000);
    entries(rogue).set(ID, { headline: 'Bài của toà soạn', keptFrom: { ...mark, keptBy: people.editor.name } });
    await waitFor(() => rogue.refusals.length > 0, 10_000, 'the forged keeping to be refused');
    expect(rogue.refusals[0]).toEqual({ code: 'forbidden-trash-name' });

    const later = client(people.editor.token);
    await later.settled(10_000);
    expect(entries(later).get(ID)).toEqual({ headline: 'Bài của toà soạn', trashed: mark });
  }, 30_000);

  it("a reviewer's workstation trashes an article for itself only, and its list goes on syncing", async () => {
    const options = { sync: { roundIntervalMs: 300, articleTimeoutMs: 5000, maxReconnectDelayMs: 500 } };
    const desk = await setUpBackend({ profileName: people.desk.name, ...options });
    const reviewer = await setUpBackend({ profileName: people.reviewer.name, ...options });
    backends.push(desk, reviewer);
    const serverUrl = started.server.url;
    await desk.call('settings:update', { sync: { serverUrl, token: people.desk.token } });
    await reviewer.call('settings:update', { sync: { serverUrl, token: people.reviewer.token } });
    const listed = async (w: TestBackend, id: string) => (await w.call('library:list', {})).articles.some((a) => a.id === id);

    const { id: first } = await desk.call('article:create', { headline: 'Bài thứ nhất' });
    await until(() => listed(reviewer, first), 20_000, 'the article on the reviewer’s workstation');
    await reviewer.call('article:trash', { id: first });
    await new Promise((resolve) => setTimeout(resolve, 1500)); // rounds on both

    expect(await listed(desk, first)).toBe(true);
    expect((await reviewer.call('sync:status', {})).refusals).toEqual([]);
    const { id: second } = await desk.call('article:create', { headline: 'Bài thứ hai' });
    await until(() => listed(reviewer, second), 20_000, 'a new article on the reviewer’s workstation');
  }, 60_000);
});
