// The sync figures (issue 12): a newsroom sync server in its own process on 127.0.0.1 with a
// scratch data folder, and workstations that are each the real renderer in Chromium on its
// own services and library (the browser harness), as people use them:
// - remote keystroke: the reporter types into a paragraph; each character's time from the key
//   arriving on the reporter's page to the frame that shows it on the editor's page;
// - open from the server: a workstation with an empty library saves the server's address in
//   its settings; the time until the article is in its library list, plus the click that
//   opens it until its whole text is editable and painted.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ArticleDoc } from '../../electron/contract/article/articleContent';
import type { SyncStatus } from '../../electron/contract/sync';
import type { Harness } from '../../tests/harness/harnessServer';
import { plainFigure, type Figure } from '../benchResults';
import { newBenchPage } from '../browser/benchPage';
import { pressKey } from '../browser/keystrokeProbe';
import { installArrivalClock, installKeyClock, remoteLatencies } from '../browser/remoteTextProbe';
import { caretInParagraph, editorSelector, openFromLibrary, startSoan, waitEditorSettled, waitForLibrary } from '../browser/soanApp';
import { benchArticle } from '../data/benchArticle';
import { addBenchArticle, openBenchLibrary } from '../data/benchLibrary';
import { textToType } from '../data/vietnameseText';
import { percentile } from '../stats';
import type { BrowserBenchContext } from '../browserBenchContext';

export type SyncBenchContext = BrowserBenchContext;

const people = {
  reporter: { name: 'Thu Trang', role: 'reporter', token: 'bench-reporter-token-0123456789' },
  editor: { name: 'Minh Biên', role: 'editor', token: 'bench-editor-token-0123456789ab' },
  newcomer: { name: 'Lan Anh', role: 'editor', token: 'bench-newcomer-token-012345678' },
} as const;

/** The body paragraph typed into: the first one (block 2, after headline and sapo). */
const TYPED_BLOCK = 2;

interface SyncServer {
  url: string;
  stop(): Promise<void>;
}

