// A newsroom's own articles added to the n-gram model: its archive is the text closest to what
// its reporters write, so the real-word check learns the paper's own word pairs. Reads every
// .txt, .md, .html and .htm file under a folder (legacy TCVN3/VNI text is converted first) and
// the article.json of a Soạn library's articles that an editor approved or exported (a draft
// may hold the very slips the model should learn against), keeps the Vietnamese lines, adds
// their counts to the model's and writes the model anew.
// Files of other kinds, files that are not text, and files that cannot be read (no permission, a
// link to nothing, a pipe) are skipped and listed; a folder with no
// Vietnamese text in it is refused in words, and the model file is left as it was.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../fs/atomicWrite';
import { decodeTextFile } from '../../import/decodeTextFile';
import { importLimits } from '../../import/importLimits';
import { countText, countsFromData, toNgramData, type NgramCounts } from '../ngramCounts';
import { decodeNgramFile, encodeNgramFile } from '../ngramFile';
import { prepareIncomingText } from '../prepareIncomingText';
import type { SyllableLexicon } from '../syllableLexicon';
import { htmlToText, vietnameseLines } from './corpusText';

export const ARCHIVE_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.json'];
/** Soạn articles past an editor (contract/workflow.ts). */
const EDITED = new Set(['approved', 'exported']);

export interface ArchiveReport {
  /** Articles counted in this run. */
  files: number;
  syllables: number;
  /** Vietnamese lines (sentences, headlines) counted. */
  sentences: number;
  /** Articles left out because the model had already learnt them. */
  alreadyLearnt: number;
  /** Files left out, with the reason in words. */
  skipped: Array<{ file: string; reason: string }>;
}

/** Why a file or folder could not be read, in words. */
function couldNotRead(error: unknown): string {
  const code = (error as { code?: string }).code;
  const why =
    code === 'ENOENT' ? 'it is not there: a link to nothing, or removed'
    : code === 'ELOOP' ? 'a link that leads back to itself'
    : code === 'EACCES' || code === 'EPERM' ? 'no permission to read it'
    : code === 'EISDIR' ? 'not a file: a folder, a pipe or a device'
    : (code ?? (error as Error).message);
  return `could not be read (${why})`;
}

interface Listing {
  /** Everything under the folder that is not a folder (files, links, pipes), sorted. */
  files: string[];
  /** Subfolders that could not be listed, with the reason. */
  unreadable: Array<{ file: string; reason: string }>;
}

function listFiles(folder: string): Listing {
  let stat;
  try {
    stat = statSync(folder);
  } catch {
    throw new Error(`The archive folder ${folder} does not exist.`);
  }
  if (!stat.isDirectory()) throw new Error(`${folder} is a file, not a folder: give the folder that holds the articles.`);
  const listing: Listing = { files: [], unreadable: [] };
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === folder) throw new Error(`The archive folder ${folder} ${couldNotRead(error)}.`);
      listing.unreadable.push({ file: dir, reason: couldNotRead(error) });
      return;
    }
    // A link is listed, not followed into: reading it (below) tells what it leads to.
    for (const entry of entries) (entry.isDirectory() ? walk : (file: string) => listing.files.push(file))(path.join(dir, entry.name));
  };
  walk(folder);
  listing.files.sort();
  return listing;
}

/** A Soạn library's article.json: its plain text, when an editor has passed it. */
function readSoanArticle(bytes: Buffer): { text: string } | { reason: string } {
  let copy: { format?: unknown; status?: unknown; text?: unknown };
  try {
    copy = JSON.parse(bytes.toString('utf8')) as typeof copy;
  } catch {
    return { reason: 'not a Soạn article (.json files are read only as a Soạn article.json)' };
  }
  if (copy?.format !== 'soan-article' || typeof copy.text !== 'string') return { reason: 'not a Soạn article (.json files are read only as a Soạn article.json)' };
  if (!EDITED.has(String(copy.status))) return { reason: `not approved by an editor yet (status ${String(copy.status)})` };
  return { text: copy.text.normalize('NFC') };
}

/**
 * The most a file of the archive may hold to be read: a text file as much as an import takes, a
 * Soạn article.json four times that (its structure beside the text). A larger one (a backup,
 * a dump) is skipped by its size, never read into memory.
 */
const MAX_TEXT_FILE_BYTES = importLimits.textBytes;
const MAX_ARTICLE_JSON_BYTES = 4 * importLimits.textBytes;

