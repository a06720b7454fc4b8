// The editor figures: per article size, runs that alternate Soạn (opened from the library,
// every side panel's work on, captions tab showing, checks on) and the bare TipTap + Yjs page
// holding the same text: open time, JS heap, keystroke latency; at the reference size also
// autosave, and (on request) a CPU profile of typing.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ArticleDoc } from '../../electron/contract/article/articleContent';
import { editorFigure, plainFigure, type Figure } from '../benchResults';
import type { BenchConfig } from '../benchConfig';
import { measureAutosave } from '../browser/autosaveProbe';
import { BARE_EDITOR, openBareArticle, openBarePage, prepareBareArticle } from '../browser/barePage';
import { newBenchPage } from '../browser/benchPage';
import { jsHeapAfterGc } from '../browser/heap';
import { typeMeasured, type TypingOptions } from '../browser/keystrokeProbe';
import { backToLibrary, caretInParagraph, openFromLibrary, startSoan, waitEditorSettled, waitForLibrary } from '../browser/soanApp';
import { buildEditorLibrary, figurePhotos, type EditorArticle } from '../data/editorArticles';
import { textToType } from '../data/vietnameseText';
import { profileTyping, type TypingProfile } from './profileTyping';
import { readContent } from '../../electron/contract/article/readArticle';
import { partsInPlainText } from '../../electron/contract/article/articleText';
import type { PmNode } from '../../electron/contract/article/pmJson';
import type { Harness } from '../../tests/harness/harnessServer';
import { percentile } from '../stats';
import type { BrowserBenchContext } from '../browserBenchContext';

export interface EditorBenchContext extends BrowserBenchContext {
  bareUrl: string;
  /** The bare page's build (dist/bench-bare), for its source map. */
  bareDir: string;
}

export interface EditorBenchResult {
  figures: Figure[];
  profile?: TypingProfile;
}

interface SizeRuns {
  soanP50: number[];
  soanP95: number[];
  bareP50: number[];
  bareP95: number[];
  soanOpen: number[];
  bareOpen: number[];
  soanHeapMb: number[];
  bareHeapMb: number[];
  keys: number[];
  autosaveDisk: number[];
  autosaveTask: number[];
  checks: number[];
}

/** The start of the body paragraph in the middle of the article, to find it on both pages. */
function middleParagraphStart(content: ArticleDoc): string {
  const paragraphs = content.content.filter((n) => n.type === 'paragraph');
  const middle = paragraphs[Math.floor(paragraphs.length / 2)];
  const text = middle?.type === 'paragraph' ? (middle.content?.[0] as { text?: string } | undefined)?.text : undefined;
  if (!text) throw new Error('the generated article has no body paragraph');
  return text.slice(0, 40);
}

async function projectFolderOf(libraryPath: string, id: string): Promise<string> {
  const name = (await readdir(libraryPath)).find((entry) => entry.endsWith(`-${id}`));
  if (!name) throw new Error(`no project folder for ${id}`);
  return path.join(libraryPath, name);
}

const words = (n: number) => n.toLocaleString('en-US');

