// Shared by the sync-server tests: a real server on 127.0.0.1 (in this process, or as its own
// process through `npm run server`'s entry), and clients that are real HocuspocusProviders over
// real WebSockets, each with its own Y.Doc — what a workstation's services hold.
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { decodeRefusal, type SyncIdentity, type SyncRefusal } from '../../../electron/contract/sync';
import type { ServerRole, ServerUser } from '../../../server/serverConfig';
import { parseServerConfig } from '../../../server/serverConfig';
import { memoryLog } from '../../../server/serverLog';
import { startSoanServer, type SoanServer } from '../../../server/soanServer';
import { createArticleDoc } from '../../../electron/services/article/articleYDoc';
import { tempFolder } from '../services/support';

export const people: Record<'reporter' | 'editor' | 'desk' | 'reviewer', ServerUser> = {
  reporter: { name: 'Thu Hà', role: 'reporter', token: 'reporter-token-0123456789abcdef' },
  editor: { name: 'Minh Biên', role: 'editor', token: 'editor-token-0123456789abcdefgh' },
  desk: { name: 'Thư ký', role: 'desk', token: 'desk-token-0123456789abcdefghijk' },
  reviewer: { name: 'Lan Góp Ý', role: 'reviewer', token: 'reviewer-token-0123456789abcdef' },
};

export async function startTestServer(options: { dataFolder?: string; users?: ServerUser[]; compactDelayMs?: number } = {}) {
  const dataFolder = options.dataFolder ?? (await tempFolder('soan-server-'));
  const log = memoryLog();
  const config = parseServerConfig({ port: 0, dataFolder, users: options.users ?? Object.values(people) }, '/');
  const server = await startSoanServer(config, { log, compactDelayMs: options.compactDelayMs ?? 50 });
  return { server, log, dataFolder };
}

/** A new article document as the workstation creates it. */
export function newArticle(id: string, author = people.reporter.name, headline = 'Tin sáng'): Y.Doc {
  return createArticleDoc({ id, createdAt: '2026-12-07T08:00:00.000Z', author, headline });
}

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Refusals the server sent (close or permission-denied reasons). */
  refusals: SyncRefusal[];
  identity?: SyncIdentity;
  /** Resolves when the first sync is done and every local change is acknowledged. */
  settled(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

export function connect(url: string, documentName: string, token: string, doc = new Y.Doc()): TestClient {
  const refusals: SyncRefusal[] = [];
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 100, minDelay: 100, maxDelay: 500 });
  const client: TestClient = {
    doc,
    refusals,
    provider: undefined as unknown as HocuspocusProvider,
    settled: (timeoutMs = 5000) =>
      waitFor(() => client.provider.isSynced && client.provider.unsyncedChanges === 0, timeoutMs, `${documentName} to settle`),
    destroy: () => {
      client.provider.destroy();
      socket.destroy();
    },
  };
  client.provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    token,
    document: doc,
    onAuthenticationFailed: ({ reason }) => void refusals.push(decodeRefusal(reason) ?? { code: 'unauthorized' }),
    onClose: ({ event }) => {
      const refusal = decodeRefusal(event.reason);
      if (refusal) refusals.push(refusal);
    },
    onStateless: ({ payload }) => {
      const value = JSON.parse(payload) as SyncIdentity;
      if (value.soan === 'identity') client.identity = value;
    },
  });
  client.provider.attach();
  return client;
}

export async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The sync server as its own process (server/main.ts through tsx), as `npm run server` starts it. */
export async function spawnServer(configFile: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const root = path.resolve(import.meta.dirname, '..', '..', '..');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server', 'main.ts'), '--config', configFile], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await waitFor(() => /ws:\/\/\S+/.test(output) || child.exitCode !== null, 20_000, 'the server to start');
  const url = /ws:\/\/\S+/.exec(output)?.[0];
  if (!url) throw new Error(`the server did not start:\n${output}`);
  return { child, url, output: () => output };
}

export async function writeConfig(folder: string, config: Record<string, unknown>): Promise<string> {
  const file = path.join(folder, 'soan-server.json');
  await fs.writeFile(file, JSON.stringify(config, null, 2));
  return file;
}

export type { SoanServer, ServerRole };