/** The article's text, or why it cannot be read. */
function readArticle(file: string): { text: string } | { reason: string } {
  const isJson = path.extname(file).toLowerCase() === '.json';
  let bytes: Buffer;
  try {
    const stat = statSync(file); // through a link, to what it leads to
    // A pipe or a device is never opened: reading one may wait forever.
    if (!stat.isFile()) return { reason: 'could not be read (not a file: a folder, a pipe or a device)' };
    if (stat.size > (isJson ? MAX_ARTICLE_JSON_BYTES : MAX_TEXT_FILE_BYTES)) return { reason: 'too large for one article' };
    bytes = readFileSync(file);
  } catch (error) {
    return { reason: couldNotRead(error) };
  }
  if (isJson) return readSoanArticle(bytes);
  let raw: string;
  try {
    raw = decodeTextFile(bytes, path.basename(file));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'import-not-utf8') raw = new TextDecoder('windows-1252').decode(bytes); // TCVN3, VNI: converted below
    else if (code === 'import-empty-file') return { reason: 'empty' };
    else if (code === 'import-too-large') return { reason: 'too large for one article' };
    else return { reason: 'not a text file' };
  }
  const text = prepareIncomingText(raw).text;
  return { text: /\.html?$/iu.test(file) ? htmlToText(text) : text };
}

/** An article's identity for "already learnt": its NFC text's hash (an edited article counts anew). */
export function articleHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 16);
}

/**
 * Counts the archive under `folder` into `counts` (added to what is there). Articles whose
 * hash is in `learnt` are left out (and the new ones' hashes added to it). Throws, in words and
 * before anything could be written, when the folder is missing, a file, empty, or holds no
 * Vietnamese article at all.
 */
export function countArchive(folder: string, counts: NgramCounts, lexicon: SyllableLexicon, learnt?: Set<string>): ArchiveReport {
  const { files, unreadable } = listFiles(path.resolve(folder));
  const report: ArchiveReport = { files: 0, syllables: 0, sentences: 0, alreadyLearnt: 0, skipped: unreadable.map(({ file, reason }) => ({ file: path.relative(path.resolve(folder), file), reason })) };
  for (const file of files) {
    const name = path.relative(folder, file);
    if (!ARCHIVE_EXTENSIONS.includes(path.extname(file).toLowerCase())) {
      report.skipped.push({ file: name, reason: `not an article file (${ARCHIVE_EXTENSIONS.join(', ')})` });
      continue;
    }
    const article = readArticle(file);
    if ('reason' in article) {
      report.skipped.push({ file: name, reason: article.reason });
      continue;
    }
    const hash = articleHash(article.text);
    if (learnt?.has(hash)) {
      report.alreadyLearnt++;
      continue;
    }
    const before = counts.tokens;
    const lines = vietnameseLines(article.text, lexicon);
    for (const line of lines) countText(counts, line, lexicon);
    if (counts.tokens === before) {
      report.skipped.push({ file: name, reason: 'no Vietnamese sentences in it' });
      continue;
    }
    learnt?.add(hash);
    report.files++;
    report.sentences += lines.length;
    report.syllables += counts.tokens - before;
  }
  if (files.length === 0 && unreadable.length === 0) throw new Error(`The archive folder ${folder} is empty: nothing was added, and the model is unchanged.`);
  if (report.files === 0 && report.alreadyLearnt === 0) {
    throw new Error(`No Vietnamese article text was found in ${folder} (${files.length + unreadable.length} files, none usable: .txt, .md, .html files and approved Soạn articles with Vietnamese sentences are read). The model is unchanged.`);
  }
  return report;
}

/** How a run is recorded in the model's sources. */
export function archiveLabel(folder: string, report: ArchiveReport): string {
  return `newsroom archive ${path.basename(path.resolve(folder))}: ${report.files} files, ${report.syllables} syllables (the newsroom's own text)`;
}

/**
 * Adds the archive under `folder` to the model in `modelFile` and writes the result to
 * `outFile` (the same file by default). Throws, writing nothing, when nothing can be learnt.
 */
export async function addArchiveToModel(folder: string, modelFile: string, lexicon: SyllableLexicon, outFile = modelFile): Promise<ArchiveReport> {
  const resolved = path.resolve(folder);
  listFiles(resolved); // a missing folder is told before the model is read
  const data = decodeNgramFile(readFileSync(modelFile), modelFile);
  const counts = countsFromData(data);
  const report = countArchive(folder, counts, lexicon);
  await writeFileAtomic(outFile, encodeNgramFile(toNgramData(counts, [...data.sources, archiveLabel(folder, report)])));
  return report;
}
