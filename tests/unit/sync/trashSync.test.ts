// Moving an article to the trash through the sync server: two workstations (two libraries)
// and a server process on 127.0.0.1. The other workstation follows into its own trash
// (recoverable, said in the library's notices); a restore is passed on the same way; a copy
// edited where the trasher had not seen it is kept, and the trasher gets it back with those
// edits; a trash made offline is passed on when the server is back. A damaged record or a
// hostile mark never costs an article.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LIBRARY_ARTICLES_MAP, LIBRARY_DOCUMENT, type LibraryEntry } from '../../../electron/contract/sync';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { EditorDoc, setUpBackend, tempFolder, type TestBackend } from '../services/support';
import { freePort } from '../server/scaleOutServices';
import { connect, people, spawnServer, writeConfig } from '../server/serverSupport';

let serverUrl: string;
let server: Awaited<ReturnType<typeof spawnServer>>;
let lan: TestBackend;
let minh: TestBackend;

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const online = (w: TestBackend, token: string, on = true) => w.call('settings:update', { sync: on ? { serverUrl, token } : null });
const listed = async (w: TestBackend, id: string) => (await w.call('library:list', {})).articles.some((a) => a.id === id);
const inTrash = async (w: TestBackend, id: string) => (await w.call('library:list', {})).trash.some((t) => t.id === id);
const problemCodes = async (w: TestBackend) => (await w.call('library:list', {})).problems.map((p) => p.code);
const trashIdOf = async (w: TestBackend, id: string) => (await w.call('library:list', {})).trash.find((t) => t.id === id)!.trashId;

async function newArticle(headline: string): Promise<string> {
  const { id } = await lan.call('article:create', { headline });
  await until(() => listed(minh, id), 20_000, `${headline} on the editor`);
  return id;
}

beforeAll(async () => {
  const folder = await tempFolder('soan-trash-sync-');
  const config = await writeConfig(folder, { port: await freePort(), dataFolder: 'data', users: Object.values(people) });
  server = await spawnServer(config);
  serverUrl = server.url;
  const options = { sync: { roundIntervalMs: 400, articleTimeoutMs: 5000, maxReconnectDelayMs: 500 } };
  lan = await setUpBackend({ profileName: people.reporter.name, ...options });
  minh = await setUpBackend({ profileName: people.editor.name, ...options });
  await online(lan, people.reporter.token);
  await online(minh, people.editor.token);
}, 30_000);

afterAll(() => {
  server?.child.kill('SIGKILL');
});

