// `npm run server -- prune-media --config <file> [--dry-run] [--older-than <days>]`: the
// administrator's side of pruneMedia.ts — its arguments checked, its result told in words.
// Returns the exit code: 0 done, 1 refused, 2 bad arguments, 3 the server is running.
import { parseArgs } from 'node:util';
import { loadServerConfig, ServerConfigError } from '../serverConfig';
import { DEFAULT_GRACE_DAYS, pruneMedia, PruneRefused, type PruneResult } from './pruneMedia';

export const pruneUsage = 'usage: npm run server -- prune-media --config <soan-server.json> [--dry-run] [--older-than <days>]';

/** Longest grace period accepted (a hundred years): anything longer is a typing slip. */
const MAX_GRACE_DAYS = 36_500;

export interface PruneArguments {
  configFile: string;
  dryRun: boolean;
  graceDays: number;
}

/** The arguments, or a message in plain words. */
export function parsePruneArguments(args: string[]): PruneArguments | { problem: string } {
  let values;
  try {
    values = parseArgs({
      args,
      options: { config: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'older-than': { type: 'string' } },
      strict: true,
    }).values;
  } catch (error) {
    return { problem: (error as Error).message.split('\n')[0] };
  }
  if (!values.config) return { problem: 'the config file is missing (--config <file>)' };
  let graceDays = DEFAULT_GRACE_DAYS;
  if (values['older-than'] !== undefined) {
    const text = values['older-than'].trim();
    graceDays = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!(graceDays >= 1 && graceDays <= MAX_GRACE_DAYS)) {
      return { problem: `--older-than takes a whole number of days from 1 to ${MAX_GRACE_DAYS} (default ${DEFAULT_GRACE_DAYS}), not "${values['older-than']}"` };
    }
  }
  return { configFile: values.config, dryRun: values['dry-run'] ?? false, graceDays };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

function describe(result: PruneResult, args: PruneArguments): string[] {
  const count = (n: number, what = 'image') => `${n} ${what}${n === 1 ? '' : 's'}`;
  const lines: string[] = [];
  if (result.unused.length === 0) lines.push(`No unused image stored more than ${count(args.graceDays, 'day')} ago in ${result.where}; nothing to move.`);
  else if (args.dryRun) lines.push(`Would move ${count(result.unused.length)} no article uses (${formatBytes(result.bytes)}) out of ${result.where}:`);
  else lines.push(`Moved ${count(result.unused.length)} no article uses (${formatBytes(result.bytes)}) to ${result.movedTo}:`);
  for (const image of result.unused) {
    const named = image.originalName === image.name ? '' : `  "${image.originalName}"`;
    lines.push(`  ${image.name}  ${formatBytes(image.bytes)}  stored ${image.storedAt.toISOString().slice(0, 10)}${named}`);
  }
  lines.push(
    `Read ${count(result.documents, 'stored document')}. Kept ${count(result.keptReferenced)} they mention (deleted text, suggestions and comments count), ` +
      `and ${count(result.keptYoung)} stored less than ${count(args.graceDays, 'day')} ago.`,
  );
  if (args.dryRun) lines.push('Dry run: nothing was moved.');
  else if (result.movedTo) {
    lines.push(`${result.next} A workstation whose article still uses one of them sends it again at its next sync.`);
  }
  return lines;
}

export async function runPruneCommand(args: string[], out: (line: string) => void = console.log, err: (line: string) => void = console.error): Promise<number> {
  const parsed = parsePruneArguments(args);
  if ('problem' in parsed) {
    err(`soan-server prune-media: ${parsed.problem}\n${pruneUsage}`);
    return 2;
  }
  try {
    const config = await loadServerConfig(parsed.configFile);
    const result = await pruneMedia({ config, dryRun: parsed.dryRun, graceDays: parsed.graceDays });
    for (const line of describe(result, parsed)) out(line);
    return 0;
  } catch (error) {
    if (error instanceof PruneRefused) {
      err(`soan-server prune-media: ${error.message}`);
      return error.exitCode;
    }
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      err(`soan-server prune-media: not allowed to change the data folder (${(error as Error).message}); run it as the user the server runs as. Nothing was changed.`);
      return 1;
    }
    if (code === 'ECONNREFUSED') {
      err(`soan-server prune-media: cannot reach PostgreSQL (${(error as Error).message}); is it running? Nothing was changed.`);
      return 1;
    }
    if (error instanceof ServerConfigError) {
      err(`soan-server prune-media: ${error.message}`);
      return 1;
    }
    err(`soan-server prune-media: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
