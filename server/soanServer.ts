// The sync server: Hocuspocus with Soạn's extension, its store (SQLite in the data folder by
// default, PostgreSQL when configured) behind Hocuspocus's Database extension, and Redis to
// relay between instances when configured. Documents keep deleted content (gc off) so history
// and suggestions survive, and a document is never stored unless it loaded.
import { promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Document, type Extension, type Hocuspocus } from '@hocuspocus/server';
import { limits } from '../electron/contract/ipc/schemas';
import { LibraryLock } from '../electron/services/library/libraryLock';
import { defaultServiceContext } from '../electron/services/serviceContext';
import { ServerConfigError, type ServerConfig } from './serverConfig';
import { stderrLog, type ServerLog } from './serverLog';
import { ServerUsers } from './serverUsers';
import { MediaFiles, type ServerMedia } from './media/mediaFiles';
import { PostgresMedia } from './media/postgresMedia';
import { answerMediaRequest, isMediaRequest } from './media/mediaRoutes';
import { refuse, soanExtension } from './soanExtension';
import { holdInstanceLock, type InstanceLock } from './storage/instanceLock';
import { PostgresUpdateLog } from './storage/postgresUpdateLog';
import { SqliteUpdateLog } from './storage/sqliteUpdateLog';
import type { UpdateLog } from './storage/updateLog';

export interface SoanServer {
  /** ws://host:port — what the workstation's Settings take. */
  url: string;
  port: number;
  hocuspocus: Hocuspocus;
  store: UpdateLog;
  /** Stores what is pending, closes every connection and the store, releases the data folder. */
  close(): Promise<void>;
  /** Settles once the instance stopped by itself: it lost its database lock to prune-media. */
  stoppedByItself: Promise<string>;
}

export interface StartOptions {
  log?: ServerLog;
  /** Wait before a changed document is compacted in the store (Hocuspocus's debounce, default 2 s). */
  compactDelayMs?: number;
}

async function openStore(config: ServerConfig, log: ServerLog, stop: (why: string) => void): Promise<{ store: UpdateLog; release: () => Promise<void> }> {
  if (config.postgres) {
    // No data folder to lock: a shared lock in the database keeps prune-media away while this runs.
    const url = config.postgres.url;
    let lock: InstanceLock;
    // The lock's connection dropped (PostgreSQL restarted, a network blip): take the lock again
    // at once. If prune-media took it meanwhile, this instance stops rather than serve beside
    // it (a change stored now could use an image the prune is moving aside).
    const onLost = () => {
      void holdInstanceLock(url, onLost)
        .then((again) => {
          lock = again;
          log.warn('the database connection that keeps prune-media away was lost and has been taken again');
        })
        .catch((error: unknown) => {
          const why = `lost the database lock that keeps prune-media away, and could not take it again (${(error as Error).message}); this instance stopped`;
          log.error(why);
          stop(why);
        });
    };
    lock = await holdInstanceLock(url, onLost);
    try {
      const store = await PostgresUpdateLog.open(url);
      return { store, release: async () => (await store.close(), await lock.release()) };
    } catch (error) {
      await lock.release();
      throw error;
    }
  }
  // One server per data folder: SQLite through this driver has one writer.
  const context = defaultServiceContext();
  await fs.mkdir(config.dataFolder, { recursive: true });
  const lock = await LibraryLock.acquire({ soanFolder: config.dataFolder, libraryPath: config.dataFolder, context });
  try {
    const store = await SqliteUpdateLog.open(config.dataFolder);
    return { store, release: async () => (await store.close(), await lock.release()) };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function redisReady(redis: Redis, where: string): Promise<void> {
  const ready = (client: Redis['pub']) =>
    client.status === 'ready'
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new ServerConfigError(`cannot reach Redis at ${where}; is it running?`)), 10_000);
          client.once('ready', () => (clearTimeout(timer), resolve()));
        });
  await Promise.all([ready(redis.pub), ready(redis.sub)]);
}

