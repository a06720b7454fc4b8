// Scale-out: two server instances sharing PostgreSQL and relaying through Redis (Debian's own
// redis-server and postgresql, started for the test). Clients on different instances see each
// other's typing and presence live, and what both wrote is in the shared store afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { parseServerConfig } from '../../../server/serverConfig';
import { memoryLog } from '../../../server/serverLog';
import { startSoanServer, type SoanServer } from '../../../server/soanServer';
import { PostgresUpdateLog } from '../../../server/storage/postgresUpdateLog';
import { tempFolder } from '../services/support';
import { missingEngines, startPostgres, startRedis } from './scaleOutServices';
import { connect, newArticle, people, waitFor, type TestClient } from './serverSupport';

const missing = missingEngines();
if (missing.length && process.env.CI) {
  throw new Error(`the scale-out test needs ${missing.join(' and ')}; tests/run-all.sh installs them with apt-get`);
}
if (missing.length) {
  console.warn(`SKIPPED the scale-out test: ${missing.join(' and ')} not installed, and this machine could not install them (run tests/run-all.sh as root or with sudo to install them)`);
}

function headline(doc: Y.Doc): Y.XmlText {
  return (doc.getXmlFragment('article').get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

describe.skipIf(missing.length > 0)('two server instances on PostgreSQL and Redis', () => {
  const stops: Array<() => Promise<unknown>> = [];
  const clients: TestClient[] = [];
  let one: SoanServer;
  let two: SoanServer;
  let postgresUrl: string;

  beforeAll(async () => {
    const folder = await tempFolder('soan-scale-');
    const [redis, postgres] = await Promise.all([startRedis(folder), startPostgres(folder)]);
    stops.push(redis.stop, postgres.stop);
    postgresUrl = postgres.url;
    const config = parseServerConfig(
      { port: 0, dataFolder: folder, users: Object.values(people), postgres: { url: postgres.url }, redis: { port: redis.port } },
      folder,
    );
    [one, two] = await Promise.all([startSoanServer(config, { log: memoryLog() }), startSoanServer(config, { log: memoryLog() })]);
    stops.push(() => one.close(), () => two.close());
  }, 60_000);

  afterAll(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    for (const stop of stops.splice(0).reverse()) await stop();
  }, 60_000);

  it('clients on different instances converge, live, presence included', async () => {
    const id = 'art0000000401';
    const reporter = connect(one.url, id, people.reporter.token, newArticle(id, people.reporter.name, 'Hai máy chủ'));
    clients.push(reporter);
    await reporter.settled(10_000);
    const editor = connect(two.url, id, people.editor.token);
    clients.push(editor);
    await editor.settled(10_000);
    expect(readArticle(editor.doc).headline).toBe('Hai máy chủ');

    // Typing on both instances at once, while both stay connected: Redis carries it across.
    for (let i = 0; i < 10; i++) {
      headline(reporter.doc).insert(headline(reporter.doc).length, ` r${i}`);
      headline(editor.doc).insert(0, `e${i} `);
    }
    await waitFor(() => readArticle(reporter.doc).headline === readArticle(editor.doc).headline, 20_000, 'the two copies to converge');
    const words = readArticle(editor.doc).headline.split(' ');
    expect(words.filter((w) => /^[re]\d$/.test(w)).sort()).toEqual([...Array(10).keys()].flatMap((i) => [`e${i}`, `r${i}`]).sort());

    editor.provider.setAwarenessField('user', { name: people.editor.name, color: '#2a7' });
    await waitFor(
      () => [...reporter.provider.awareness!.getStates().values()].some((s) => (s.user as { name?: string } | undefined)?.name === people.editor.name),
      10_000,
      "the editor's presence on the other instance",
    );

    await Promise.all([reporter.settled(10_000), editor.settled(10_000)]);
    // Both instances appended to the one shared store: it holds everything.
    const store = await PostgresUpdateLog.open(postgresUrl);
    try {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, (await store.read(id))!);
      expect(readArticle(doc).headline).toBe(readArticle(editor.doc).headline);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('the role rules hold on every instance', async () => {
    const id = 'art0000000402';
    const editor = connect(one.url, id, people.editor.token, newArticle(id));
    clients.push(editor);
    await editor.settled(10_000);
    const reviewer = connect(two.url, id, people.reviewer.token);
    clients.push(reviewer);
    await reviewer.settled(10_000);
    headline(reviewer.doc).insert(0, 'Sửa thẳng: ');
    await waitFor(() => reviewer.refusals.length > 0, 20_000, 'the refusal');
    expect(reviewer.refusals).toEqual([{ code: 'forbidden-text' }]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(readArticle(editor.doc).headline).toBe('Tin sáng');
  }, 60_000);
});
