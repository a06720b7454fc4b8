// Command-line arguments of one command, read with node:util parseArgs: unknown options and
// missing values are usage errors in plain words.
import { parseArgs } from 'node:util';
import { CliUsageError } from './cliErrors';

export interface ParsedCommand {
  name: string;
  positional(index: number, label: string): string;
  string(name: string): string | undefined;
  flag(name: string): boolean;
}

export type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

export function parseCommand(name: string, args: string[], options: OptionSpec): ParsedCommand {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliUsageError(`soan ${name}: ${(error as Error).message.split('\n')[0]}`);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  return {
    name,
    positional(index, label) {
      const value = parsed.positionals[index];
      if (value === undefined || value === '') throw new CliUsageError(`soan ${name}: ${label} is missing (see soan ${name} --help)`);
      return value.normalize('NFC');
    },
    string: (key) => (typeof values[key] === 'string' ? (values[key] as string).normalize('NFC') : undefined),
    flag: (key) => values[key] === true,
  };
}