describe('the trash through the sync server', () => {
  it('trashed on one workstation: the other follows into its own trash and is told; a restore there brings it back everywhere', async () => {
    const id = await newArticle('Bài sẽ bị xoá');
    await lan.call('article:trash', { id });
    await until(async () => !(await listed(minh, id)) && (await inTrash(minh, id)), 20_000, 'the editor to follow');
    expect(await problemCodes(minh)).toContain('sync-trashed-elsewhere');

    await minh.call('trash:restore', { trashId: await trashIdOf(minh, id) });
    await until(() => listed(lan, id), 20_000, 'the reporter to get it back');
    expect(await inTrash(lan, id)).toBe(false);
    expect(await problemCodes(lan)).toContain('sync-trash-undone');
    // And it stays back on both (nobody trashes it again by themselves).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect([await listed(lan, id), await listed(minh, id)]).toEqual([true, true]);
  }, 60_000);

  it('edited where the trasher had not seen it: kept there, and the trasher gets it back with the edits', async () => {
    const id = await newArticle('Bài có sửa sau khi xoá');
    await online(minh, '', false);
    const editor = new EditorDoc((await minh.call('article:open', { id })).state);
    await minh.call('article:update', { id, update: editor.type(2, 'Đoạn biên tập viên viết lúc ngoại tuyến.') });
    await minh.call('article:close', { id });
    await lan.call('article:trash', { id });
    await online(minh, people.editor.token);

    await until(() => listed(lan, id), 20_000, 'the reporter to get it back');
    expect(await listed(minh, id)).toBe(true);
    expect(await problemCodes(minh)).toContain('sync-trash-kept');
    // Nothing lost: the offline paragraph reaches the reporter's restored copy.
    await until(
      async () => {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, (await lan.call('article:open', { id })).state);
        return readArticle(doc).text.includes('Đoạn biên tập viên viết lúc ngoại tuyến.');
      },
      20_000,
      'the offline edit on the reporter',
    );
    await lan.call('article:close', { id });
  }, 60_000);

  it('trashed while offline: passed on when the server is back', async () => {
    const id = await newArticle('Bài xoá lúc ngoại tuyến');
    await online(lan, '', false);
    await lan.call('article:trash', { id });
    await online(lan, people.reporter.token);
    await until(async () => !(await listed(minh, id)) && (await inTrash(minh, id)), 20_000, 'the editor to follow');
    expect(await inTrash(lan, id)).toBe(true);
  }, 60_000);

  it('a mark that does not decode never trashes anything; a damaged record is set aside and said so', async () => {
    const id = await newArticle('Bài không được xoá bậy');
    const kept = async (w: TestBackend) => (await problemCodes(w)).filter((code) => code === 'sync-trash-kept').length;
    const keptBefore = { lan: await kept(lan), minh: await kept(minh) };
    // Someone with a token writes a mark into the server's list by hand (in their own name:
    // the server refuses any other, see below), with a state vector that does not decode.
    const rogue = connect(serverUrl, LIBRARY_DOCUMENT, people.desk.token);
    await rogue.settled(10_000);
    rogue.doc.getMap<LibraryEntry>(LIBRARY_ARTICLES_MAP).set(id, { headline: 'Bài không được xoá bậy', trashed: { at: '2026-12-07T00:00:00.000Z', by: people.desk.name, vector: '%%% not base64 %%%' } });
    await rogue.settled(10_000);
    rogue.destroy();
    await until(async () => (await kept(minh)) > keptBefore.minh || (await kept(lan)) > keptBefore.lan, 20_000, 'the mark to be refused');
    await new Promise((resolve) => setTimeout(resolve, 1000)); // rounds on both
    expect([await listed(lan, id), await listed(minh, id)]).toEqual([true, true]);

    // Offline while the file is damaged by hand: a sync round writing its records in between
    // would mend the file before the trash reads it.
    await online(minh, '', false);
    const records = path.join(minh.libraryPath, '.soan', 'sync-trash.json');
    await fs.writeFile(records, '{"abc": {"mark": ');
    await minh.call('article:trash', { id });
    const names = await fs.readdir(path.join(minh.libraryPath, '.soan'));
    expect(names.some((n) => n.startsWith('sync-trash.json.corrupt-'))).toBe(true);
    expect(await problemCodes(minh)).toContain('file-damaged-moved');
    expect(await inTrash(minh, id)).toBe(true); // the trash itself still works, and is recoverable
    await online(minh, people.editor.token);
  }, 60_000);

  it('a mark in someone else’s name is refused by the server, and nothing is trashed anywhere', async () => {
    const id = await newArticle('Bài bị mạo danh xoá');
    const rogue = connect(serverUrl, LIBRARY_DOCUMENT, people.desk.token);
    const article = connect(serverUrl, id, people.desk.token);
    await rogue.settled(10_000);
    await article.settled(10_000);
    // A state vector beyond every change of the article: a real mark with it would trash it everywhere.
    const beyond = new Map([...Y.decodeStateVector(Y.encodeStateVector(article.doc))].map(([client, clock]) => [client, clock + 1_000_000]));
    const vector = Buffer.from(Y.encodeStateVector(beyond)).toString('base64');
    article.destroy();
    rogue.doc.getMap<LibraryEntry>(LIBRARY_ARTICLES_MAP).set(id, { headline: 'Bài bị mạo danh xoá', trashed: { at: '2026-12-07T01:00:00.000Z', by: people.editor.name, vector } });
    await until(async () => rogue.refusals.length > 0, 10_000, 'the forged mark to be refused');
    rogue.destroy();
    expect(rogue.refusals[0]).toEqual({ code: 'forbidden-trash-name' });
    await new Promise((resolve) => setTimeout(resolve, 1500)); // rounds on both
    expect([await listed(lan, id), await listed(minh, id)]).toEqual([true, true]);
    expect([await inTrash(lan, id), await inTrash(minh, id)]).toEqual([false, false]);
    const later = connect(serverUrl, LIBRARY_DOCUMENT, people.editor.token);
    await later.settled(10_000);
    expect(later.doc.getMap<LibraryEntry>(LIBRARY_ARTICLES_MAP).get(id)?.trashed).toBeUndefined();
    later.destroy();
  }, 60_000);

  it('a workstation whose profile name is not its server name marks in the name the server gave its token', async () => {
    const id = await newArticle('Bài xoá từ máy ở nhà');
    await lan.call('settings:update', { profile: { name: 'Hà (máy ở nhà)', role: 'reporter' } });
    try {
      await until(async () => (await lan.call('sync:status', {})).identity?.name === people.reporter.name, 20_000, 'the server to say who the token is');
      await lan.call('article:trash', { id });
      await until(async () => !(await listed(minh, id)) && (await inTrash(minh, id)), 20_000, 'the editor to follow');
      const list = connect(serverUrl, LIBRARY_DOCUMENT, people.editor.token);
      await list.settled(10_000);
      expect(list.doc.getMap<LibraryEntry>(LIBRARY_ARTICLES_MAP).get(id)?.trashed?.by).toBe(people.reporter.name);
      list.destroy();
      expect((await lan.call('sync:status', {})).refusals).toEqual([]);
    } finally {
      await lan.call('settings:update', { profile: { name: people.reporter.name, role: 'reporter' } });
    }
  }, 60_000);
});
