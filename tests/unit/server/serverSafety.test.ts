// Safe by construction: a stored article that cannot be read is refused, never replaced by an
// empty one; a server killed (SIGKILL) in the middle of a sync loses nothing it acknowledged,
// and what a client typed meanwhile arrives once it is back.
import net from 'node:net';
import path from 'node:path';
import sqlite from 'node-sqlite3-wasm';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { SQLITE_FILE } from '../../../server/storage/sqliteUpdateLog';
import { tempFolder } from '../services/support';
import { connect, newArticle, people, spawnServer, startTestServer, waitFor, writeConfig, type TestClient } from './serverSupport';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function client(...args: Parameters<typeof connect>): TestClient {
  const made = connect(...args);
  cleanups.push(() => made.destroy());
  return made;
}

function headlineText(doc: Y.Doc): Y.XmlText {
  return (doc.getXmlFragment('article').get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

function rowsOf(dataFolder: string): Array<{ seq: number; document: string; data: string }> {
  const db = new sqlite.Database(path.join(dataFolder, SQLITE_FILE));
  try {
    return db.all('SELECT seq, document, data FROM updates ORDER BY seq').map((r) => ({
      seq: Number(r.seq),
      document: String(r.document),
      data: Buffer.from(r.data as Uint8Array).toString('hex'),
    }));
  } finally {
    db.close();
  }
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('the sync server keeps what it stored', () => {
  it('a stored article that cannot be read is refused, and nothing overwrites it', async () => {
    const first = await startTestServer();
    const id = 'art0000000101';
    const reporter = client(first.server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Bài đã lưu'));
    await reporter.settled();
    reporter.destroy();
    await first.server.close();

    // Damage on disk: a row that does not decode, beside the good one.
    const db = new sqlite.Database(path.join(first.dataFolder, SQLITE_FILE));
    db.run('INSERT INTO updates (document, data) VALUES (?, ?)', [id, new Uint8Array([255, 255, 255, 1, 2, 3])]);
    db.close();
    const before = rowsOf(first.dataFolder);

    const second = await startTestServer({ dataFolder: first.dataFolder });
    cleanups.push(() => second.server.close());
    const empty = client(second.server.url, id, people.editor.token);
    const withEdits = client(second.server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Bản trên máy'));
    await waitFor(() => empty.refusals.length > 0 && withEdits.refusals.length > 0, 20_000, 'the refusals');
    expect(empty.refusals[0]).toEqual({ code: 'unreadable' });
    expect(withEdits.refusals[0]).toEqual({ code: 'unreadable' });
    expect(empty.doc.getXmlFragment('article').length).toBe(0);
    expect(readArticle(withEdits.doc).headline).toBe('Bản trên máy');
    expect(second.log.lines.join('\n')).toContain(`the stored copy of ${id} cannot be read`);
    await second.server.close();
    expect(rowsOf(first.dataFolder)).toEqual(before);
  });

  it('killed with SIGKILL in the middle of a sync: nothing acknowledged is lost, nothing typed meanwhile either', async () => {
    const folder = await tempFolder('soan-server-kill-');
    const configFile = await writeConfig(folder, { port: await freePort(), dataFolder: 'data', users: [people.reporter, people.editor] });
    let running = await spawnServer(configFile);
    cleanups.push(() => running.child.kill('SIGKILL'));
    const id = 'art0000000102';
    const local = newArticle(id, 'Thu Hà', 'Gõ');
    let reporter = client(running.url, id, people.reporter.token, local);
    const watcher = client(running.url, id, people.editor.token);
    await reporter.settled();

    for (let word = 0; word < 40; word++) {
      headlineText(local).insert(headlineText(local).length, ` w${word}`);
      if (word === 20) running.child.kill('SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 8));
    }
    await waitFor(() => running.child.exitCode !== null || running.child.signalCode !== null, 20_000, 'the server to die');
    // What the server had passed on to others before it died, it had stored first.
    const passedOn = readArticle(watcher.doc).headline;
    expect(passedOn.split(' ').length).toBeGreaterThan(3);
    watcher.destroy();
    reporter.destroy(); // the reporter's copy stays on their machine, with everything typed

    running = await spawnServer(configFile);
    const fresh = client(running.url, id, people.editor.token);
    await fresh.settled(10_000);
    // Everything passed on is there (the server may have stored a little more it had not passed on yet).
    expect(readArticle(fresh.doc).headline.startsWith(passedOn)).toBe(true);

    reporter = client(running.url, id, people.reporter.token, local);
    await reporter.settled(10_000);
    await waitFor(() => readArticle(fresh.doc).headline === readArticle(local).headline, 20_000, 'the offline words to arrive');
    expect(readArticle(fresh.doc).headline.split(' w').length).toBe(41);
  });
});
