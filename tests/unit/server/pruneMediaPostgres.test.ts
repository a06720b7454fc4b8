// prune-media with the database several instances share (Debian's PostgreSQL, started for the
// test): refused while an instance runs, and an instance cannot start while a prune works; the
// image no article mentions goes to `soan_media_pruned`, the used and the young stay, and the
// undo the command prints puts it back.
import { createHash } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mediaBaseOf } from '../../../electron/contract/syncMedia';
import { runPruneCommand } from '../../../server/prune/pruneCommand';
import { parseServerConfig, type ServerConfig } from '../../../server/serverConfig';
import { memoryLog } from '../../../server/serverLog';
import { startSoanServer, type SoanServer } from '../../../server/soanServer';
import { tryPruneLock } from '../../../server/storage/instanceLock';
import { imageFixture, tempFolder } from '../services/support';
import { missingEngines, startPostgres } from './scaleOutServices';
import { connect, newArticle, people, waitFor, writeConfig } from './serverSupport';

const missing = missingEngines().filter((engine) => /postgres/i.test(engine));
if (missing.length && process.env.CI) throw new Error(`the PostgreSQL prune test needs ${missing.join(' and ')}; tests/run-all.sh installs it with apt-get`);
if (missing.length) console.warn(`SKIPPED the PostgreSQL prune test: ${missing.join(' and ')} not installed`);

const nameOf = (bytes: Uint8Array, ext: string) => `${createHash('sha256').update(bytes).digest('hex')}.${ext}`;

async function prune(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPruneCommand(args, (line) => out.push(line), (line) => err.push(line));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe.skipIf(missing.length > 0)('prune-media on PostgreSQL', () => {
  const stops: Array<() => Promise<unknown>> = [];
  let config: ServerConfig;
  let configFile: string;
  let db: pg.Pool;
  let instance: SoanServer | undefined;
  const instanceLog = memoryLog();
  const images: Record<'used' | 'unused' | 'young', { name: string; bytes: Uint8Array }> = {} as never;
  const held = async () => (await db.query<{ name: string }>('SELECT name FROM soan_media ORDER BY name')).rows.map((r) => r.name);

  beforeAll(async () => {
    const folder = await tempFolder('soan-prune-pg-');
    const postgres = await startPostgres(folder);
    stops.push(postgres.stop);
    const settings = { port: 0, dataFolder: 'data', users: Object.values(people), postgres: { url: postgres.url } };
    configFile = await writeConfig(folder, settings);
    config = parseServerConfig(settings, folder);
    db = new pg.Pool({ connectionString: postgres.url, max: 1 });
    stops.push(() => db.end());
    for (const [key, file, ext] of [['used', 'photo.jpg', 'jpg'], ['unused', 'photo.webp', 'webp'], ['young', 'dot.gif', 'gif']] as const) {
      const bytes = await imageFixture(file);
      images[key] = { name: nameOf(bytes, ext), bytes };
    }
    instance = await startSoanServer(config, { log: instanceLog, compactDelayMs: 50 });
    for (const [key, image] of Object.entries(images)) {
      const sent = await fetch(`${mediaBaseOf(instance.url)}/media/${image.name}`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${people.reporter.token}`, 'X-Soan-Name': encodeURIComponent(`ảnh ${key}.${image.name.split('.')[1]}`) },
        body: Buffer.from(image.bytes),
      });
      expect(sent.status).toBe(201);
    }
    const reporter = connect(instance.url, 'art0000000301', people.reporter.token, newArticle('art0000000301', people.reporter.name, 'Cầu mới'));
    const figure = new Y.XmlElement('figure');
    figure.setAttribute('src', images.used.name);
    figure.insert(0, [new Y.XmlElement('figcaption')]);
    reporter.doc.getXmlFragment('article').insert(2, [figure]);
    await reporter.settled();
    reporter.destroy();
    // Stored 60 days ago, except the young one.
    await db.query("UPDATE soan_media SET stored_at = now() - interval '60 days' WHERE name = ANY($1::text[])", [[images.used.name, images.unused.name]]);
  }, 60_000);

  afterAll(async () => {
    await instance?.close();
    for (const stop of stops.splice(0).reverse()) await stop();
  }, 60_000);

  it('is refused while an instance runs; an instance cannot start while a prune works', async () => {
    const result = await prune('--config', configFile, '--dry-run');
    expect(result.code).toBe(3);
    expect(result.err).toBe('soan-server prune-media: a sync server instance is running on this PostgreSQL database; stop every instance first, then prune. Nothing was changed.');
    // The lock's connection dropped (as when PostgreSQL restarts): the instance takes the lock again and says so.
    await db.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'soan-server'");
    await waitFor(() => instanceLog.lines.some((line) => line.includes('keeps prune-media away was lost and has been taken again')), 10_000, 'the lock taken again');
    expect((await prune('--config', configFile, '--dry-run')).code).toBe(3);
    await instance!.close();
    instance = undefined;

    const lock = await tryPruneLock(config.postgres!.url);
    expect(lock).not.toBeNull();
    try {
      await expect(startSoanServer({ ...config, dataFolder: path.join(config.dataFolder, 'two') }, { log: memoryLog() })).rejects.toThrow(
        'prune-media is working on this database right now; start the server again once it has finished',
      );
    } finally {
      await lock!.release();
    }
  }, 30_000);

  it('--dry-run lists the unused old image and changes nothing', async () => {
    const before = await held();
    const result = await prune('--config', configFile, '--dry-run');
    expect(result.err).toBe('');
    expect(result.out).toContain('Would move 1 image no article uses');
    expect(result.out).toContain('out of the soan_media table:');
    expect(result.out).toContain(`${images.unused.name}  ${images.unused.bytes.byteLength} B`);
    expect(result.out).toContain('"ảnh unused.webp"');
    expect(result.out).toContain('Read 1 stored document. Kept 1 image they mention (');
    expect(result.out).toContain('and 1 image stored less than 30 days ago');
    expect(await held()).toEqual(before);
  }, 30_000);

  it('moves the unused old image into soan_media_pruned; the undo it prints puts it back', async () => {
    const result = await prune('--config', configFile);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const day = new Date().toISOString().slice(0, 10);
    expect(result.out).toContain(`Moved 1 image no article uses (${images.unused.bytes.byteLength} B) to the soan_media_pruned table (pruned_on = '${day}')`);
    expect(await held()).toEqual([images.used.name, images.young.name].sort());
    const pruned = await db.query<{ name: string; original_name: string; data: Buffer }>('SELECT name, original_name, data FROM soan_media_pruned');
    expect(pruned.rows.map((r) => [r.name, r.original_name, new Uint8Array(r.data)])).toEqual([[images.unused.name, 'ảnh unused.webp', images.unused.bytes]]);

    const undo = /to undo: (INSERT INTO soan_media .*;)/.exec(result.out)?.[1];
    expect(undo).toBeDefined();
    await db.query(undo!);
    expect(await held()).toEqual([images.used.name, images.unused.name, images.young.name].sort());
  }, 30_000);

  it('images stored before soan_media had its stored_at column count from when it was added: none goes at once', async () => {
    await db.query('ALTER TABLE soan_media DROP COLUMN stored_at'); // soan_media as an older server made it
    const result = await prune('--config', configFile);
    expect([result.code, result.err]).toEqual([0, '']);
    expect(result.out).toContain('No unused image stored more than 30 days ago in the soan_media table; nothing to move.');
    expect(result.out).toContain('and 2 images stored less than 30 days ago');
    expect(await held()).toEqual([images.used.name, images.unused.name, images.young.name].sort());
  }, 30_000);
});
