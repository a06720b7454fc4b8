// A pruned image an article still needs comes back by itself: a reporter's laptop sends a photo
// as soon as it is imported, then loses the server before the figure that uses it is synced.
// Past the grace period, prune-media finds no stored article mentioning the photo and moves it
// aside; once the server is back, the laptop syncs its article and sends the photo again.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { runPruneCommand } from '../../../server/prune/pruneCommand';
import { EditorDoc, imageFixture, setUpBackend, tempFolder, type TestBackend } from '../services/support';
import { freePort } from './scaleOutServices';
import { people, spawnServer, writeConfig } from './serverSupport';

const DAY_MS = 24 * 60 * 60 * 1000;
const exists = (file: string) => fs.stat(file).then(() => true, () => false);

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function stop(server: Awaited<ReturnType<typeof spawnServer>>): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

let configFile: string;
let dataFolder: string;
let server: Awaited<ReturnType<typeof spawnServer>>;
let lan: TestBackend;

beforeAll(async () => {
  const folder = await tempFolder('soan-prune-resend-');
  configFile = await writeConfig(folder, { port: await freePort(), dataFolder: 'data', users: Object.values(people) });
  dataFolder = path.join(folder, 'data');
  server = await spawnServer(configFile);
  lan = await setUpBackend({ profileName: people.reporter.name, sync: { roundIntervalMs: 400, articleTimeoutMs: 5000, maxReconnectDelayMs: 500 } });
  await lan.call('settings:update', { sync: { serverUrl: server.url, token: people.reporter.token } });
}, 30_000);

afterAll(() => stop(server));

describe('a pruned image an article still needs', () => {
  it('is sent again by the workstation that has it, once the server is back', async () => {
    const { id } = await lan.call('article:create', { headline: 'Khởi công cầu Cửa Hội' });
    const editor = new EditorDoc((await lan.call('article:open', { id })).state);
    const photo = await lan.call('media:import', { articleId: id, fileName: 'Lễ khởi công.jpg', bytes: await imageFixture('photo.jpg') });
    const onServer = path.join(dataFolder, 'media', photo.file);
    await until(() => exists(onServer), 20_000, 'the photo on the server');

    // The server goes away before the figure is synced; the reporter adds it offline.
    await stop(server);
    const figureUpdate = editor.change((fragment) => {
      const figure = new Y.XmlElement('figure');
      figure.setAttribute('src', photo.file);
      figure.insert(0, [new Y.XmlElement('figcaption')]);
      fragment.insert(2, [figure]);
    });
    await lan.call('article:update', { id, update: figureUpdate });

    // 40 days later: no stored article mentions the photo, so it is moved aside.
    const old = new Date(Date.now() - 40 * DAY_MS);
    await fs.utimes(onServer, old, old);
    const said: string[] = [];
    expect(await runPruneCommand(['--config', configFile], (line) => said.push(line), (line) => said.push(line))).toBe(0);
    expect(said[0]).toContain('Moved 1 image no article uses');
    expect(await exists(onServer)).toBe(false);

    // The server is back on the same address: the article goes up, and the photo with it.
    server = await spawnServer(configFile);
    await until(() => exists(onServer), 30_000, 'the photo sent again');
    expect(new Uint8Array(await fs.readFile(onServer))).toEqual(await imageFixture('photo.jpg'));
    // Now an article mentions it: a second prune keeps it, however old.
    await stop(server);
    await fs.utimes(onServer, old, old);
    said.length = 0;
    expect(await runPruneCommand(['--config', configFile, '--dry-run'], (line) => said.push(line), (line) => said.push(line))).toBe(0);
    expect(said.join('\n')).toContain('Kept 1 image they mention');
  }, 90_000);
});
