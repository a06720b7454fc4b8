// Shared by the service tests: real temp folders, a stand-in for the editor (a second Y.Doc
// that sends updates, as the renderer does), and corrupt file contents.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import * as Y from 'yjs';
import type { Result } from '../../../electron/contract/errors';
import { ARTICLE_FRAGMENT } from '../../../electron/contract/article/articleNames';
import { createBackend } from '../../../electron/services/backend';
import type { Backend, BackendOptions } from '../../../electron/services/backend';
import type { Channel } from '../../../electron/contract/ipc/channelNames';
import type { Responses } from '../../../electron/contract/ipc/api';
import type { RequestOf } from '../../../electron/contract/ipc/schemas';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

/** A fresh folder under the system temp dir, removed after the test file. */
export async function tempFolder(name = 'soan-test-'): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), name));
  made.push(dir);
  return dir;
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

export function errorOf(result: Result<unknown>): { code: string; params: Record<string, string | number> } {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}

/** The renderer's side: a Y.Doc kept in sync with what the backend sent, producing updates. */
export class EditorDoc {
  readonly doc = new Y.Doc();

  constructor(state?: Uint8Array) {
    if (state) Y.applyUpdate(this.doc, state);
  }

  get fragment(): Y.XmlFragment {
    return this.doc.getXmlFragment(ARTICLE_FRAGMENT);
  }

  /** Make a change and return the update the editor would send. */
  change(edit: (fragment: Y.XmlFragment, doc: Y.Doc) => void): Uint8Array {
    const before = Y.encodeStateVector(this.doc);
    this.doc.transact(() => edit(this.fragment, this.doc));
    return Y.encodeStateAsUpdate(this.doc, before);
  }

  /** Type text at the end of the block at `index` (0 headline, 1 sapo, 2 first paragraph…). */
  type(index: number, text: string): Uint8Array {
    return this.change((fragment) => {
      const block = fragment.get(index) as Y.XmlElement;
      let run = block.toArray().find((c) => c instanceof Y.XmlText) as Y.XmlText | undefined;
      if (!run) {
        run = new Y.XmlText();
        block.insert(block.length, [run]);
      }
      run.insert(run.length, text);
    });
  }

  /** Append a paragraph with the given text. */
  addParagraph(text: string): Uint8Array {
    return this.change((fragment) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      fragment.insert(fragment.length, [paragraph]);
    });
  }
}

/** The ways a file is found damaged after a crash or a bad copy. */
export function corruptions(good: Uint8Array | string): Record<string, Uint8Array> {
  const bytes = typeof good === 'string' ? new TextEncoder().encode(good) : good;
  return {
    empty: new Uint8Array(0),
    'cut in half': bytes.slice(0, Math.floor(bytes.length / 2)),
    '{': new TextEncoder().encode('{'),
    'NUL bytes': new Uint8Array(Math.max(bytes.length, 64)),
  };
}

export async function filesIn(folder: string): Promise<string[]> {
  return (await fs.readdir(folder)).sort();
}

export const sampleText = () =>
  fs.readFile(path.join(import.meta.dirname, '../../fixtures/baohatinh-tu-soi-tu-sua.txt'), 'utf8');

export const imageFixture = (name: string) =>
  fs.readFile(path.join(import.meta.dirname, '../fixtures/images', name)).then((b) => new Uint8Array(b));

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ---------------------------------------------------------------- backends on temp folders


export interface TestBackend {
  backend: Backend;
  userDataDir: string;
  libraryPath: string;
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Responses[C]>;
  fail(channel: Channel, request: unknown): Promise<{ code: string; params: Record<string, string | number> }>;
}

const openBackends: Backend[] = [];
afterAll(async () => {
  await Promise.all(openBackends.map((b) => b.close()));
});

export function wrapBackend(backend: Backend, userDataDir: string, libraryPath: string): TestBackend {
  openBackends.push(backend);
  return {
    backend,
    userDataDir,
    libraryPath,
    call: async (channel, request) => unwrap(await backend.dispatch(channel, request)) as never,
    fail: async (channel, request) => errorOf(await backend.dispatch(channel, request)),
  };
}

/** A backend past first run: profile set, library created in a temp folder. */
export async function setUpBackend(
  options: { libraryPath?: string; userDataDir?: string; profileName?: string } & Partial<BackendOptions> = {},
): Promise<TestBackend> {
  const root = await tempFolder();
  const userDataDir = options.userDataDir ?? path.join(root, 'userData');
  const libraryPath = options.libraryPath ?? path.join(root, 'Soan');
  const backend = createBackend({ saveDelayMs: 20, retryDelayMs: 200, ...options, userDataDir, defaultLibraryPath: libraryPath });
  const test = wrapBackend(backend, userDataDir, libraryPath);
  await test.call('settings:update', { profile: { name: options.profileName ?? 'Nguyễn Thị Phóng Viên', role: 'reporter' } });
  return test;
}

/** The folder of an article, found on disk by its id (the renderer never knows it). */
export async function projectFolderOf(libraryPath: string, id: string): Promise<string> {
  const name = (await fs.readdir(libraryPath)).find((n) => n.endsWith(`-${id}`));
  if (!name) throw new Error(`no folder for ${id}`);
  return path.join(libraryPath, name);
}
