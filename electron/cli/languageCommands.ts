// soan check | convert — the language desk on files and articles, run in this process (a
// command line has no UI thread to protect).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { defaultNewsroomSettings } from '../contract/newsroom';
import { SoanError } from '../contract/errors';
import type { LanguageFinding } from '../contract/types';
import { readArticle } from '../contract/article/readArticle';
import { partsInPlainText } from '../contract/article/articleText';
import { runCheckJob } from '../services/checks/languageCheckJob';
import { decodeTextFile } from '../services/import/decodeTextFile';
import { ImportError } from '../services/import/importError';
import { cleanText } from '../services/language/cleanText';
import { readFlatArticle } from '../services/language/houseStyle/flatArticle';
import { decodeLegacy, type LegacyEncoding } from '../services/language/legacy/detectEncoding';
import { c1ControlsAsWindows1252 } from '../services/language/legacy/windows1252';
import { loadLanguageResources } from '../services/language/loadLanguageResources';
import { prepareIncomingText } from '../services/language/prepareIncomingText';
import type { ParsedCommand } from './cliArgs';
import { CliUsageError } from './cliErrors';
import type { CliContext } from './cliContext';
import { withCommandLibrary } from './cliLibrary';

const ARTICLE_ID = /^[a-z0-9]{10,32}$/;

interface Located {
  text: string;
  findings: LanguageFinding[];
  /** Offset of each part in `text`. */
  offsets: number[];
}

function readTextFile(bytes: Uint8Array, name: string): string {
  try {
    return decodeTextFile(bytes, name);
  } catch (error) {
    if (error instanceof ImportError) throw new SoanError(error.code, { ...error.params, name });
    throw error;
  }
}

async function checkParts(
  context: CliContext,
  parts: Array<{ kind: LanguageFinding['partKind']; text: string }>,
): Promise<LanguageFinding[]> {
  // The newsroom's own model too (soan language learn), as in the app.
  const resources = await loadLanguageResources(context.resourcesDir, 'vi', { userDataDir: context.userDataDir });
  // The app's defaults, so the command line and a fresh Soạn agree.
  return runCheckJob(resources, { parts, dictionary: [], tonePlacement: defaultNewsroomSettings('').tonePlacement, locale: 'vi' });
}

async function checkTextFile(context: CliContext, file: string): Promise<Located> {
  const text = readTextFile(new Uint8Array(await fs.readFile(file)), path.basename(file));
  const { rules } = await loadLanguageResources(context.resourcesDir, 'vi');
  const flat = readFlatArticle(text, rules.flatArticle);
  return { text: flat.text, findings: await checkParts(context, flat.parts), offsets: flat.offsets };
}

async function checkArticleById(context: CliContext, id: string, library: string): Promise<Located> {
  const opened = await withCommandLibrary(context, library, async (lib) => {
    const article = await lib.call('article:open', { id });
    await lib.call('article:close', { id });
    return article;
  });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, opened.state);
  // The article as it stands: pending insertions are not its text yet.
  const { parts, offsets, text } = partsInPlainText(readArticle(doc).parts);
  doc.destroy();
  return { text, findings: await checkParts(context, parts), offsets };
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

export async function checkCommand(command: ParsedCommand, context: CliContext): Promise<void> {
  const target = command.positional(0, '<file.txt|id>');
  const file = context.path(target);
  const library = command.string('library');
  let located: Located;
  if (ARTICLE_ID.test(target) && library && !(await fs.stat(file).catch(() => null))) {
    located = await checkArticleById(context, target, library);
  } else if (ARTICLE_ID.test(target) && !(await fs.stat(file).catch(() => null))) {
    throw new CliUsageError(`soan check: ${target} looks like an article id; give --library <dir>`);
  } else {
    located = await checkTextFile(context, file);
  }
  const findings = located.findings.map((f) => {
    const base = located.offsets[f.part] ?? 0;
    return { rule: f.rule, severity: f.severity, message: f.message, text: f.text, from: f.from + base, to: f.to + base, suggestions: f.suggestions };
  });
  if (command.flag('json')) context.out(JSON.stringify(findings, null, 2));
  else for (const f of findings) context.out(`${lineAndColumn(located.text, f.from)}  ${f.severity}  ${f.rule}  ${f.message}`);
}

const FROM = ['auto', 'tcvn3', 'vni', 'viqr'] as const;

/** UTF-8 if it is; otherwise the bytes as Windows-1252 (how legacy-font text files are saved). */
function decodeForConversion(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (bytes.includes(0)) throw new SoanError('import-not-text', { name });
    return c1ControlsAsWindows1252(new TextDecoder('latin1').decode(bytes));
  }
}

export async function convertCommand(command: ParsedCommand, context: CliContext): Promise<void> {
  const file = context.path(command.positional(0, '<file>'));
  const from = (command.string('from') ?? 'auto') as (typeof FROM)[number];
  if (!FROM.includes(from)) throw new CliUsageError(`soan convert: --from must be one of ${FROM.join(', ')}`);
  const raw = decodeForConversion(new Uint8Array(await fs.readFile(file)), path.basename(file));
  const text = from === 'auto' ? prepareIncomingText(raw).text : cleanText(decodeLegacy(raw, from as LegacyEncoding));
  context.out(text.normalize('NFC'));
}
