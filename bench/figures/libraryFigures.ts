// The library figures over a library of 5,000 articles: cold start (a fresh backend and page:
// navigation → list painted), the filter's keystrokes, the in-app full-text search, and
// search outside the app (`soan search`, and the library:search call itself).
import path from 'node:path';
import { plainFigure, type Figure } from '../benchResults';
import { filterAndSearch, measureColdStart } from '../browser/libraryProbe';
import { startSoan } from '../browser/soanApp';
import { benchArticle } from '../data/benchArticle';
import { writeProjectFolders } from '../data/benchLibrary';
import { percentile } from '../stats';
import { measureLibrarySearchCall, measureNodeStart, measureSoanSearchCommand } from './cliSearch';
import { profileLibrary, type LibraryProfile } from './profileLibrary';
import type { BrowserBenchContext } from '../browserBenchContext';

export type LibraryBenchContext = BrowserBenchContext;

export interface LibraryBenchResult {
  figures: Figure[];
  profile?: LibraryProfile;
}

export async function measureLibraryFigures(ctx: LibraryBenchContext): Promise<LibraryBenchResult> {
  const { browser, config, log } = ctx;
  const { articles, words } = config.library;
  const libraryPath = path.join(ctx.root, 'big-library');
  const userDataDir = path.join(ctx.root, 'big-library-user-data');
  log(`library: writing ${articles.toLocaleString('en-US')} articles of ${words} words`);
  await writeProjectFolders(
    libraryPath,
    Array.from({ length: articles }, (_, i) => benchArticle({ words, figureFiles: [], seed: 100_000 + i })),
  );
  // The first start finds and indexes them (a library copied in); closing writes the indexes.
  log('library: first start indexes them');
  const first = await startSoan(libraryPath, userDataDir, ctx.rendererDir);
  const listed = await first.backend.dispatch('library:list', {});
  await first.close();
  if (!listed.ok || (listed.value as { articles: unknown[] }).articles.length !== articles) {
    throw new Error(`the library lists ${listed.ok ? (listed.value as { articles: unknown[] }).articles.length : 'no'} articles, not ${articles}`);
  }

  const cold: number[] = [];
  const filterP50: number[] = [];
  const filterP95: number[] = [];
  const inApp: number[] = [];
  for (let run = 0; run < config.runs; run++) {
    log(`library: cold start and search, run ${run + 1}/${config.runs}`);
    const harness = await startSoan(libraryPath, userDataDir, ctx.rendererDir);
    try {
      const { ms, page } = await measureColdStart(browser, harness.url);
      cold.push(ms);
      const cdp = await page.context().newCDPSession(page);
      const keys: number[] = [];
      for (const query of config.searchQueries) {
        const result = await filterAndSearch(page, cdp, query, config.typing.cadenceMs);
        keys.push(...result.keys);
        inApp.push(result.searchMs);
      }
      filterP50.push(percentile(keys, 50));
      filterP95.push(percentile(keys, 95));
      await page.context().close();
    } finally {
      await harness.close();
    }
  }

  let profile: LibraryProfile | undefined;
  if (config.profileCharacters > 0) {
    log('library: CPU profiles of the cold start and the filter');
    const harness = await startSoan(libraryPath, userDataDir, ctx.rendererDir);
    try {
      profile = await profileLibrary(browser, harness.url, ctx.rendererDir, ctx.repoRoot, articles, config.searchQueries[0]!, config.typing.cadenceMs);
    } finally {
      await harness.close();
    }
  }

  log('library: soan search and library:search');
  const command: number[] = [];
  for (let run = 0; run < config.runs; run++) command.push(...(await measureSoanSearchCommand(libraryPath, config.searchQueries)));
  const call = await measureLibrarySearchCall(libraryPath, config.searchQueries, 5);
  const nodeStart = await measureNodeStart(command.length);

  const n = articles.toLocaleString('en-US');
  const queries = `queries: ${config.searchQueries.map((q) => `"${q}"`).join(', ')}`;
  const figures = [
    plainFigure({ id: 'library.coldStart', label: `cold start, page load → list painted, ${n} articles`, unit: 'ms', note: 'a fresh backend each run: the library and its indexes are opened from disk' }, cold),
    plainFigure({ id: 'library.filter.p50', label: `library filter, keystroke p50, ${n} articles`, unit: 'ms' }, filterP50),
    plainFigure({ id: 'library.filter.p95', label: `library filter, keystroke p95, ${n} articles`, unit: 'ms' }, filterP95),
    plainFigure({ id: 'search.inApp', label: `in-app search, last key → results painted (less the 250 ms typing pause)`, unit: 'ms', note: `one value per query and run; ${queries}` }, inApp),
    plainFigure({ id: 'search.call', label: `library:search per query (services, library open), ${n} articles`, unit: 'ms', note: 'median of 5 calls per query' }, call),
    plainFigure({ id: 'search.command', label: `soan search, whole command (start → printed), ${n} articles`, unit: 'ms', note: 'the prebuilt CLI (dist/cli/soan.cjs): Node start, modules, library and index opened, query, print; the budget is per query (library:search above), this is shown beside it' }, command),
    plainFigure({ id: 'search.nodeStart', label: 'a Node process doing nothing (`node -e ""`), for scale', unit: 'ms', note: 'measured right after the soan search runs, as many times' }, nodeStart),
  ];
  return { figures, profile };
}
