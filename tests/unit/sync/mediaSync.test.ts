// An article's images travel through the sync server: two workstations (two libraries) and a
// server process on 127.0.0.1. A photo added on one reaches the other's project (media/ and
// media.json), at once when the article is open there; a damaged copy on the server, or a
// figure whose name tries to leave the media folder, is never kept.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Push } from '../../../electron/contract/ipc/push';
import { EditorDoc, imageFixture, projectFolderOf, setUpBackend, tempFolder, type TestBackend } from '../services/support';
import { freePort } from '../server/scaleOutServices';
import { people, spawnServer, waitFor, writeConfig } from '../server/serverSupport';

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface Workstation extends TestBackend {
  pushes: Push[];
  editor?: EditorDoc;
}

let server: Awaited<ReturnType<typeof spawnServer>>;
let serverUrl: string;
let dataFolder: string;
let lan: Workstation;
let minh: Workstation;
let id: string;

async function workstation(name: string): Promise<Workstation> {
  const test = await setUpBackend({ profileName: name, sync: { roundIntervalMs: 400, articleTimeoutMs: 5000, maxReconnectDelayMs: 500 } });
  const w: Workstation = { ...test, pushes: [] };
  test.backend.onPush((push) => {
    w.pushes.push(push);
    if (push.kind === 'article:update' && push.id === id && w.editor) Y.applyUpdate(w.editor.doc, push.update, 'push');
  });
  return w;
}

/** Adds a figure showing `file` at block `at`, as the editor does. */
const figureUpdate = (editor: EditorDoc, file: string, at: number) =>
  editor.change((fragment) => {
    const figure = new Y.XmlElement('figure');
    figure.setAttribute('src', file);
    const caption = new Y.XmlElement('figcaption');
    caption.insert(0, [new Y.XmlText('Lễ khởi công tại xã Thạch Hải.')]);
    figure.insert(0, [caption]);
    fragment.insert(at, [figure]);
  });

const mediaFile = async (w: Workstation, file: string) => path.join(await projectFolderOf(w.libraryPath, id), 'media', file);
const exists = (file: string) => fs.stat(file).then(() => true, () => false);
/** The workstation's project holds the image (false while the project itself is not there yet). */
const hasMedia = (w: Workstation, file: string) => mediaFile(w, file).then(exists, () => false);

beforeAll(async () => {
  const folder = await tempFolder('soan-media-sync-');
  dataFolder = path.join(folder, 'data');
  const config = await writeConfig(folder, { port: await freePort(), dataFolder: 'data', users: Object.values(people) });
  server = await spawnServer(config);
  serverUrl = server.url;
  lan = await workstation(people.reporter.name);
  minh = await workstation(people.editor.name);
}, 30_000);

afterAll(() => {
  server?.child.kill('SIGKILL');
});

describe("an article's images through the sync server", () => {
  it('a photo added on one workstation reaches the other, with its name in media.json', async () => {
    ({ id } = await lan.call('article:create', { headline: 'Hà Tĩnh mở đường ven biển' }));
    lan.editor = new EditorDoc((await lan.call('article:open', { id })).state);
    const photo = await lan.call('media:import', { articleId: id, fileName: 'Lễ khởi công.jpg', bytes: await imageFixture('photo.jpg') });
    await lan.call('article:update', { id, update: figureUpdate(lan.editor, photo.file, 3) });
    await lan.call('settings:update', { sync: { serverUrl, token: people.reporter.token } });
    await minh.call('settings:update', { sync: { serverUrl, token: people.editor.token } });

    await until(() => exists(path.join(dataFolder, 'media', photo.file)), 20_000, 'the photo on the server');
    await until(() => hasMedia(minh, photo.file), 20_000, 'the photo on the editor');
    expect(new Uint8Array(await fs.readFile(await mediaFile(minh, photo.file)))).toEqual(await imageFixture('photo.jpg'));
    const metadata = JSON.parse(await fs.readFile(path.join(await projectFolderOf(minh.libraryPath, id), 'media.json'), 'utf8'));
    expect(metadata.files[photo.file]).toMatchObject({ originalName: 'Lễ khởi công.jpg', mime: 'image/jpeg' });
    // Opening the article there finds nothing missing.
    expect((await minh.call('article:open', { id })).problems).toEqual([]);
  }, 60_000);

  it('an article open on the other workstation gets a new photo at once, and the editor is told', async () => {
    minh.editor = new EditorDoc((await minh.call('article:open', { id })).state);
    const png = await lan.call('media:import', { articleId: id, fileName: 'Bản đồ tuyến đường.png', bytes: await imageFixture('photo.png') });
    await lan.call('article:update', { id, update: figureUpdate(lan.editor!, png.file, 2) });
    await waitFor(() => minh.pushes.some((p) => p.kind === 'media:arrived' && p.id === id && p.files.includes(png.file)), 10_000, 'the photo to arrive while open');
    expect(await exists(await mediaFile(minh, png.file))).toBe(true);
  }, 30_000);

  it('a damaged copy on the server is not kept, and a figure name that leaves the media folder is never used', async () => {
    // The server's copy of an image is damaged on its disk (not through the routes, which refuse it).
    const gif = await imageFixture('dot.gif');
    const gifName = `${createHash('sha256').update(gif).digest('hex')}.gif`;
    await fs.writeFile(path.join(dataFolder, 'media', gifName), new Uint8Array([0x47, 0x49, 0x46, 1, 2, 3]));
    await lan.call('article:update', { id, update: figureUpdate(lan.editor!, gifName, 2) });
    const sync = minh.backend.sync()!;
    const synced = await sync.media.syncArticle(id, [gifName]);
    expect(synced).toEqual({ sent: [], received: [] });
    expect(await exists(await mediaFile(minh, gifName))).toBe(false);

    // Names from a document that are not content-addressed image names: nothing is asked, nothing written.
    const before = (await fs.readdir(minh.libraryPath, { recursive: true })).sort();
    expect(await sync.media.syncArticle(id, ['../../../settings.json', `../${gifName}`, `${'a'.repeat(64)}.png/../../x.png`, 'C:\\Windows\\x.png'])).toEqual({ sent: [], received: [] });
    expect((await fs.readdir(minh.libraryPath, { recursive: true })).sort()).toEqual(before);
  }, 30_000);
});
