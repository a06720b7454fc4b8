// `npm run server -- prune-media`: the server's images no stored article mentions go to a dated
// folder beside the media folder, where the administrator can look them over. Articles are made
// through a real server (its own process) by real clients, images sent over its HTTP route; an
// image only deleted text mentions, one an article uses and one sent lately are all kept.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import sqlite from 'node-sqlite3-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { proposedFigures, readArticle } from '../../../electron/contract/article/readArticle';
import { mediaBaseOf } from '../../../electron/contract/syncMedia';
import { formatBytes, runPruneCommand } from '../../../server/prune/pruneCommand';
import { SQLITE_FILE } from '../../../server/storage/sqliteUpdateLog';
import { imageFixture, tempFolder } from '../services/support';
import { freePort } from './scaleOutServices';
import { connect, newArticle, people, spawnServer, writeConfig } from './serverSupport';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const nameOf = (bytes: Uint8Array, ext: string) => `${createHash('sha256').update(bytes).digest('hex')}.${ext}`;
const DAY_MS = 24 * 60 * 60 * 1000;

let folder: string;
let configFile: string;
let dataFolder: string;
let mediaFolder: string;
/** used: a figure shows it; deleted: only a deleted figure did; unused: no article ever; young: unused but sent today. */
const images: Record<'used' | 'deleted' | 'unused' | 'young', { name: string; bytes: Uint8Array }> = {} as never;

