// Images with several server instances: two instances with their own data folders, sharing
// Debian's PostgreSQL (started for the test). An image sent to one is fetched from the other;
// the same checks refuse what is not the image its name says.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaBaseOf } from '../../../electron/contract/syncMedia';
import { parseServerConfig } from '../../../server/serverConfig';
import { memoryLog } from '../../../server/serverLog';
import { startSoanServer, type SoanServer } from '../../../server/soanServer';
import { imageFixture, tempFolder } from '../services/support';
import { missingEngines, startPostgres } from './scaleOutServices';
import { people } from './serverSupport';

const missing = missingEngines().filter((engine) => /postgres/i.test(engine));
if (missing.length && process.env.CI) throw new Error(`the scale-out image test needs ${missing.join(' and ')}; tests/run-all.sh installs it with apt-get`);
if (missing.length) console.warn(`SKIPPED the scale-out image test: ${missing.join(' and ')} not installed`);

describe.skipIf(missing.length > 0)('images with two server instances on PostgreSQL', () => {
  const stops: Array<() => Promise<unknown>> = [];
  let one: SoanServer;
  let two: SoanServer;
  const folders: string[] = [];

  beforeAll(async () => {
    const folder = await tempFolder('soan-scale-media-');
    const postgres = await startPostgres(folder);
    stops.push(postgres.stop);
    for (const name of ['one', 'two']) folders.push(path.join(folder, name));
    const configOf = (dataFolder: string) => parseServerConfig({ port: 0, dataFolder, users: Object.values(people), postgres: { url: postgres.url } }, folder);
    one = await startSoanServer(configOf(folders[0]), { log: memoryLog() });
    two = await startSoanServer(configOf(folders[1]), { log: memoryLog() });
    stops.push(() => one.close(), () => two.close());
  }, 60_000);

  afterAll(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  }, 60_000);

  it('an image sent to one instance is fetched from the other; a wrong one is refused by both', async () => {
    const png = await imageFixture('photo.png');
    const name = `${createHash('sha256').update(png).digest('hex')}.png`;
    const put = await fetch(`${mediaBaseOf(one.url)}/media/${name}`, { method: 'PUT', headers: { Authorization: `Bearer ${people.reporter.token}`, 'X-Soan-Name': encodeURIComponent('Bản đồ.png') }, body: Buffer.from(png) });
    expect(put.status).toBe(201);
    const got = await fetch(`${mediaBaseOf(two.url)}/media/${name}`, { headers: { Authorization: `Bearer ${people.editor.token}` } });
    expect(got.status).toBe(200);
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(png);
    expect(decodeURIComponent(got.headers.get('x-soan-name')!)).toBe('Bản đồ.png');
    const have = await fetch(`${mediaBaseOf(two.url)}/media/have`, { method: 'POST', headers: { Authorization: `Bearer ${people.desk.token}` }, body: JSON.stringify([name, `${'0'.repeat(64)}.png`, "x'; DROP TABLE soan_media; --"]) });
    expect(await have.json()).toEqual([name]);

    const jpeg = await imageFixture('photo.jpg');
    const wrong = await fetch(`${mediaBaseOf(two.url)}/media/${name.replace('.png', '.jpg')}`, { method: 'PUT', headers: { Authorization: `Bearer ${people.reporter.token}` }, body: Buffer.from(jpeg) });
    expect([wrong.status, await wrong.json()]).toEqual([422, { refused: 'checksum' }]);
    // Nothing of the images is on either instance's disk: they are in the shared database.
    for (const folder of folders) expect(await fs.readdir(folder).catch(() => [])).not.toContain('media');
  });
});