/** `npm run server`'s entry as its own process, on a free port of 127.0.0.1. */
async function startSyncServer(folder: string, repoRoot: string): Promise<SyncServer> {
  await mkdir(folder, { recursive: true });
  const configFile = path.join(folder, 'soan-server.json');
  await writeFile(configFile, JSON.stringify({ port: 0, host: '127.0.0.1', dataFolder: 'data', users: Object.values(people) }));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server', 'main.ts'), '--config', configFile], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const started = Date.now();
    const look = setInterval(() => {
      const found = /ws:\/\/\S+/.exec(output)?.[0];
      if (found) resolve(found);
      else if (child.exitCode !== null || Date.now() - started > 30_000) reject(new Error(`the sync server did not start:\n${output}`));
      else return;
      clearInterval(look);
    }, 20);
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 120_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`the sync bench timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function call(harness: Harness, channel: string, request: unknown): Promise<unknown> {
  const result = await harness.backend.dispatch(channel, request);
  if (!result.ok) throw new Error(`${channel} failed in the sync bench: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Saves the server's address and the person's token, as Settings › Máy chủ đồng bộ does. */
const syncOn = (harness: Harness, serverUrl: string, token: string) => call(harness, 'settings:update', { sync: { serverUrl, token } });

/** Online, nothing waiting to go up, no round under way. */
async function settled(harness: Harness): Promise<boolean> {
  const status = (await call(harness, 'sync:status', {})) as SyncStatus;
  return status.state === 'online' && status.waiting === 0;
}

const inLibrary = async (harness: Harness, id: string) =>
  ((await call(harness, 'library:list', {})) as { articles: Array<{ id: string }> }).articles.some((a) => a.id === id);

async function openPage(browser: Browser, harness: Harness): Promise<Page> {
  const page = await newBenchPage(browser);
  await page.goto(harness.url);
  return page;
}

const closePage = (page: Page) => page.context().close();

export async function measureSyncFigures(context: SyncBenchContext): Promise<Figure[]> {
  const { browser, config, root, rendererDir, repoRoot, log } = context;
  const { keystrokes, cadenceMs, typingWords, openWords } = config.sync;
  const folder = path.join(root, 'sync');
  const server = await startSyncServer(path.join(folder, 'server'), repoRoot);
  const harnesses: Harness[] = [];
  const start = async (name: string, library: string) => {
    const harness = await startSoan(path.join(folder, name, library), path.join(folder, name, 'user-data'), rendererDir);
    harnesses.push(harness);
    return harness;
  };
  try {
    log(`sync: a ${typingWords.toLocaleString('en-US')}-word article to type into and a ${openWords.toLocaleString('en-US')}-word one to open, sent up by the reporter's workstation`);
    const reporterLibrary = await openBenchLibrary(path.join(folder, 'reporter', 'library'));
    const typed: ArticleDoc = benchArticle({ words: typingWords, figureFiles: [], seed: 12 });
    const big: ArticleDoc = benchArticle({ words: openWords, figureFiles: [], seed: 13 });
    const typedId = await addBenchArticle(reporterLibrary, typed);
    const bigId = await addBenchArticle(reporterLibrary, big);
    await reporterLibrary.close();
    const reporter = await start('reporter', 'library');
    await syncOn(reporter, server.url, people.reporter.token);
    await until(() => settled(reporter), "the reporter's articles to reach the server");

    const editor = await start('editor', 'library');
    await syncOn(editor, server.url, people.editor.token);
    await until(async () => (await inLibrary(editor, typedId)) && (await settled(editor)), "the articles to reach the editor's workstation");

    // Remote keystroke: both open the article; the reporter types, the editor watches.
    const keystrokeP50: number[] = [];
    const keystrokeP95: number[] = [];
    const typingPage = await openPage(browser, reporter);
    const watchingPage = await openPage(browser, editor);
    try {
      for (const page of [typingPage, watchingPage]) {
        await waitForLibrary(page);
        await openFromLibrary(page, typedId, typed.content.length);
      }
      for (const [page, harness] of [[typingPage, reporter], [watchingPage, editor]] as const) {
        await page
          .getByTestId('presence-peer')
          .first()
          .waitFor({ timeout: 60_000 })
          .catch(() => {
            const peers = harness.backend.sync()?.linkOf(typedId)?.peers();
            throw new Error(`a page did not show the other person within 60 s (its services see ${JSON.stringify(peers)})`);
          });
      }
      const paragraphStart = (typed.content[TYPED_BLOCK] as { content?: Array<{ text?: string }> }).content![0]!.text!.slice(0, 40);
      for (let run = 0; run < config.runs; run++) {
        log(`sync: remote keystroke, run ${run + 1} of ${config.runs}: ${keystrokes} characters at one every ${cadenceMs} ms`);
        await caretInParagraph(typingPage, paragraphStart);
        await installKeyClock(typingPage);
        await installArrivalClock(watchingPage, editorSelector, TYPED_BLOCK);
        // One key event per character (keyboard.type would insert Vietnamese letters without a keydown).
        const cdp = await typingPage.context().newCDPSession(typingPage);
        for (const char of textToType(keystrokes)) {
          const sent = performance.now();
          await pressKey(cdp, char);
          await typingPage.waitForTimeout(Math.max(0, cadenceMs - (performance.now() - sent)));
        }
        await cdp.detach();
        const latencies = await remoteLatencies(typingPage, watchingPage, keystrokes);
        if (!latencies) throw new Error("the reporter's typing did not all reach the editor's page within 20 s");
        keystrokeP50.push(percentile(latencies, 50));
        keystrokeP95.push(percentile(latencies, 95));
        await typingPage.waitForTimeout(500);
      }
      // Saved and checked before the pages go, as the editor figures leave them.
      for (const page of [typingPage, watchingPage]) await waitEditorSettled(page);
    } finally {
      await closePage(typingPage);
      await closePage(watchingPage);
    }

    // Open from the server: a newcomer's empty library, each run afresh.
    const fetchMs: number[] = [];
    const openMs: number[] = [];
    for (let run = 0; run < config.runs; run++) {
      log(`sync: opening the ${openWords.toLocaleString('en-US')}-word article from the server on an empty library, run ${run + 1} of ${config.runs}`);
      const newcomer = await start(`newcomer-${run}`, 'library');
      const page = await openPage(browser, newcomer);
      try {
        await page.getByTestId('new-article').waitFor({ timeout: 60_000 });
        const savedAt = performance.timeOrigin + performance.now();
        await syncOn(newcomer, server.url, people.newcomer.token);
        const row = page.locator(`[data-testid="article-row"][data-id="${bigId}"]`);
        await row.waitFor({ timeout: 120_000 });
        fetchMs.push(performance.timeOrigin + performance.now() - savedAt);
        openMs.push(await openFromLibrary(page, bigId, big.content.length));
      } finally {
        await closePage(page);
        await newcomer.close();
        harnesses.splice(harnesses.indexOf(newcomer), 1);
      }
    }

    const words = openWords.toLocaleString('en-US');
    const openNote = `in the library list ${fetchMs.map((ms) => ms.toFixed(0)).join(', ')} ms (settings saved → row shown; the round also brings the ${typingWords.toLocaleString('en-US')}-word article), then click → editable ${openMs.map((ms) => ms.toFixed(0)).join(', ')} ms`;
    const keystrokeNote = `${keystrokes} characters typed at one every ${cadenceMs} ms into a ${typingWords.toLocaleString('en-US')}-word article open on both workstations; key on the reporter's page → painted on the editor's page, through both workstations' services and the server (its own process)`;
    return [
      plainFigure({ id: 'sync.keystroke.p50', label: 'remote keystroke p50, typed → painted on the other workstation', unit: 'ms', note: keystrokeNote }, keystrokeP50),
      plainFigure({ id: 'sync.keystroke.p95', label: 'remote keystroke p95, typed → painted on the other workstation', unit: 'ms', note: keystrokeNote }, keystrokeP95),
      plainFigure({ id: `sync.open.${openWords}`, label: `open from the server on an empty library, ${words} words (settings saved → editable)`, unit: 'ms', note: openNote }, fetchMs.map((ms, i) => ms + openMs[i]!)),
    ];
  } finally {
    for (const harness of harnesses) await harness.close().catch(() => undefined);
    await server.stop();
  }
}
