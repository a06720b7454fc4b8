// Two workstations (a reporter and an editor, each with their own library and services) on one
// sync server, with one article the reporter made open on both: the reporter's editor copy to
// type into, and the editor's editor copy fed by the pushes, as the renderer would be.
import * as Y from 'yjs';
import { expect } from 'vitest';
import { EditorDoc, setUpBackend } from '../services/support';
import { people, type SoanServer } from '../server/serverSupport';

export async function openOnTwoWorkstations(server: SoanServer, headline: string) {
  const sync = { roundIntervalMs: 400, articleTimeoutMs: 5000, maxReconnectDelayMs: 1000 };
  const reporter = await setUpBackend({ profileName: people.reporter.name, sync });
  const editor = await setUpBackend({ profileName: people.editor.name, sync });
  const { id } = await reporter.call('article:create', { headline });
  const typing = new EditorDoc((await reporter.call('article:open', { id })).state);
  await reporter.call('settings:update', { sync: { serverUrl: server.url, token: people.reporter.token } });
  await editor.call('settings:update', { sync: { serverUrl: server.url, token: people.editor.token } });
  await expect.poll(async () => (await editor.call('library:list', {})).articles.map((a) => a.id), { timeout: 20_000 }).toContain(id);
  const watching = new EditorDoc();
  editor.backend.onPush((push) => push.kind === 'article:update' && push.id === id && Y.applyUpdate(watching.doc, push.update));
  Y.applyUpdate(watching.doc, (await editor.call('article:open', { id })).state);
  return { reporter, editor, id, typing, watching };
}
