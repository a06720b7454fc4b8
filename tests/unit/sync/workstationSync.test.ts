// Two workstations (two libraries, two backends) and one sync server (its own process) on
// 127.0.0.1. The services hold the server's provider on their own copy of each article:
// what arrives reaches an open editor as a push; offline, both keep working and catch up
// when the server is back, both ways.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Push } from '../../../electron/contract/ipc/push';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { EditorDoc, projectFolderOf, setUpBackend, tempFolder, type TestBackend } from '../services/support';
import { freePort } from '../server/scaleOutServices';
import { people, spawnServer, waitFor, writeConfig } from '../server/serverSupport';

interface Workstation extends TestBackend {
  pushes: Push[];
  /** What the merge report's seam was handed: the text before and after an article caught up. */
  caughtUp: Array<{ id: string; before: string; after: string }>;
  /** The renderer's copy of an open article, taking the pushes as the editor does. */
  editors: Map<string, EditorDoc>;
  open(id: string): Promise<EditorDoc>;
  type(id: string, block: number, text: string): Promise<void>;
}

async function workstation(name: string): Promise<Workstation> {
  const caughtUp: Workstation['caughtUp'] = [];
  const onCaughtUp = ({ id, before, doc }: { id: string; before: Uint8Array; doc: Y.Doc }) => {
    const old = new Y.Doc();
    Y.applyUpdate(old, before);
    caughtUp.push({ id, before: readArticle(old).text, after: readArticle(doc).text });
  };
  const test = await setUpBackend({ profileName: name, sync: { roundIntervalMs: 400, articleTimeoutMs: 5000, maxReconnectDelayMs: 1000, onCaughtUp } });
  const pushes: Push[] = [];
  const editors = new Map<string, EditorDoc>();
  test.backend.onPush((push) => {
    pushes.push(push);
    if (push.kind === 'article:update') {
      const editor = editors.get(push.id);
      if (editor) Y.applyUpdate(editor.doc, push.update, 'push');
    }
  });
  return {
    ...test,
    pushes,
    caughtUp,
    editors,
    async open(id) {
      // Listening before the state arrives, as the editor does.
      const editor = new EditorDoc();
      editors.set(id, editor);
      Y.applyUpdate(editor.doc, (await test.call('article:open', { id })).state);
      return editor;
    },
    async type(id, block, text) {
      await test.call('article:update', { id, update: editors.get(id)!.type(block, text) });
    },
  };
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const hasArticle = async (w: Workstation, id: string) => (await w.call('library:list', {})).articles.some((a) => a.id === id);

const statusOf = (w: Workstation) => w.pushes.filter((p) => p.kind === 'sync:status').at(-1) as Extract<Push, { kind: 'sync:status' }> | undefined;
const headlineOf = (w: Workstation, id: string) => readArticle(w.editors.get(id)!.doc).headline;

async function readableOnDisk(w: Workstation, id: string): Promise<{ content: unknown; review: unknown }> {
  const json = JSON.parse(await fs.readFile(path.join(await projectFolderOf(w.libraryPath, id), 'article.json'), 'utf8'));
  return { content: json.content, review: json.review };
}

let configFile: string;
let server: Awaited<ReturnType<typeof spawnServer>>;
let serverUrl: string;

beforeAll(async () => {
  const folder = await tempFolder('soan-sync-');
  configFile = await writeConfig(folder, { port: await freePort(), dataFolder: 'data', users: Object.values(people) });
  server = await spawnServer(configFile);
  serverUrl = server.url;
}, 30_000);

afterAll(() => {
  server?.child.kill('SIGKILL');
});

describe('two workstations and a sync server', () => {
  let reporter: Workstation;
  let editor: Workstation;
  let id: string;

  it('an article written on one workstation reaches the other; typing and presence go both ways, live', async () => {
    reporter = await workstation('Thu Hà');
    editor = await workstation('Minh Biên');
    ({ id } = await reporter.call('article:create', { headline: 'Đồng bộ qua máy chủ' }));
    await reporter.open(id);
    await reporter.type(id, 2, 'Đoạn đầu của phóng viên.');

    await reporter.call('settings:update', { sync: { serverUrl, token: people.reporter.token } });
    await editor.call('settings:update', { sync: { serverUrl, token: people.editor.token } });
    // The token never comes back out of the services.
    expect((await editor.call('settings:get', {})).sync).toEqual({ serverUrl, hasToken: true });
    expect(JSON.stringify(await editor.call('settings:get', {}))).not.toContain(people.editor.token);

    await waitFor(() => editor.pushes.some((p) => p.kind === 'library:changed'), 20_000, 'the article to reach the editor');
    expect((await editor.call('library:list', {})).articles.map((a) => a.headline)).toContain('Đồng bộ qua máy chủ');
    await editor.open(id);
    expect(readArticle(editor.editors.get(id)!.doc).text).toContain('Đoạn đầu của phóng viên.');

    await editor.type(id, 0, ' hôm nay');
    await waitFor(() => headlineOf(reporter, id) === 'Đồng bộ qua máy chủ hôm nay', 20_000, "the editor's typing on the reporter's screen");
    await reporter.type(id, 1, 'Sapo viết sau.');
    await waitFor(() => readArticle(editor.editors.get(id)!.doc).sapo === 'Sapo viết sau.', 20_000, "the reporter's typing on the editor's screen");

    const presence = (w: Workstation) => w.pushes.filter((p): p is Extract<Push, { kind: 'article:presence' }> => p.kind === 'article:presence' && p.id === id).at(-1)?.peers ?? [];
    await waitFor(() => presence(reporter).some((p) => p.name === people.editor.name), 20_000, 'the editor shown to the reporter');
    await waitFor(() => presence(editor).some((p) => p.name === people.reporter.name), 20_000, 'the reporter shown to the editor');
    await waitFor(() => statusOf(reporter)?.status.state === 'online', 20_000, 'online');
    expect(statusOf(reporter)!.status.identity).toEqual({ name: people.reporter.name, role: 'reporter' });
  }, 60_000);

  it('offline, both keep working; when the server is back, each gets everything the other wrote', async () => {
    server.child.kill('SIGKILL');
    await waitFor(() => statusOf(reporter)?.status.state === 'offline' && statusOf(editor)?.status.state === 'offline', 20_000, 'both to see the server gone');

    await reporter.type(id, 2, ' Viết thêm khi mất mạng.');
    await editor.type(id, 0, ' (đã biên tập)');
    const { id: second } = await editor.call('article:create', { headline: 'Bài viết lúc ngoại tuyến' });
    await waitFor(() => (statusOf(reporter)?.status.waiting ?? 0) > 0, 20_000, 'changes waiting to go up');
    // Saved locally all the same.
    expect(JSON.stringify(await readableOnDisk(reporter, id))).toContain('Viết thêm khi mất mạng.');

    // The editor's laptop stays away longer than the server does.
    await editor.call('settings:update', { sync: null });
    server = await spawnServer(configFile);
    await waitFor(() => statusOf(reporter)?.status.state === 'online' && statusOf(reporter)?.status.waiting === 0, 20_000, "the reporter's changes sent");

    await editor.call('settings:update', { sync: { serverUrl, token: people.editor.token } });
    await waitFor(() => headlineOf(reporter, id).endsWith('(đã biên tập)'), 20_000, "the editor's offline edit on the reporter's side");
    await waitFor(() => readArticle(editor.editors.get(id)!.doc).text.includes('Viết thêm khi mất mạng.'), 20_000, "the reporter's offline edit on the editor's side");
    await waitFor(() => statusOf(editor)?.status.state === 'online' && statusOf(editor)?.status.waiting === 0, 20_000, 'everything sent');
    await waitFor(() => headlineOf(reporter, id) === headlineOf(editor, id), 20_000, 'the same headline');
    expect(Y.encodeStateVector(reporter.editors.get(id)!.doc)).toEqual(Y.encodeStateVector(editor.editors.get(id)!.doc));
    // The merge report's seam saw the editor's copy meet the reporter's offline work, and has it before and after.
    const broughtIn = editor.caughtUp.filter((c) => c.id === id && c.after.includes('Viết thêm khi mất mạng.'));
    expect(broughtIn.map((c) => c.before.includes('Viết thêm khi mất mạng.'))).toEqual([false]);

    await until(() => hasArticle(reporter, second), 20_000, 'the offline article to reach the reporter');
    expect(reporter.pushes.some((p) => p.kind === 'library:changed')).toBe(true);

    // Both libraries hold the same article on disk once saved.
    await reporter.call('article:close', { id });
    await editor.call('article:close', { id });
    expect(await readableOnDisk(reporter, id)).toEqual(await readableOnDisk(editor, id));
  }, 60_000);

  it("a review-only token's text change is refused and said so; the workstation keeps it; a wrong token is refused", async () => {
    const reviewer = await workstation('Lan Góp Ý');
    await reviewer.call('settings:update', { sync: { serverUrl, token: people.reviewer.token } });
    await until(() => hasArticle(reviewer, id), 20_000, 'the article to reach the reviewer');
    await reviewer.open(id);
    await reviewer.type(id, 0, ' — sửa thẳng');
    await waitFor(() => (statusOf(reviewer)?.status.refusals.length ?? 0) > 0, 20_000, 'the refusal');
    expect(statusOf(reviewer)!.status.refusals).toEqual([{ id, refusal: { code: 'forbidden-text' } }]);
    expect(JSON.stringify(await readableOnDisk(reviewer, id))).toContain('sửa thẳng');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await reporter.open(id);
    expect(headlineOf(reporter, id)).not.toContain('sửa thẳng');

    const stranger = await workstation('Người lạ');
    await stranger.call('settings:update', { sync: { serverUrl, token: 'this-token-is-not-in-the-config-file' } });
    await stranger.call('article:create', { headline: 'Không được gửi' });
    await waitFor(() => (statusOf(stranger)?.status.refusals ?? []).some((r) => r.refusal.code === 'unauthorized'), 20_000, 'the refusal');
    expect(stranger.pushes.some((p) => p.kind === 'library:changed')).toBe(false);
  }, 60_000);
});
