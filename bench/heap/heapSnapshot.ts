// A heap snapshot of Soạn's renderer with one generated article open, as the bench's memory
// figure sees it (opened from the library, checks answered, captions tab showing), written as
// a .heapsnapshot file (Chromium DevTools opens it) and summarised by heapSummary.ts. With
// --bare, the bench's bare TipTap + Yjs page holding the same text instead (built by `npm run
// bench` into dist/bench-bare), to compare the two snapshot by snapshot.
//   npx tsx bench/heap/heapSnapshot.ts [--words 20000] [--figures 40] [--bare] [--out /tmp/soan.heapsnapshot]
import { createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, CDPSession } from 'playwright-core';
import type { ArticleDoc } from '../../electron/contract/article/articleContent';
import { REPO_ROOT } from '../runBench';
import { openBareArticle, openBarePage, prepareBareArticle } from '../browser/barePage';
import { serveFolder } from '../browser/staticServer';
import { newBenchPage } from '../browser/benchPage';
import { jsHeapAfterGc } from '../browser/heap';
import { openFromLibrary, waitEditorSettled, waitForLibrary } from '../browser/soanApp';
import { printHeapSummary, readHeapSnapshot } from './heapSummary';
import { withGeneratedArticle } from '../browser/generatedArticleSession';

/** Streams HeapProfiler.takeHeapSnapshot's chunks into `file`. */
export async function writeHeapSnapshot(cdp: CDPSession, file: string): Promise<void> {
  const out = createWriteStream(file);
  const onChunk = ({ chunk }: { chunk: string }) => out.write(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { words: { type: 'string' }, figures: { type: 'string' }, out: { type: 'string' }, bare: { type: 'boolean' } } });
  const words = Number(values.words ?? 20000);
  const figures = Number(values.figures ?? 40);
  const file = values.out ?? path.join(os.tmpdir(), `${values.bare ? 'bare' : 'soan'}-${words}.heapsnapshot`);
  await withGeneratedArticle('heap', { words, figures }, async ({ article, harness, browser }) => {
    if (values.bare) return snapshotBarePage(browser, article.content, file);
    const page = await newBenchPage(browser);
    await page.goto(harness.url);
    await waitForLibrary(page);
    const cdp = await page.context().newCDPSession(page);
    const openMs = await openFromLibrary(page, article.id, article.content.content.length);
    await waitEditorSettled(page);
    await page.getByTestId('panel-tab-captions').click();
    const heap = await jsHeapAfterGc(cdp);
    console.log(`opened ${words} words in ${openMs.toFixed(0)} ms; JS heap after GC ${(heap / 1e6).toFixed(1)} MB`);
    await writeHeapSnapshot(cdp, file);
    console.log(`snapshot: ${file}`);
    printHeapSummary(await readHeapSnapshot(file));
  });
}

/** The bare page as the bench measures it: the same text opened, then the heap after GC. */
async function snapshotBarePage(browser: Browser, content: ArticleDoc, file: string): Promise<void> {
  const server = await serveFolder(path.join(REPO_ROOT, 'dist', 'bench-bare'));
  try {
    const page = await openBarePage(browser, server.url);
    const cdp = await page.context().newCDPSession(page);
    await prepareBareArticle(page, content);
    const openMs = await openBareArticle(page);
    const heap = await jsHeapAfterGc(cdp);
    console.log(`bare page: opened in ${openMs.toFixed(0)} ms; JS heap after GC ${(heap / 1e6).toFixed(1)} MB`);
    await writeHeapSnapshot(cdp, file);
    console.log(`snapshot: ${file}`);
    printHeapSummary(await readHeapSnapshot(file));
  } finally {
    await server.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