/** The prune command, in this process, with what it printed. */
async function prune(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPruneCommand(args, (line) => out.push(line), (line) => err.push(line));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The prune command as its own process, through the server's entry (`npm run server -- prune-media …`). */
async function pruneProcess(...args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server', 'main.ts'), 'prune-media', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output };
}

/** Every file under the data folder with its size and time, to see that nothing changed. */
async function snapshot(): Promise<string[]> {
  const entries = await fs.readdir(dataFolder, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  return Promise.all(files.sort().map(async (file) => `${path.relative(dataFolder, file)} ${(await fs.stat(file)).size} ${(await fs.stat(file)).mtimeMs}`));
}

function addFigure(doc: Y.Doc, src: string): void {
  const figure = new Y.XmlElement('figure');
  figure.setAttribute('src', src);
  const caption = new Y.XmlElement('figcaption');
  caption.insert(0, [new Y.XmlText('Lễ khởi công tại xã Thạch Hải.')]);
  figure.insert(0, [caption]);
  doc.getXmlFragment('article').insert(2, [figure]);
}

beforeAll(async () => {
  folder = await tempFolder('soan-prune-');
  configFile = await writeConfig(folder, { port: await freePort(), dataFolder: 'data', users: Object.values(people) });
  dataFolder = path.join(folder, 'data');
  mediaFolder = path.join(dataFolder, 'media');
  for (const [key, file, ext] of [['used', 'photo.jpg', 'jpg'], ['deleted', 'photo.png', 'png'], ['unused', 'photo.webp', 'webp'], ['young', 'dot.gif', 'gif']] as const) {
    const bytes = await imageFixture(file);
    images[key] = { name: nameOf(bytes, ext), bytes };
  }
  const server = await spawnServer(configFile);
  try {
    for (const [key, image] of Object.entries(images)) {
      const sent = await fetch(`${mediaBaseOf(server.url)}/media/${image.name}`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${people.reporter.token}`, 'X-Soan-Name': encodeURIComponent(`ảnh ${key}.${image.name.split('.')[1]}`) },
        body: Buffer.from(image.bytes),
      });
      expect(sent.status).toBe(201);
    }
    const shown = connect(server.url, 'art0000000201', people.reporter.token, newArticle('art0000000201', people.reporter.name, 'Khởi công cầu'));
    addFigure(shown.doc, images.used.name);
    await shown.settled();
    const removed = connect(server.url, 'art0000000202', people.reporter.token, newArticle('art0000000202', people.reporter.name, 'Ảnh đã bỏ'));
    addFigure(removed.doc, images.deleted.name);
    await removed.settled();
    removed.doc.getXmlFragment('article').delete(2, 1); // the figure is deleted: only the server's kept past mentions it
    await removed.settled();
    expect(proposedFigures(readArticle(shown.doc)).map((figure) => figure.src)).toEqual([images.used.name]);
    expect(proposedFigures(readArticle(removed.doc))).toEqual([]);
    shown.destroy();
    removed.destroy();
  } finally {
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM'); // stops cleanly: every document stored
    await exited;
  }
  // Sent 60 days ago, except the young one.
  const old = new Date(Date.now() - 60 * DAY_MS);
  for (const key of ['used', 'deleted', 'unused'] as const) await fs.utimes(path.join(mediaFolder, images[key].name), old, old);
}, 60_000);

describe('prune-media', () => {
  it('bad arguments get a plain message and change nothing', async () => {
    const before = await snapshot();
    for (const [args, said] of [
      [['--config', configFile, '--older-than', 'abc'], '--older-than takes a whole number of days'],
      [['--config', configFile, '--older-than', '0'], '--older-than takes a whole number of days'],
      [['--config', configFile, '--older-than', '-5'], "--older-than"],
      [['--config', configFile, '--force'], "Unknown option '--force'"],
      [['--dry-run'], 'the config file is missing'],
    ] as const) {
      const result = await prune(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toContain(said);
      expect(result.err).toContain('usage: npm run server -- prune-media --config');
    }
    const missing = await prune('--config', path.join(folder, 'nowhere.json'));
    expect([missing.code, missing.err]).toEqual([1, `soan-server prune-media: cannot read the config file ${path.join(folder, 'nowhere.json')}: there is no such file`]);
    // Through the server's own entry, as an administrator types it.
    const typed = await pruneProcess('--config', configFile, '--older-than', 'ba mươi');
    expect(typed.code).toBe(2);
    expect(typed.output).toContain('--older-than takes a whole number of days from 1 to 36500 (default 30), not "ba mươi"');
    expect(await snapshot()).toEqual(before);
  }, 30_000);

  it('a PostgreSQL that cannot be reached gets a plain message', async () => {
    const pgConfig = await writeConfig(await tempFolder('soan-prune-pg-'), { port: 0, dataFolder: 'data', users: Object.values(people), postgres: { url: `postgres://soan@127.0.0.1:${await freePort()}/soan` } });
    const result = await prune('--config', pgConfig, '--dry-run');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^soan-server prune-media: cannot reach PostgreSQL \(.*ECONNREFUSED.*\); is it running\? Nothing was changed\.$/);
  });

  it('refuses while the server runs on the data folder, and moves nothing', async () => {
    const before = await snapshot();
    const server = await spawnServer(configFile);
    try {
      for (const args of [['--config', configFile], ['--config', configFile, '--dry-run']]) {
        const result = await prune(...args);
        expect(result.code).toBe(3);
        expect(result.err).toContain(`the sync server is running on ${dataFolder} (process ${server.child.pid}`);
        expect(result.err).toContain('stop it first');
      }
    } finally {
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      await exited;
    }
    // The server stored nothing new meanwhile; the media folder is as it was.
    expect((await snapshot()).filter((line) => line.startsWith('media'))).toEqual(before.filter((line) => line.startsWith('media')));
  }, 40_000);

  it('--dry-run lists the unused old image and the space it frees, and changes nothing', async () => {
    const before = await snapshot();
    const result = await pruneProcess('--config', configFile, '--dry-run');
    expect(result.code).toBe(0);
    const size = images.unused.bytes.byteLength + Buffer.byteLength('ảnh unused.webp');
    expect(result.output).toContain(`Would move 1 image no article uses (${formatBytes(size)}) out of ${mediaFolder}:`);
    expect(result.output).toMatch(new RegExp(`${images.unused.name} .* stored \\d{4}-\\d\\d-\\d\\d  "ảnh unused.webp"`));
    for (const key of ['used', 'deleted', 'young'] as const) expect(result.output).not.toContain(images[key].name);
    expect(result.output).toContain('Read 2 stored documents. Kept 2 images they mention (');
    expect(result.output).toContain('and 1 image stored less than 30 days ago');
    expect(result.output).toContain('Dry run: nothing was moved.');
    expect(await snapshot()).toEqual(before);
  }, 30_000);

  it('a move that cannot be done stops in plain words, and what was not moved stays where it was', async () => {
    const pruned = path.join(dataFolder, 'media-pruned', new Date().toISOString().slice(0, 10));
    const obstacle = path.join(pruned, images.unused.name);
    await fs.mkdir(path.join(obstacle, 'something'), { recursive: true }); // a folder, not empty, where the image would go
    const before = (await snapshot()).filter((line) => line.startsWith('media/'));
    const result = await prune('--config', configFile);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`^soan-server prune-media: moving the images stopped after 0 of 1 \\(E[A-Z]+\\); those are in ${pruned}, the rest are still in ${mediaFolder}, and nothing was deleted$`));
    expect((await snapshot()).filter((line) => line.startsWith('media/'))).toEqual(before);
    await fs.rm(path.join(dataFolder, 'media-pruned'), { recursive: true });
  });

  it('moves the unused old image and its .name file to a dated folder; keeps the used, the deleted-but-kept and the young', async () => {
    const result = await prune('--config', configFile);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const pruned = path.join(dataFolder, 'media-pruned', new Date().toISOString().slice(0, 10));
    expect(result.out).toContain(`Moved 1 image no article uses`);
    expect(result.out).toContain(`to ${pruned}:`);
    expect(result.out).toContain(`delete ${pruned} after looking it over`);
    expect((await fs.readdir(pruned)).sort()).toEqual([images.unused.name, `${images.unused.name}.name`]);
    expect(new Uint8Array(await fs.readFile(path.join(pruned, images.unused.name)))).toEqual(images.unused.bytes);
    expect(await fs.readFile(path.join(pruned, `${images.unused.name}.name`), 'utf8')).toBe('ảnh unused.webp');
    const kept = (await fs.readdir(mediaFolder)).sort();
    expect(kept).toEqual([images.used.name, images.deleted.name, images.young.name].flatMap((name) => [name, `${name}.name`]).sort());

    // Nothing more to do a second time; with a shorter grace period the young one stays too (sent today).
    const again = await prune('--config', configFile, '--older-than', '1');
    expect([again.code, again.out.split('\n')[0]]).toEqual([0, `No unused image stored more than 1 day ago in ${mediaFolder}; nothing to move.`]);
    expect((await fs.readdir(mediaFolder)).sort()).toEqual(kept);
  }, 30_000);

  it('an article whose stored copy cannot be read stops the prune: nothing moves', async () => {
    const old = new Date(Date.now() - 60 * DAY_MS);
    await fs.utimes(path.join(mediaFolder, images.young.name), old, old); // now old and unused: it would go
    const db = new sqlite.Database(path.join(dataFolder, SQLITE_FILE));
    db.run('INSERT INTO updates (document, data) VALUES (?, ?)', ['art0000000203', new Uint8Array([255, 255, 255, 1, 2, 3])]);
    db.run('INSERT INTO updates (document, data) VALUES (?, ?)', ['art0000000203', new Uint8Array([0, 0])]);
    db.close();
    const before = await snapshot();
    const result = await prune('--config', configFile);
    expect(result.code).toBe(1);
    expect(result.err).toContain('the stored article art0000000203 cannot be read');
    expect(result.err).toContain('nothing was changed');
    expect(await snapshot()).toEqual(before);
  });
});
