// soan import | export | list | search — library commands over the app's own services.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { importLimits, megabytes } from '../services/import/importLimits';
import { SoanError } from '../contract/errors';
import { CliUsageError } from './cliErrors';
import { withCommandLibrary } from './cliLibrary';
import type { ParsedCommand } from './cliArgs';
import type { CliContext } from './cliContext';

const ARTICLE_ID = /^[a-z0-9]{10,32}$/;

function requireLibraryOption(command: ParsedCommand): string {
  const library = command.string('library');
  if (!library) throw new CliUsageError(`soan ${command.name}: --library <dir> is required`);
  return library;
}

function requireId(command: ParsedCommand): string {
  const id = command.positional(0, '<id>');
  if (!ARTICLE_ID.test(id)) throw new CliUsageError(`soan ${command.name}: “${id}” is not an article id`);
  return id;
}

export async function importCommand(command: ParsedCommand, context: CliContext): Promise<void> {
  const file = context.path(command.positional(0, '<file.txt|file.docx>'));
  const library = requireLibraryOption(command);
  const stat = await fs.stat(file);
  if (!stat.isFile()) throw new CliUsageError(`soan import: ${file} is not a file`);
  const name = path.basename(file);
  const limit = name.toLowerCase().endsWith('.docx') ? importLimits.docxBytes : importLimits.textBytes;
  if (stat.size > limit) throw new SoanError('import-too-large', { name, limitMb: megabytes(limit) });
  const bytes = new Uint8Array(await fs.readFile(file));
  const report = await withCommandLibrary(context, library, (lib) => lib.call('article:import', { fileName: name, bytes }), { create: true });
  context.out(report.summary.id);
}

export async function exportCommand(command: ParsedCommand, context: CliContext): Promise<void> {
  const id = requireId(command);
  const library = requireLibraryOption(command);
  const outDir = command.string('out');
  if (!outDir) throw new CliUsageError('soan export: --out <dir> is required');
  const overrideReason = command.string('override');
  const report = await withCommandLibrary(
    context,
    library,
    (lib) => lib.call('article:export', { id, zip: command.flag('zip'), ...(overrideReason ? { overrideReason } : {}) }),
    { newsroom: { exportPath: context.path(outDir) } },
  );
  context.out(report.folder);
  if (report.zipPath) context.out(report.zipPath);
}

export async function listCommand(command: ParsedCommand, context: CliContext): Promise<void> {
  const listing = await withCommandLibrary(context, requireLibraryOption(command), (lib) => lib.call('library:list', {}));
  if (command.flag('json')) return context.out(JSON.stringify(listing.articles, null, 2));
  for (const a of listing.articles) context.out(`${a.id}  ${a.updatedAt.slice(0, 16).replace('T', ' ')}  ${String(a.wordCount).padStart(6)}  ${a.headline || '(no headline)'}`);
}

export async function searchCommand(command: ParsedCommand, context: CliContext): Promise<void> {
  const query = command.positional(0, '"<query>"').normalize('NFC');
  const limitText = command.string('limit');
  const limit = limitText === undefined ? 20 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new CliUsageError('soan search: --limit must be a number from 1 to 200');
  const hits = await withCommandLibrary(context, requireLibraryOption(command), (lib) => lib.call('library:search', { query, limit }));
  if (command.flag('json')) return context.out(JSON.stringify(hits, null, 2));
  for (const hit of hits) context.out(`${hit.id}  ${hit.headline}\n    ${hit.snippet.replace(/\s+/g, ' ')}`);
}
