// Adds a newsroom's own articles to the spelling model (see newsroomArchive.ts): a folder of
// .txt/.md/.html articles, or a Soạn library (its approved and exported articles).
// Run: npx tsx electron/services/language/scripts/addArchiveToModel.ts <folder of articles>
//        [--model <ngrams file>] [--out <file>]
// By default it extends resources/language/ngrams.vi.bin.gz in place, for a build of Soạn
// that ships with the newsroom's text; the app reads it at its next start. Each run adds, nothing
// is replaced. An installed app's resources/ is read-only and replaced by updates: there,
// `soan language learn <folder>` keeps the newsroom's own model in the user-data folder instead
// (the same reading of the archive, newsroomArchive.ts countArchive).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSyllableLexicon } from '../syllableLexicon';
import { parseWordList } from '../wordList';
import { addArchiveToModel } from './newsroomArchive';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (!value || value.startsWith('--')) fail(`${name} needs a file after it.`);
  args.splice(at, 2);
  return value;
};

function fail(message: string): never {
  console.error(`${message}\nUsage: npx tsx electron/services/language/scripts/addArchiveToModel.ts <folder of articles> [--model <file>] [--out <file>]`);
  process.exit(2);
}

const model = path.resolve(option('--model') ?? path.join(root, 'resources/language/ngrams.vi.bin.gz'));
const out = path.resolve(option('--out') ?? model);
if (args.length !== 1) fail(args.length === 0 ? 'Give the folder that holds the articles.' : `One folder only, not ${args.length}: ${args.join(' ')}`);

try {
  const lists = ['syllables.vi.txt', 'syllables-added.vi.txt'].map((name) => parseWordList(readFileSync(path.join(root, 'resources/language', name), 'utf8')));
  const report = await addArchiveToModel(args[0]!, model, createSyllableLexicon(lists.flat()), out);
  for (const { file, reason } of report.skipped) console.error(`skipped ${file}: ${reason}`);
  const articles = report.files === 1 ? '1 article' : `${report.files} articles`;
  console.log(`added ${articles} (${report.syllables.toLocaleString('en-US')} syllables) to ${path.relative(process.cwd(), out)}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
