// `soan <command>`: reads the command, runs it, prints a one-line message and returns a
// non-zero exit code when it fails. Loaded by soan.mjs (through tsx) or from dist/cli/soan.cjs.
import { parseCommand, type OptionSpec, type ParsedCommand } from './cliArgs';
import { CliUsageError, describeFailure, exitCodes } from './cliErrors';
import { commandHelp, generalHelp } from './cliHelp';
import { checkCommand, convertCommand } from './languageCommands';
import { exportCommand, importCommand, listCommand, searchCommand } from './libraryCommands';

type Run = (command: ParsedCommand, out: (line: string) => void) => Promise<unknown>;

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
};

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve) => stream.write(text.endsWith('\n') ? text : `${text}\n`, () => resolve()));
}

export async function main(argv: string[]): Promise<number> {
  // `soan check … | head`: the reader left; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const [name, ...rest] = argv;
  const pending: Promise<void>[] = [];
  const out = (line: string) => void pending.push(write(process.stdout, line));
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
    await command.run(parseCommand(name, rest, command.options), out);
    return exitCodes.ok;
  } catch (error) {
    const { message, exitCode } = describeFailure(error);
    await write(process.stderr, `soan: ${message.replace(/^soan:?\s*/, '')}`);
    return exitCode;
  } finally {
    await Promise.all(pending);
  }
}
