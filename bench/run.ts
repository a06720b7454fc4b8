// npm run bench [-- --quick | --smoke] [--json] [--runs <n>] [--sizes 2000,20000] [--figures <n>]
//                 [--only editor,library,export,disk,spelling,sync]
//                 [--profile] [--no-renderer-build] [--keep] [--out <file>] [--stress-findings]
// Measures Soạn against the issue's budgets (issue 13) and a bare TipTap + Yjs page, prints a
// table and writes the same figures to bench/results.json. --json prints only the JSON.
// --quick: fewer runs and sizes (a few minutes); --smoke: the smallest workload (what the test runs).
// --profile adds CPU profiles of typing at the reference size and of the library screen
// (bench/profile.json);
// --no-renderer-build uses the renderer already in dist/renderer (npm run build).
// --stress-findings writes the articles in made-up syllables, so the checks underline about
// 41% of the words (the text the figures were measured on until 7 December), instead of a
// draft's few misspellings.
import { constants } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { figureGroups, fullConfig, quickConfig, smokeConfig, type BenchConfig, type FigureGroup } from './benchConfig';
import { profileReport } from './report/profileReport';
import { resultsTable } from './report/table';
import { REPO_ROOT, runBench } from './runBench';

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run bench -- [--quick | --smoke] [--json] [--runs <n>] [--sizes <words,…>] [--figures <n>] [--only ${figureGroups.join(',')}] [--profile] [--no-renderer-build] [--keep] [--out <file>] [--stress-findings]`);
  process.exit(2);
}

function numbers(text: string, what: string): number[] {
  const list = text.split(',').map((part) => Number(part.trim()));
  if (list.some((n) => !Number.isInteger(n) || n <= 0)) usage(`${what} must be whole numbers above zero, separated by commas: ${text}`);
  return list;
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      quick: { type: 'boolean' },
      smoke: { type: 'boolean' },
      json: { type: 'boolean' },
      runs: { type: 'string' },
      sizes: { type: 'string' },
      figures: { type: 'string' },
      only: { type: 'string' },
      profile: { type: 'boolean' },
      'no-renderer-build': { type: 'boolean' },
      keep: { type: 'boolean' },
      out: { type: 'string' },
      'stress-findings': { type: 'boolean' },
    },
  }));
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}

const config: BenchConfig = structuredClone(values.smoke ? smokeConfig : values.quick ? quickConfig : fullConfig);
if (typeof values.runs === 'string') config.runs = numbers(values.runs, '--runs')[0]!;
if (typeof values.sizes === 'string') {
  config.sizes = numbers(values.sizes, '--sizes');
  if (!config.sizes.includes(config.referenceWords)) config.referenceWords = Math.max(...config.sizes);
}
if (typeof values.figures === 'string') config.figures = Number(values.figures);
if (!Number.isInteger(config.figures) || config.figures < 0 || config.figures > 200) usage(`--figures must be a whole number from 0 to 200: ${values.figures}`);
if (typeof values.only === 'string') {
  const groups = values.only.split(',').map((g) => g.trim());
  const unknown = groups.filter((g) => !(figureGroups as readonly string[]).includes(g));
  if (unknown.length) usage(`--only: unknown group ${unknown.join(', ')}`);
  config.only = groups as FigureGroup[];
}
if (values['stress-findings']) config.articleText = 'stress';
if (values.profile) config.profileCharacters = Math.max(config.profileCharacters, 60);

const out = path.resolve(typeof values.out === 'string' ? values.out : path.join(REPO_ROOT, 'bench', 'results.json'));
const log = (line: string) => console.error(`bench: ${line}`);

/** Fails for a folder the results cannot go to, before ten minutes of measuring, not after. */
async function prepareOutput(file: string): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await access(path.dirname(file), constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const why = ['EEXIST', 'ENOTDIR'].includes(code) ? 'a file is in the way' : ['EACCES', 'EPERM', 'EROFS'].includes(code) ? 'no permission to write there' : String(error);
    usage(`--out: the results cannot be written to ${path.dirname(file)}: ${why}`);
  }
}

try {
  await prepareOutput(out);
  const { results, profiles, dataFolder } = await runBench(config, { buildRenderer: !values['no-renderer-build'], keepData: !!values.keep, log });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  await writeFile(out, json);
  if (profiles) await writeFile(path.join(path.dirname(out), 'profile.json'), `${JSON.stringify(profiles, null, 2)}\n`);
  if (values.json) {
    process.stdout.write(json);
  } else {
    console.log(resultsTable(results));
    if (profiles) console.log(`\n${profileReport(profiles, 15)}`);
    console.log(`\nwritten: ${path.relative(process.cwd(), out)}${dataFolder ? `; data kept in ${dataFolder}` : ''}`);
  }
} catch (error) {
  console.error(`bench: stopped, nothing written: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof Error && error.stack) console.error(error.stack.split('\n').slice(1).join('\n'));
  process.exitCode = 1;
}
