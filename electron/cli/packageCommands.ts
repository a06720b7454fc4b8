// soan send | open — articles travelling between libraries as `.soan` files.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { SoanError } from '../contract/errors';
import { limits } from '../contract/ipc/schemas';
import type { MergeFlag, MergeReport } from '../contract/packages';
import { CliUsageError } from './cliErrors';
import { withCommandLibrary } from './cliLibrary';
import type { ParsedCommand } from './cliArgs';
import type { CliContext } from './cliContext';

const ARTICLE_ID = /^[a-z0-9]{10,32}$/;

async function readPackageFile(file: string): Promise<Uint8Array> {
  const stat = await fs.stat(file);
  if (!stat.isFile()) throw new CliUsageError(`${file} is not a file`);
  if (stat.size > limits.packageBytes) throw new SoanError('package-refused', { name: path.basename(file), reason: 'too-large' });
  return new Uint8Array(await fs.readFile(file));
}

export async function sendCommand(command: ParsedCommand, context: CliContext): Promise<void> {
  const id = command.positional(0, '<id>');
  if (!ARTICLE_ID.test(id)) throw new CliUsageError(`soan send: “${id}” is not an article id`);
  const library = command.string('library');
  if (!library) throw new CliUsageError('soan send: --library <dir> is required');
  const outDir = command.string('out');
  if (!outDir) throw new CliUsageError('soan send: --out <dir> is required');
  const since = command.string('since');
  const replyTo = since ? await readPackageFile(context.path(since)) : undefined;
  const sent = await withCommandLibrary(context, library, (lib) => lib.call('package:send', { id, ...(replyTo ? { replyTo } : {}) }), {
    newsroom: { exportPath: context.path(outDir) },
  });
  context.out(sent.path);
}

function flagLine(flag: MergeFlag): string {
  switch (flag.kind) {
    case 'kept-deleted-text':
      return `kept: ${flag.author} wrote in a ${flag.piece} block the ${flag.deletedOn === 'local' ? 'library' : 'sender'} deleted; it is back as a pending suggestion: “${flag.text}”`;
    case 'overlapping-edits':
      return `both wrote at one place in the ${flag.piece}: “${flag.passage}” — here it read “${flag.local}”, in the package “${flag.incoming}”${flag.incomingUnread ? ' (without letters deleted here, which this library no longer has)' : ''} (both kept; choose in Soạn)`;
    case 'meta-conflict':
      return `${flag.key} was set differently on both sides: ${flag.choices.map((c) => `“${c.label}”`).join(' or ')} (both kept; choose in Soạn)`;
    case 'workflow-moved-on-both':
      return `the workflow moved on both sides (${flag.states.join(', ')}); it is now ${flag.kept}, both moves logged`;
    case 'detached-comment':
      return `${flag.by}'s comment on “${flag.quote}” lost its words; it stays, detached`;
    case 'lost-text':
      return `${flag.author} wrote in a ${flag.piece} block that was deleted, and it could not be put back from here: “${flag.text}”`;
    case 'rewrite-choices-differ':
      return `two copies chose differently for one rewrite in the ${flag.piece} before they met, and it now reads “${flag.now}”: ${flag.sides.map((side) => `${side.by || 'someone'} kept “${side.text}”`).join(', ')} (choose in Soạn)`;
    case 'choice-record-refused':
      return `${flag.count} record(s) of rewrite choices made on another copy could not be read; they were left aside and changed nothing`;
  }
}

function describeReport(report: MergeReport): string[] {
  const { cameIn } = report;
  const lines = [
    `${report.outcome === 'new-article' ? 'new article' : report.outcome === 'merged' ? 'merged' : 'nothing new'}: ${report.articleId}  ${report.headline}`,
    `from ${report.sender.name} (${report.sender.role}), sent ${report.sentAt}`,
  ];
  for (const p of cameIn.pieces) lines.push(`  ${p.piece}: +${p.added} −${p.removed} words`);
  for (const c of cameIn.comments) lines.push(`  comments by ${c.by}: ${c.threads} new, ${c.replies} replies`);
  for (const s of cameIn.suggestions) lines.push(`  suggestions by ${s.by || '(unknown)'}: ${s.count}`);
  if (cameIn.meta.length) lines.push(`  changed: ${cameIn.meta.join(', ')}`);
  for (const w of cameIn.workflow) lines.push(`  workflow: ${w.from} → ${w.to} by ${w.by.name}`);
  if (cameIn.media) lines.push(`  photos: ${cameIn.media}`);
  for (const flag of report.flags) lines.push(`! ${flagLine(flag)}`);
  return lines;
}

export async function openCommand(command: ParsedCommand, context: CliContext): Promise<void> {
  const file = context.path(command.positional(0, '<file.soan>'));
  const library = command.string('library');
  if (!library) throw new CliUsageError('soan open: --library <dir> is required');
  const bytes = await readPackageFile(file);
  const opened = await withCommandLibrary(context, library, (lib) => lib.call('package:open', { fileName: path.basename(file), bytes }), { create: true });
  if (command.flag('json')) return context.out(JSON.stringify(opened.report, null, 2));
  context.out(describeReport(opened.report).join('\n'));
}
