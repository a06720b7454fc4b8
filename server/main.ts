// `npm run server -- --config <file>`: the sync server as its own process. Stops cleanly (every
// open document stored) on Ctrl+C or SIGTERM. `npm run server -- prune-media …` is the
// administrator's command that moves images no article uses aside (prune/pruneCommand.ts).
import { parseArgs } from 'node:util';
import { ServerConfigError } from './serverConfig';
import { runServer } from './runServer';
import { pruneUsage, runPruneCommand } from './prune/pruneCommand';

const usage = `usage: npm run server -- --config <soan-server.json>\n   or: ${pruneUsage.replace(/^usage: /, '')}`;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args[0] === 'prune-media') return runPruneCommand(args.slice(1));
  let configFile: string | undefined;
  try {
    configFile = parseArgs({ options: { config: { type: 'string' } }, strict: true }).values.config;
  } catch (error) {
    console.error(`soan-server: ${(error as Error).message.split('\n')[0]}\n${usage}`);
    return 2;
  }
  if (!configFile) {
    console.error(`soan-server: the config file is missing\n${usage}`);
    return 2;
  }
  const stopRequested = new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  try {
    await runServer({ configFile, stopRequested, onListening: (url) => console.log(`Soạn sync server: ${url}`) });
    return 0;
  } catch (error) {
    console.error(`soan-server: ${error instanceof ServerConfigError ? error.message : (error as Error).stack ?? String(error)}`);
    return 1;
  }
}

process.exitCode = await main();