export async function measureEditorFigures(ctx: EditorBenchContext): Promise<EditorBenchResult> {
  const { browser, config, log } = ctx;
  log(`editor: generating ${config.figures} photos and ${config.sizes.length} articles`);
  const photos = await figurePhotos(config.figures);
  const libraryPath = path.join(ctx.root, 'editor-library');
  const articles = await buildEditorLibrary(libraryPath, config.sizes, photos);
  const harness = await startSoan(libraryPath, path.join(ctx.root, 'editor-user-data'), ctx.rendererDir);
  const pages: Page[] = [];
  try {
    const soan = await newBenchPage(browser);
    pages.push(soan);
    await soan.goto(harness.url);
    await waitForLibrary(soan);
    const bare = await openBarePage(browser, ctx.bareUrl);
    pages.push(bare);
    const soanCdp = await soan.context().newCDPSession(soan);
    const bareCdp = await bare.context().newCDPSession(bare);
    const text = textToType(config.typing.characters);
    const typing: TypingOptions = { cadenceMs: config.typing.cadenceMs, burst: config.typing.burst, pauseMs: config.typing.pauseMs };
    const figures: Figure[] = [];
    const p95ByWords = new Map<number, { soan: number[]; bare: number[] }>();
    let profile: EditorBenchResult['profile'];

    for (const article of articles) {
      const start = middleParagraphStart(article.content);
      const blocks = article.content.content.length;
      const runs: SizeRuns = { soanP50: [], soanP95: [], bareP50: [], bareP95: [], soanOpen: [], bareOpen: [], soanHeapMb: [], bareHeapMb: [], keys: [], autosaveDisk: [], autosaveTask: [], checks: [] };
      await prepareBareArticle(bare, article.content);
      const isReference = article.words === config.referenceWords;
      for (let run = 0; run < config.runs; run++) {
        log(`editor: ${words(article.words)} words, run ${run + 1}/${config.runs}`);
        // Soạn: from the library, as a reporter opens an article.
        await soan.bringToFront();
        runs.soanOpen.push(await openFromLibrary(soan, article.id, blocks));
        await waitEditorSettled(soan);
        await soan.getByTestId('panel-tab-captions').click();
        runs.soanHeapMb.push((await jsHeapAfterGc(soanCdp)) / 1e6);
        await caretInParagraph(soan, start);
        const soanKeys = await typeMeasured(soan, soanCdp, text, { ...typing, budgetMs: config.typing.budgetMs });
        runs.keys.push(soanKeys.length);
        runs.soanP50.push(percentile(soanKeys, 50));
        runs.soanP95.push(percentile(soanKeys, 95));
        await waitEditorSettled(soan);
        if (isReference) {
          const sample = await measureAutosave(browser, soan, soanCdp, await projectFolderOf(libraryPath, article.id));
          runs.autosaveDisk.push(sample.toDiskMs);
          runs.autosaveTask.push(sample.longestTaskMs);
          await waitEditorSettled(soan);
        }
        await backToLibrary(soan);
        runs.checks.push(await timeLanguageCheck(harness, article.content));

        // The bare page: the same text, the same characters typed at the same place.
        await bare.bringToFront();
        runs.bareOpen.push(await openBareArticle(bare));
        runs.bareHeapMb.push((await jsHeapAfterGc(bareCdp)) / 1e6);
        await caretInParagraph(bare, start, BARE_EDITOR);
        const bareKeys = await typeMeasured(bare, bareCdp, [...text].slice(0, soanKeys.length).join(''), typing);
        runs.bareP50.push(percentile(bareKeys, 50));
        runs.bareP95.push(percentile(bareKeys, 95));
      }
      figures.push(...sizeFigures(config, article, runs));
      p95ByWords.set(article.words, { soan: runs.soanP95, bare: runs.bareP95 });
      if (isReference && config.profileCharacters > 0) {
        log(`editor: CPU profile of typing at ${words(article.words)} words`);
        profile = await profileTyping({
          ...ctx,
          soan: { page: soan, cdp: soanCdp, origin: harness.origin },
          bare: { page: bare, cdp: bareCdp, origin: new URL(ctx.bareUrl).origin },
          article,
          paragraphStart: start,
          text: [...text].slice(0, config.profileCharacters).join(''),
          typing: { ...typing, budgetMs: config.typing.budgetMs },
        });
      }
    }
    const smallest = Math.min(...config.sizes);
    const largest = Math.max(...config.sizes);
    if (largest > smallest) {
      const from = p95ByWords.get(smallest)!;
      const to = p95ByWords.get(largest)!;
      figures.push(
        editorFigure(
          { id: 'keystroke.p95.growth', label: `keystroke p95 growth, ${words(smallest)} → ${words(largest)} words`, unit: '×' },
          to.soan.map((v, i) => v / from.soan[i]!),
          to.bare.map((v, i) => v / from.bare[i]!),
        ),
      );
    }
    return { figures, profile };
  } finally {
    for (const page of pages) await page.context().close().catch(() => undefined);
    await harness.close();
  }
}

function sizeFigures(config: BenchConfig, article: EditorArticle, runs: SizeRuns): Figure[] {
  const n = words(article.words);
  const typed = `${runs.keys.join(', ')} of ${config.typing.characters} characters typed per run (stopped after ${config.typing.budgetMs / 1000} s)`;
  const figures = [
    editorFigure({ id: `keystroke.p50.${article.words}`, label: `keystroke p50, ${n} words`, unit: 'ms', note: typed }, runs.soanP50, runs.bareP50),
    editorFigure({ id: `keystroke.p95.${article.words}`, label: `keystroke p95, ${n} words`, unit: 'ms' }, runs.soanP95, runs.bareP95),
    editorFigure(
      { id: `open.${article.words}`, label: `open, library click → editable text, ${n} words`, unit: 'ms' },
      runs.soanOpen,
      runs.bareOpen,
    ),
    editorFigure({ id: `memory.${article.words}`, label: `JS heap, ${n}-word article open`, unit: 'MB' }, runs.soanHeapMb, runs.bareHeapMb),
  ];
  figures.push(
    plainFigure(
      { id: `checks.${article.words}`, label: `language check of the whole article (services, worker), ${n} words`, unit: 'ms', note: 'what each pause in typing asks for: spelling and house style' },
      runs.checks,
    ),
  );
  if (runs.autosaveDisk.length) {
    figures.push(
      plainFigure({ id: 'autosave.toDisk', label: `autosave, keystroke → durable on disk, ${n} words`, unit: 'ms' }, runs.autosaveDisk),
      plainFigure({ id: 'autosave.longestTask', label: 'autosave, longest renderer task on the way', unit: 'ms' }, runs.autosaveTask),
    );
  }
  return figures;
}

/** language:check of every part of the article, as the editor asks 600 ms after typing stops. */
async function timeLanguageCheck(harness: Harness, content: ArticleDoc): Promise<number> {
  const { parts } = partsInPlainText(readContent(content as unknown as PmNode).parts);
  const started = performance.now();
  const result = await harness.backend.dispatch('language:check', { parts });
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(`language:check failed: ${JSON.stringify(result.error)}`);
  return ms;
}
