// One benchmark run: build, make the data in a scratch folder, measure every figure group in
// one Chromium, and return the results (bench/run.ts prints and writes them).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/harness/chromium';
import { withBudget } from './benchBudgets';
import { wants, type BenchConfig } from './benchConfig';
import { plainFigure, type BenchResults, type Figure } from './benchResults';
import { serveFolder } from './browser/staticServer';
import { useStressText } from './data/vietnameseText';
import { buildForBench } from './buildForBench';
import { measureDiskFigures } from './figures/diskFigure';
import { measureEditorFigures } from './figures/editorFigures';
import type { LibraryProfile } from './figures/profileLibrary';
import type { TypingProfile } from './figures/profileTyping';
import { measureExport } from './figures/exportFigure';
import { measureLibraryFigures } from './figures/libraryFigures';
import { measureSpellingFigures } from './figures/spellingFigures';
import { measureSyncFigures } from './figures/syncFigures';
import { describeMachine } from './machine';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface RunOptions {
  /** Build the renderer first (the test suite has built it already). */
  buildRenderer: boolean;
  /** Keep the scratch folder (libraries, photos) for a look afterwards. */
  keepData: boolean;
  log: (line: string) => void;
}

/** CPU profiles (--profile): typing at the reference size, and the library screen. */
export interface BenchProfiles {
  typing?: TypingProfile;
  library?: LibraryProfile;
}

export interface BenchRun {
  results: BenchResults;
  profiles?: BenchProfiles;
  dataFolder?: string;
}

export async function runBench(config: BenchConfig, options: RunOptions): Promise<BenchRun> {
  const started = Date.now();
  const { log } = options;
  useStressText(config.articleText === 'stress');
  if (config.only.length === 1 && config.only[0] === 'spelling') return runSpellingOnly(config, started, log);
  log('building the renderer, the bare editor page and the soan CLI');
  await buildForBench(REPO_ROOT, { renderer: options.buildRenderer });
  const rendererDir = path.join(REPO_ROOT, 'dist', 'renderer');
  const bareDir = path.join(REPO_ROOT, 'dist', 'bench-bare');
  const browser = await launchChromium();
  const bareServer = await serveFolder(bareDir);
  const root = await mkdtemp(path.join(os.tmpdir(), 'soan-bench-'));
  const figures: Figure[] = [];
  const profiles: BenchProfiles = {};
  try {
    if (wants(config, 'editor')) {
      const editor = await measureEditorFigures({ browser, config, root, bareUrl: bareServer.url, bareDir, rendererDir, repoRoot: REPO_ROOT, log });
      figures.push(...editor.figures);
      profiles.typing = editor.profile;
    }
    if (wants(config, 'library')) {
      const library = await measureLibraryFigures({ browser, config, root, rendererDir, repoRoot: REPO_ROOT, log });
      figures.push(...library.figures);
      profiles.library = library.profile;
    }
    if (wants(config, 'export')) {
      const { words, photos, width, height } = config.export;
      log(`export: ${words} words with ${photos} photos of ${width}×${height}`);
      const times = await measureExport(root, config.export, config.runs);
      figures.push(
        plainFigure({ id: 'export.package', label: `export, ${words.toLocaleString('en-US')} words + ${photos} photos ${width}×${height} JPEG → package`, unit: 'ms' }, times),
      );
    }
    if (wants(config, 'disk')) {
      log(`disk: a simulated ${config.dayHours}-hour working day`);
      figures.push(...(await measureDiskFigures(root, config.dayHours)));
    }
    if (wants(config, 'spelling')) figures.push(...(await measureSpellingFigures(REPO_ROOT, config.runs, log)));
    if (wants(config, 'sync')) {
      figures.push(...(await measureSyncFigures({ browser, config, root, rendererDir, repoRoot: REPO_ROOT, log })));
    }
    const results: BenchResults = {
      tool: 'soan-bench',
      version: 1,
      startedAt: new Date(started).toISOString(),
      durationSeconds: (Date.now() - started) / 1000,
      machine: describeMachine(browser.version()),
      settings: { config: config.name, ...config },
      figures: figures.map(withBudget),
    };
    const profiled = profiles.typing || profiles.library;
    return { results, profiles: profiled ? profiles : undefined, dataFolder: options.keepData ? root : undefined };
  } finally {
    await browser.close();
    await bareServer.close();
    if (!options.keepData) await rm(root, { recursive: true, force: true });
  }
}

/** `--only spelling` needs no build and no browser: the checks run in Node. */
async function runSpellingOnly(config: BenchConfig, started: number, log: (line: string) => void): Promise<BenchRun> {
  const figures = await measureSpellingFigures(REPO_ROOT, config.runs, log);
  const results: BenchResults = {
    tool: 'soan-bench',
    version: 1,
    startedAt: new Date(started).toISOString(),
    durationSeconds: (Date.now() - started) / 1000,
    machine: describeMachine('not started'),
    settings: { config: config.name, ...config },
    figures: figures.map(withBudget),
  };
  return { results };
}
