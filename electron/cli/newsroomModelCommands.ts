// soan language learn <folder> | forget | (nothing: what it knows) — the newsroom's own
// language model, learnt from its archive into the app's user-data folder, where the checks
// (the app's worker and soan check) add it to the bundled model. See
// services/language/newsroomModel.ts.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describeNewsroomModel, newsroomModelFile } from '../services/language/newsroomModel';
import { forgetNewsroomModel, learnArchive } from '../services/language/newsroomModelLearning';
import { createSyllableLexicon } from '../services/language/syllableLexicon';
import { parseWordList } from '../services/language/wordList';
import type { ParsedCommand } from './cliArgs';
import type { CliContext } from './cliContext';
import { CliFailure, CliUsageError } from './cliErrors';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

async function lexiconOf(context: CliContext) {
  const dir = path.join(context.resourcesDir, 'language');
  const lists = await Promise.all(['syllables.vi.txt', 'syllables-added.vi.txt'].map(async (name) => parseWordList(await readFile(path.join(dir, name), 'utf8'))));
  return createSyllableLexicon(lists.flat());
}

async function learn(command: ParsedCommand, context: CliContext): Promise<void> {
  const folder = context.path(command.positional(1, '<folder of articles>'));
  let report;
  try {
    report = await learnArchive(folder, context.userDataDir, await lexiconOf(context));
  } catch (error) {
    throw new CliFailure(`soan language learn: ${(error as Error).message}`);
  }
  for (const { file, reason } of report.skipped) context.out(`skipped ${file}: ${reason}`);
  const before = report.alreadyLearnt > 0 ? `; ${plural(report.alreadyLearnt, 'article was', 'articles were')} learnt before and left out` : '';
  if (report.files === 0) {
    context.out(`Nothing new in ${folder}${before}. The newsroom's model is unchanged.`);
    return;
  }
  context.out(
    `learnt ${plural(report.files, 'article', 'articles')} (${plural(report.sentences, 'sentence', 'sentences')}, ${plural(report.syllables, 'syllable', 'syllables')})${before}` +
      ` into ${newsroomModelFile(context.userDataDir)}; Soạn uses it for its next check.`,
  );
}

async function forget(context: CliContext): Promise<void> {
  const file = newsroomModelFile(context.userDataDir);
  context.out((await forgetNewsroomModel(context.userDataDir)) ? `forgot the newsroom's model (${file} removed)` : `there is no newsroom model to forget (${file})`);
}

async function show(context: CliContext): Promise<void> {
  let summary;
  try {
    summary = await describeNewsroomModel(context.userDataDir);
  } catch (error) {
    throw new CliFailure(`soan language: ${(error as Error).message} The checks use the bundled model alone; “soan language forget” removes it.`);
  }
  if (!summary) {
    context.out(`no newsroom model yet (${newsroomModelFile(context.userDataDir)}): the checks use the bundled model alone; add yours with soan language learn <folder>`);
    return;
  }
  context.out(
    `newsroom model: ${plural(summary.articles, 'article', 'articles')}, ${plural(summary.sentences, 'sentence', 'sentences')}, ${plural(summary.syllables, 'syllable', 'syllables')}, updated ${summary.updatedAt} (${summary.file})`,
  );
}

export async function languageCommand(command: ParsedCommand, context: CliContext): Promise<void> {
  const verb = command.positional(0, 'learn, forget or show');
  if (verb === 'learn') return learn(command, context);
  if (verb === 'forget') return forget(context);
  if (verb === 'show') return show(context);
  throw new CliUsageError(`soan language: “${verb}” is not one of learn, forget, show (see soan language --help)`);
}
