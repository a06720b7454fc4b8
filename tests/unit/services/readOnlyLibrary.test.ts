// Root ignores permission bits, so these run the backend in a child process as the
// unprivileged user "nobody" (uid/gid 65534) on folders that user may or may not write.
import { readArticle } from '../../../electron/contract/article/readArticle';
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Result } from '../../../electron/contract/errors';
import { EditorDoc, projectFolderOf, setUpBackend, tempFolder, unwrap } from './support';

const NOBODY = 65534;
const REPO = path.resolve(import.meta.dirname, '../../..');
const canSwitchUser = typeof process.getuid === 'function' && process.getuid() === 0;

class RemoteBackend {
  private ref = 0;
  private readonly waiting = new Map<number, (value: unknown) => void>();
  readonly ready: Promise<void>;
  stderr = '';

  private constructor(private readonly child: ChildProcess) {
    child.stderr?.on('data', (d) => (this.stderr += d));
    this.ready = new Promise((resolve, reject) => {
      this.waiting.set(0, () => resolve());
      child.on('exit', (code) => reject(new Error(`child exited ${code}: ${this.stderr}`)));
    });
    child.on('message', (m: { ref: number; value: unknown }) => this.waiting.get(m.ref)?.(m.value));
  }

  static async start(home: string, options: { userDataDir: string; defaultLibraryPath: string }): Promise<RemoteBackend> {
    const child = fork(path.join(REPO, 'tests/unit/fixtures/backendChild.ts'), [], {
      cwd: REPO,
      execArgv: ['--import', 'tsx'],
      uid: NOBODY,
      gid: NOBODY,
      env: { ...process.env, HOME: home },
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const remote = new RemoteBackend(child);
    await remote.ready;
    await remote.send({ type: 'start', options: { ...options, saveDelayMs: 10, retryDelayMs: 60_000 } });
    return remote;
  }

  private send(message: Record<string, unknown>): Promise<unknown> {
    const ref = ++this.ref;
    return new Promise((resolve) => {
      this.waiting.set(ref, resolve);
      this.child.send({ ...message, ref });
    });
  }

  dispatch(channel: string, payload: unknown): Promise<Result<any>> {
    return this.send({ type: 'dispatch', channel, payload }) as Promise<Result<any>>;
  }

  async close(): Promise<void> {
    await this.send({ type: 'close' });
  }
}

/** A folder "nobody" can reach: its parents are traversable, and it belongs to nobody if asked. */
async function folderFor(ownedByNobody: boolean): Promise<string> {
  const base = await tempFolder('soan-ro-');
  await fs.chmod(base, 0o755);
  const dir = path.join(base, 'home');
  await fs.mkdir(dir, { mode: 0o755 });
  if (ownedByNobody) await fs.chown(dir, NOBODY, NOBODY);
  return dir;
}

async function chmodTree(root: string, dirMode: number, fileMode: number): Promise<void> {
  const stat = await fs.lstat(root);
  if (stat.isDirectory()) {
    for (const name of await fs.readdir(root)) await chmodTree(path.join(root, name), dirMode, fileMode);
    await fs.chmod(root, dirMode);
  } else if (stat.isFile()) {
    await fs.chmod(root, fileMode);
  }
}

describe.skipIf(!canSwitchUser)('a read-only library', () => {
  it('a library the user may not write: a clear message, and nothing changes', async () => {
    const home = await folderFor(true);
    const existing = await setUpBackend({ libraryPath: path.join(await folderFor(false), 'Soan') }); // made by root
    await existing.call('article:create', { headline: 'Của người khác' });
    await existing.backend.close();

    const remote = await RemoteBackend.start(home, { userDataDir: path.join(home, 'userData'), defaultLibraryPath: existing.libraryPath });
    try {
      const result = await remote.dispatch('settings:update', { profile: { name: 'Khách', role: 'editor' } });
      expect(result).toEqual({ ok: false, error: { code: 'library-read-only', params: { path: existing.libraryPath } } });
      expect(unwrap(await remote.dispatch('settings:get', {})).profile).toBeNull();
      // A new, writable library is still possible.
      const own = unwrap(await remote.dispatch('settings:update', { profile: { name: 'Khách', role: 'editor' }, libraryPath: path.join(home, 'Soan') }));
      expect(own.libraryPath).toBe(path.join(home, 'Soan'));
    } finally {
      await remote.close();
    }
    // The other library is untouched.
    const owner = await setUpBackend({ libraryPath: existing.libraryPath });
    expect((await owner.call('library:list', {})).articles.map((a) => a.headline)).toEqual(['Của người khác']);
  });

  it('a library that turns read-only while open: typing is kept, a clear error, saved once writable again', async () => {
    const home = await folderFor(true);
    const libraryPath = path.join(home, 'Soan');
    const remote = await RemoteBackend.start(home, { userDataDir: path.join(home, 'userData'), defaultLibraryPath: libraryPath });
    try {
      unwrap(await remote.dispatch('settings:update', { profile: { name: 'Phóng viên', role: 'reporter' } }));
      const { id } = unwrap(await remote.dispatch('article:create', { headline: 'Chỉ đọc' }));
      const editor = new EditorDoc(unwrap(await remote.dispatch('article:open', { id })).state);
      unwrap(await remote.dispatch('article:update', { id, update: editor.type(1, 'trước') }));

      await chmodTree(libraryPath, 0o555, 0o444);
      const failed = await remote.dispatch('article:update', { id, update: editor.type(1, ' trong lúc khoá') });
      expect(failed).toEqual({ ok: false, error: { code: 'library-read-only', params: { path: libraryPath } } });
      const created = await remote.dispatch('article:create', { headline: 'Không tạo được' });
      expect(created).toEqual({ ok: false, error: { code: 'library-read-only', params: { path: libraryPath } } });
      const inMemory = new Y.Doc();
      Y.applyUpdate(inMemory, unwrap(await remote.dispatch('article:open', { id })).state);
      expect(readArticle(inMemory).text).toBe('Chỉ đọc\n\ntrước trong lúc khoá');

      await chmodTree(libraryPath, 0o755, 0o644);
      const saved = unwrap(await remote.dispatch('article:update', { id, update: editor.type(1, ' và sau') }));
      expect(saved.wordCount).toBe(2 + 6);
      const json = JSON.parse(await fs.readFile(path.join(await projectFolderOf(libraryPath, id), 'article.json'), 'utf8'));
      expect(json.text).toBe('Chỉ đọc\n\ntrước trong lúc khoá và sau');
    } finally {
      await chmodTree(libraryPath, 0o755, 0o644).catch(() => {});
      await remote.close();
    }
  });
});