export async function startSoanServer(config: ServerConfig, options: StartOptions = {}): Promise<SoanServer> {
  const log = options.log ?? stderrLog();
  let stopNow = () => {};
  let stoppedBecause: (why: string) => void = () => {};
  const stoppedByItself = new Promise<string>((resolve) => (stoppedBecause = resolve));
  const opened = await openStore(config, log, (why) => (stoppedBecause(why), stopNow()));
  const { store } = opened;
  // Images beside the data (contract/syncMedia.ts): in PostgreSQL when instances share it.
  let media: ServerMedia;
  try {
    media = config.postgres ? await PostgresMedia.open(config.postgres.url) : new MediaFiles(config.dataFolder);
  } catch (error) {
    await opened.release();
    throw error;
  }
  const release = async () => {
    await media.close().catch(() => {});
    await opened.release();
  };
  const loaded = new WeakSet<Document>();
  const users = new ServerUsers(config.users);
  const extensions: Extension[] = [
    soanExtension({ users, store, log }),
    new Database({
      fetch: async ({ documentName }) => {
        try {
          return await store.read(documentName);
        } catch (error) {
          // Nobody gets an empty stand-in: the clients are refused and the stored rows stay as they are.
          log.error(`the stored copy of ${documentName} cannot be read; it is left untouched`, error);
          throw refuse({ code: 'unreadable' });
        }
      },
      // Merge-only (updateLog.ts), and only for a document that loaded: never an empty one over a stored one.
      store: async ({ documentName, document, state }) => {
        if (loaded.has(document)) await store.compact(documentName, state);
      },
    }),
    { afterLoadDocument: async ({ document }) => void loaded.add(document) },
  ];
  if (config.redis) {
    const redis = new Redis({ host: config.redis.host, port: config.redis.port, prefix: config.redis.prefix });
    try {
      // Subscribing before a connection is ready puts it in subscriber mode before ioredis's
      // own ready check, which then fails: wait for both connections (and fail plainly if Redis is away).
      await redisReady(redis, `${config.redis.host}:${config.redis.port}`);
    } catch (error) {
      await redis.onDestroy().catch(() => {});
      await release();
      throw error;
    }
    extensions.push(redis);
  }
  const server = new Server(
    {
      name: 'Soạn',
      port: config.port,
      address: config.host,
      quiet: true,
      stopOnSignals: false,
      debounce: options.compactDelayMs ?? 2000,
      maxDebounce: Math.max(10_000, options.compactDelayMs ?? 0),
      yDocOptions: { gc: false, gcFilter: () => false },
      extensions: [
        ...extensions,
        {
          // The articles' images (a token needed); anything else is a health check, told
          // nothing about the newsroom.
          async onRequest({ request, response }: { request: IncomingMessage; response: ServerResponse }) {
            if (isMediaRequest(request)) await answerMediaRequest(request, response, { users, media, log });
            else {
              response.writeHead(200, { 'Content-Type': 'application/json' });
              response.end('{"soan":"sync-server"}');
            }
            throw null; // handled: Hocuspocus's own answer is skipped
          },
        },
      ],
    },
    { maxPayload: limits.updateBytes + 1024 },
  );
  try {
    await server.listen();
  } catch (error) {
    await release();
    throw error;
  }
  const port = server.address.port;
  log.info(`listening on ${config.host}:${port} (${config.postgres ? 'PostgreSQL' : `SQLite in ${config.dataFolder}`}${config.redis ? ', Redis relay' : ''})`);

  let closing: Promise<void> | undefined;
  const running: SoanServer = {
    stoppedByItself,
    url: `ws://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    port,
    hocuspocus: server.hocuspocus,
    store,
    close: () =>
      (closing ??= (async () => {
        await server.destroy(); // stores every loaded document, then Redis lets go
        for (const client of server.webSocketServer.clients) client.terminate();
        server.httpServer.closeAllConnections();
        await release();
      })()),
  };
  stopNow = () => void running.close().catch((error: unknown) => log.error(`could not stop cleanly: ${(error as Error).message}`));
  return running;
}
