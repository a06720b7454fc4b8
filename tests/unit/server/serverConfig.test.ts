// The config file and the two ways to start the server: every mistake is told in plain words
// that name the key at fault and never repeat a token; `soan server` runs until told to stop.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSoan } from '../../../electron/cli/runSoan';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { loadServerConfig, parseServerConfig, ServerConfigError } from '../../../server/serverConfig';
import { tempFolder } from '../services/support';
import { connect, newArticle, people, waitFor, writeConfig } from './serverSupport';

const user = people.reporter;
const base = { port: 4455, dataFolder: 'data', users: [user] };

function complaint(config: unknown): string {
  try {
    parseServerConfig(config, '/srv/soan');
  } catch (error) {
    expect(error).toBeInstanceOf(ServerConfigError);
    return (error as Error).message;
  }
  throw new Error('the config was accepted');
}

describe('the server config file', () => {
  it('a good one: defaults filled in, the data folder taken from beside the file', () => {
    expect(parseServerConfig(base, '/srv/soan')).toEqual({
      port: 4455,
      host: '127.0.0.1',
      dataFolder: '/srv/soan/data',
      users: [user],
    });
    const scaled = parseServerConfig({ ...base, postgres: { url: 'postgres://soan@db/soan' }, redis: { host: 'cache' } }, '/srv');
    expect(scaled.redis).toEqual({ host: 'cache', port: 6379, prefix: 'soan' });
  });

  it.each([
    [{ ...base, users: [] }, 'users: there are no users: nobody could connect'],
    [{ ...base, users: [{ ...user, token: 'short' }] }, 'users[1].token: the token must be at least 24 characters'],
    [{ ...base, users: [{ ...user, role: 'chief' }] }, 'users[1].role: the role must be one of reporter, editor, desk, reviewer'],
    [{ ...base, users: [user, { ...people.editor, token: user.token }] }, 'users[2].token: two users have the same token'],
    [{ ...base, users: [user, { ...people.editor, name: ' Thu Hà ' }] }, 'users[2].name: two users have the same name'],
    [{ ...base, port: '4455' }, 'port: should be a number'],
    [{ ...base, port: 70000 }, 'port: the port must be between 0 and 65535'],
    [{ ...base, users: 'Thu Hà' }, 'users: should be a list [ … ]'],
    [[], 'the file should hold an object { … }'],
    [{ ...base, colour: 'red' }, 'unknown key "colour"'],
    [{ ...base, redis: { host: 'cache' } }, 'redis: several instances need a shared database: add "postgres" too'],
    [{ ...base, postgres: { url: 'mysql://x' } }, 'postgres.url: must start with postgres://'],
    [{ port: 1 }, 'dataFolder: is missing'],
  ])('refuses %j in plain words', (config, expected) => {
    const message = complaint(config);
    expect(message).toContain(expected);
    expect(message).not.toContain(user.token);
  });

  it('a missing file and a file that is not JSON are told as such', async () => {
    const folder = await tempFolder('soan-config-');
    await expect(loadServerConfig(path.join(folder, 'nope.json'))).rejects.toThrow(/cannot read the config file .*nope\.json: there is no such file/);
    await fs.writeFile(path.join(folder, 'bad.json'), '{ port: 1 }');
    await expect(loadServerConfig(path.join(folder, 'bad.json'))).rejects.toThrow(/bad\.json is not JSON/);
  });
});

describe('soan server --config <file>', () => {
  async function soanServer(args: string[], untilStopped?: () => Promise<unknown>) {
    const out: string[] = [];
    const err: string[] = [];
    const code = runSoan(['server', ...args], {
      env: {},
      cwd: '/',
      stdout: (t) => void out.push(t),
      stderr: (t) => void err.push(t),
      untilStopped,
    });
    return { code, out, err };
  }

  it('serves until it is told to stop, then has stored everything and let go of the data folder', async () => {
    const folder = await tempFolder('soan-cli-server-');
    const configFile = await writeConfig(folder, { ...base, port: 0 });
    let stop!: () => void;
    const run = await soanServer(['--config', configFile], () => new Promise<void>((resolve) => (stop = resolve)));
    await waitFor(() => run.out.join('').includes('ws://'), 20_000, 'the address');
    const url = /ws:\/\/\S+/.exec(run.out.join(''))![0];

    const id = 'art0000000301';
    const reporter = connect(url, id, user.token, newArticle(id, user.name, 'Qua dòng lệnh'));
    await reporter.settled();
    reporter.destroy();
    stop();
    expect(await run.code).toBe(0);
    expect(await fs.readdir(path.join(folder, 'data'))).toEqual(['soan-server.sqlite']); // no lock left

    // Served again from the same folder, the article is there.
    let stopAgain!: () => void;
    const again = await soanServer(['--config', configFile], () => new Promise<void>((resolve) => (stopAgain = resolve)));
    await waitFor(() => again.out.join('').includes('ws://'), 20_000, 'the address');
    const reader = connect(/ws:\/\/\S+/.exec(again.out.join(''))![0], id, user.token);
    await reader.settled();
    expect(readArticle(reader.doc).headline).toBe('Qua dòng lệnh');
    reader.destroy();
    stopAgain();
    expect(await again.code).toBe(0);
  });

  it('without --config, or with a bad file, it says what is wrong and does not start', async () => {
    const missing = await soanServer([], () => new Promise(() => {}));
    expect(await missing.code).toBe(2);
    expect(missing.err.join('')).toContain('--config <file> is required');

    const folder = await tempFolder('soan-cli-server-');
    const configFile = await writeConfig(folder, { ...base, users: [{ ...user, token: 'short' }] });
    const bad = await soanServer(['--config', configFile], () => new Promise(() => {}));
    expect(await bad.code).toBe(1);
    expect(bad.err.join('')).toContain('users[1].token: the token must be at least 24 characters');
  });
});
