// Debian's redis-server and PostgreSQL, started for one test in a temp folder on free ports
// and stopped after it. tests/run-all.sh installs them when missing; where they are missing
// and cannot be (a machine without apt), the scale-out test is skipped and says why — except
// under CI, where a missing binary fails the run.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { waitFor } from './serverSupport';

export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

/** Debian keeps PostgreSQL's programs in /usr/lib/postgresql/<version>/bin. */
function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const debian = versions.map((v) => path.join(root, v, 'bin')).find((dir) => existsSync(path.join(dir, 'initdb')));
  return debian ?? (onPath('initdb') ? path.dirname(onPath('initdb')!) : undefined);
}

/** What is missing to run the scale-out test, in words; empty when everything is there. */
export function missingEngines(): string[] {
  const missing: string[] = [];
  if (!onPath('redis-server')) missing.push('redis-server (Debian package redis-server)');
  if (!postgresBin()) missing.push('PostgreSQL (Debian package postgresql)');
  return missing;
}

interface Running {
  child: ChildProcess;
  stop(): Promise<void>;
}

function stopper(child: ChildProcess, signal: NodeJS.Signals): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  };
}

export async function startRedis(folder: string): Promise<Running & { port: number }> {
  const port = await freePort();
  const child = spawn(onPath('redis-server')!, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', folder], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  await waitFor(() => /Ready to accept connections/.test(output) || child.exitCode !== null, 20_000, 'redis-server to start');
  if (child.exitCode !== null) throw new Error(`redis-server did not start:\n${output}`);
  return { child, port, stop: stopper(child, 'SIGTERM') };
}

/** initdb refuses to run as root: as root, PostgreSQL runs as the `postgres` user (or nobody). */
function unprivileged(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', name]).toString().trim());
      const gid = Number(execFileSync('id', ['-g', name]).toString().trim());
      return { uid, gid };
    } catch {
      // try the next
    }
  }
  throw new Error('running as root, and there is neither a postgres nor a nobody user to run PostgreSQL as');
}

export async function startPostgres(folder: string): Promise<Running & { url: string }> {
  const bin = postgresBin()!;
  const port = await freePort();
  const user = unprivileged();
  const dataDir = path.join(folder, 'pgdata');
  await fs.mkdir(dataDir, { mode: 0o700 });
  if (user) await fs.chown(folder, user.uid, user.gid).then(() => fs.chown(dataDir, user.uid, user.gid));
  const asUser = user ? { uid: user.uid, gid: user.gid } : {};
  execFileSync(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'soan', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'], { ...asUser, stdio: 'pipe', cwd: folder });
  const child = spawn(
    path.join(bin, 'postgres'),
    ['-D', dataDir, '-p', String(port), '-k', folder, '-c', 'listen_addresses=127.0.0.1'],
    { ...asUser, stdio: ['ignore', 'pipe', 'pipe'], cwd: folder },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await waitFor(() => /ready to accept connections/.test(output) || child.exitCode !== null, 20_000, 'PostgreSQL to start');
  if (child.exitCode !== null) throw new Error(`PostgreSQL did not start:\n${output}`);
  // SIGINT: PostgreSQL's fast shutdown.
  return { child, url: `postgres://soan@127.0.0.1:${port}/postgres`, stop: stopper(child, 'SIGINT') };
}
