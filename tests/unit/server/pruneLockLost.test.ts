// An instance whose prune lock's connection dropped kept serving without it; prune-media then
// ran beside it and moved away an image an article took meanwhile (found by review). The
// instance now takes the lock again at once, and stops if prune-media took it first.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mediaBaseOf } from '../../../electron/contract/syncMedia';
import { runPruneCommand } from '../../../server/prune/pruneCommand';
import { parseServerConfig } from '../../../server/serverConfig';
import { memoryLog } from '../../../server/serverLog';
import { startSoanServer, type SoanServer } from '../../../server/soanServer';
import { imageFixture, tempFolder } from '../services/support';
import { missingEngines, startPostgres } from './scaleOutServices';
import { connect, newArticle, people, waitFor, writeConfig } from './serverSupport';

const missing = missingEngines().filter((engine) => /postgres/i.test(engine));
const nameOf = (bytes: Uint8Array, ext: string) => `${createHash('sha256').update(bytes).digest('hex')}.${ext}`;

describe.skipIf(missing.length > 0)('an instance that loses its prune lock', () => {
  const stops: Array<() => Promise<unknown>> = [];
  let instance: SoanServer | undefined;
  afterAll(async () => {
    await instance?.close().catch(() => {});
    for (const stop of stops.splice(0).reverse()) await stop();
  }, 60_000);

  it('takes it again at once: prune-media is refused while the instance serves, and the photo an article takes stays', async () => {
    const folder = await tempFolder('soan-r7-pg-');
    const postgres = await startPostgres(folder);
    stops.push(postgres.stop);
    const settings = { port: 0, dataFolder: 'data', users: Object.values(people), postgres: { url: postgres.url } };
    const configFile = await writeConfig(folder, settings);
    const config = parseServerConfig(settings, folder);
    const db = new pg.Pool({ connectionString: postgres.url, max: 1 });
    stops.push(() => db.end());
    const log = memoryLog();
    instance = await startSoanServer(config, { log, compactDelayMs: 50 });
    const bytes = await imageFixture('photo.jpg');
    const name = nameOf(bytes, 'jpg');
    const sent = await fetch(`${mediaBaseOf(instance.url)}/media/${name}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${people.reporter.token}`, 'X-Soan-Name': encodeURIComponent('ảnh.jpg') },
      body: Buffer.from(bytes),
    });
    expect(sent.status).toBe(201);
    const other = connect(instance.url, 'art0000007790', people.reporter.token, newArticle('art0000007790', people.reporter.name, 'Khác'));
    await other.settled();
    other.destroy();
    await db.query("UPDATE soan_media SET stored_at = now() - interval '60 days'");

    // A PostgreSQL restart, an idle-session timeout, a network blip: the lock's session ends.
    await db.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'soan-server' AND pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory')");
    await waitFor(() => JSON.stringify(log).includes('has been taken again'), 10_000, 'the lock taken again');

    // Many stored articles, so reading them all takes the prune a while.
    const filler = Y.encodeStateAsUpdate(newArticle('art0000009999', people.reporter.name, 'x'.repeat(2000)));
    for (let i = 0; i < 3000; i += 500) {
      const ids = Array.from({ length: 500 }, (_, j) => `art1${String(i + j).padStart(9, '0')}`);
      await db.query('INSERT INTO soan_updates (document, data) SELECT d, $2 FROM unnest($1::text[]) AS d', [ids, Buffer.from(filler)]);
    }
    // The instance still serves: a reporter puts the (old, stored) photo into an article now (read first by the prune).
    const reporter = connect(instance.url, 'art0000000001', people.reporter.token, newArticle('art0000000001', people.reporter.name, 'Cầu mới'));
    await reporter.settled();
    const out: string[] = [];
    const err: string[] = [];
    const pruning = runPruneCommand(['--config', configFile], (l) => out.push(l), (l) => err.push(l));
    await new Promise((r) => setTimeout(r, 400)); // the prune is reading the 3,000 articles
    const figure = new Y.XmlElement('figure');
    figure.setAttribute('src', name);
    reporter.doc.getXmlFragment('article').insert(2, [figure]);
    await reporter.settled();
    const code = await pruning;
    const held = (await db.query<{ name: string }>('SELECT name FROM soan_media')).rows.map((r) => r.name);
    // Expected: refused while an instance serves (exit 3), the photo still served.
    expect({ code, held }).toEqual({ code: 3, held: [name] });
    reporter.destroy();
  }, 120_000);

  it('stops rather than serve beside prune-media when the prune took the lock first', async () => {
    const folder = await tempFolder('soan-r7-pg2-');
    const postgres = await startPostgres(folder);
    stops.push(postgres.stop);
    const config = parseServerConfig({ port: 0, dataFolder: 'data', users: Object.values(people), postgres: { url: postgres.url } }, folder);
    const log = memoryLog();
    const running = await startSoanServer(config, { log, compactDelayMs: 50 });
    // prune-media asks for the lock and waits behind the running instance…
    const prune = new pg.Client({ connectionString: postgres.url });
    await prune.connect();
    stops.push(() => prune.end());
    const waiting = prune.query("SELECT pg_advisory_lock(hashtext('soan instances'))");
    const admin = new pg.Pool({ connectionString: postgres.url, max: 1 });
    stops.push(() => admin.end());
    for (let tries = 0; (await admin.query("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")).rowCount !== 1; tries++) {
      if (tries > 100) throw new Error('the prune never waited for the lock');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // …and gets it the moment the instance's lock connection drops.
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'soan-server' AND pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory')");
    await waiting;
    const why = await running.stoppedByItself;
    expect(why).toMatch(/could not take it again/);
    await expect(fetch(running.url.replace('ws://', 'http://'))).rejects.toThrow();
  }, 120_000);
});
