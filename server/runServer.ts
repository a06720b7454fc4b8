// Runs the sync server from a config file until asked to stop: what `npm run server` and
// `soan server --config <file>` both do. Problems with the config or the data folder come
// back as plain-words errors (ServerConfigError); the caller prints them.
import { SoanError } from '../electron/contract/errors';
import { loadServerConfig, ServerConfigError } from './serverConfig';
import { stderrLog, type ServerLog } from './serverLog';
import { startSoanServer } from './soanServer';

export interface RunServerOptions {
  configFile: string;
  /** Settles when the server should stop (SIGINT/SIGTERM for the real process). */
  stopRequested: Promise<unknown>;
  /** Told the address once the server listens. */
  onListening?: (url: string) => void;
  log?: ServerLog;
}

/** A failure to start, in words an administrator can act on. */
function startFailure(error: unknown, dataFolder: string): Error {
  if (error instanceof SoanError && error.code === 'library-locked') {
    return new ServerConfigError(`the data folder ${dataFolder} is in use by another Soạn server, or by prune-media (process ${error.params.pid})`);
  }
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EADDRINUSE') return new ServerConfigError('the port is already in use by another program; choose another "port"');
  if (code === 'EACCES') return new ServerConfigError('not allowed to listen on that port or write the data folder (ports below 1024 need an administrator)');
  if (code === 'ECONNREFUSED') return new ServerConfigError(`cannot reach PostgreSQL or Redis (${(error as Error).message}); is it running?`);
  if (error instanceof SoanError) return new ServerConfigError(`the data folder ${dataFolder} cannot be used (${error.code}: ${JSON.stringify(error.params)})`);
  return error instanceof Error ? error : new Error(String(error));
}

export async function runServer(options: RunServerOptions): Promise<void> {
  const config = await loadServerConfig(options.configFile);
  const log = options.log ?? stderrLog();
  let server;
  try {
    server = await startSoanServer(config, { log });
  } catch (error) {
    throw startFailure(error, config.dataFolder);
  }
  options.onListening?.(server.url);
  const stoppedItself = await Promise.race([options.stopRequested.then(() => undefined), server.stoppedByItself]);
  log.info('stopping: storing open documents');
  await server.close();
  if (stoppedItself) throw new ServerConfigError(stoppedItself);
}
