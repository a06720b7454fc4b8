// soan server --config <file> — the newsroom's sync server (server/), run until the process
// is asked to stop (Ctrl+C, SIGTERM). Loaded only when asked for: the other commands never
// need Hocuspocus or a database driver.
import { CliUsageError } from './cliErrors';
import type { ParsedCommand } from './cliArgs';
import type { CliContext } from './cliContext';

export async function serverCommand(command: ParsedCommand, context: CliContext): Promise<void> {
  const config = command.string('config');
  if (!config) throw new CliUsageError('soan server: --config <file> is required (see soan server --help)');
  if (!context.untilStopped) throw new CliUsageError('soan server: runs only as its own process');
  const { runServer } = await import('../../server/runServer');
  await runServer({
    configFile: context.path(config),
    stopRequested: context.untilStopped(),
    onListening: (url) => context.out(`Soạn sync server: ${url}`),
  });
}
