// One run of `soan <command>`, in whatever process calls it: reads the command, runs it,
// prints a one-line message and returns a non-zero exit code when it fails. It never exits
// the process or touches the process's streams (soanCli.ts does that for the real command),
// and every library it opens is closed again before it returns, so runs can follow each
// other in one process.
import { parseCommand, type OptionSpec, type ParsedCommand } from './cliArgs';
import { cliContext, type CliContext, type CliEnvironment } from './cliContext';
import { CliUsageError, describeFailure, exitCodes } from './cliErrors';
import { commandHelp, generalHelp } from './cliHelp';
import { checkCommand, convertCommand } from './languageCommands';
import { languageCommand } from './newsroomModelCommands';
import { exportCommand, importCommand, listCommand, searchCommand } from './libraryCommands';
import { openCommand, sendCommand } from './packageCommands';
import { serverCommand } from './serverCommand';

type Run = (command: ParsedCommand, context: CliContext) => Promise<void>;

const commands: Record<string, { options: OptionSpec; run: Run }> = {
  import: { options: { library: { type: 'string' } }, run: importCommand },
  export: {
    options: { library: { type: 'string' }, out: { type: 'string' }, zip: { type: 'boolean' }, override: { type: 'string' } },
    run: exportCommand,
  },
  list: { options: { library: { type: 'string' }, json: { type: 'boolean' } }, run: listCommand },
  check: { options: { library: { type: 'string' }, json: { type: 'boolean' } }, run: checkCommand },
  convert: { options: { from: { type: 'string' } }, run: convertCommand },
  search: { options: { library: { type: 'string' }, json: { type: 'boolean' }, limit: { type: 'string' } }, run: searchCommand },
  send: { options: { library: { type: 'string' }, out: { type: 'string' }, since: { type: 'string' } }, run: sendCommand },
  open: { options: { library: { type: 'string' }, json: { type: 'boolean' } }, run: openCommand },
  server: { options: { config: { type: 'string' } }, run: serverCommand },
  language: { options: {}, run: languageCommand },
};

const asLine = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

export async function runSoan(argv: string[], environment: CliEnvironment): Promise<number> {
  const [name, ...rest] = argv;
  const pending: Array<void | Promise<void>> = [];
  const out = (text: string) => void pending.push(environment.stdout(asLine(text)));
  try {
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      out(generalHelp);
      return name ? exitCodes.ok : exitCodes.usage;
    }
    const command = commands[name];
    if (!command) throw new CliUsageError(`soan: unknown command “${name}” (see soan --help)`);
    if (rest.includes('--help') || rest.includes('-h')) {
      out(commandHelp[name]);
      return exitCodes.ok;
    }
    await command.run(parseCommand(name, rest, command.options), cliContext(environment, out));
    return exitCodes.ok;
  } catch (error) {
    const { message, exitCode } = describeFailure(error);
    await environment.stderr(asLine(`soan: ${message.replace(/^soan:?\s*/, '')}`));
    return exitCode;
  } finally {
    await Promise.all(pending);
  }
}
