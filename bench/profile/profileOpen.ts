// Where opening an article goes (library click → editable text): a CPU profile of the open
// mapped to our files and functions, and Chromium's own work by trace event.
//   npx tsx bench/profile/profileOpen.ts [--words 20000] [--figures 40] [--runs 2] [--keep-trace file.json]
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { newBenchPage } from '../browser/benchPage';
import { backToLibrary, openFromLibrary, waitEditorSettled, waitForLibrary } from '../browser/soanApp';
import { REPO_ROOT } from '../runBench';
import { SiteResolver, startCpuProfile, stopCpuProfile, summariseProfile, type ProfileRow } from './cpuProfile';
import { printTraceSummary, traceWhile } from './traceEvents';
import { withGeneratedArticle } from '../browser/generatedArticleSession';

function printRows(title: string, rows: ProfileRow[], limit = 25): void {
  console.log(`\n${title}`);
  for (const row of rows.slice(0, limit)) console.log(`${row.ms.toFixed(0).padStart(7)}  ${row.label}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { words: { type: 'string' }, figures: { type: 'string' }, runs: { type: 'string' }, 'keep-trace': { type: 'string' } } });
  const words = Number(values.words ?? 20000);
  const rendererDir = path.join(REPO_ROOT, 'dist', 'renderer');
  await withGeneratedArticle('open', { words, figures: Number(values.figures ?? 40) }, async ({ article, harness, browser }) => {
    const page = await newBenchPage(browser);
    await page.goto(harness.url);
    await waitForLibrary(page);
    const cdp = await page.context().newCDPSession(page);
    const blocks = article.content.content.length;
    // A first open warms the code up, as a reporter's second article would be.
    for (let run = 0; run < Number(values.runs ?? 2) - 1; run++) {
      console.log(`open (warm-up): ${(await openFromLibrary(page, article.id, blocks)).toFixed(0)} ms`);
      await waitEditorSettled(page);
      await backToLibrary(page);
    }
    let ms = 0;
    await startCpuProfile(cdp);
    const events = await traceWhile(cdp, async () => {
      ms = await openFromLibrary(page, article.id, blocks);
    });
    const cpu = await stopCpuProfile(cdp);
    console.log(`open, ${words} words: ${ms.toFixed(0)} ms`);
    const assets = `${harness.origin}/assets/`;
    const resolver = new SiteResolver((url) => (url.startsWith(assets) ? path.join(rendererDir, 'assets', path.basename(new URL(url).pathname)) : undefined), REPO_ROOT);
    const summary = summariseProfile(cpu, resolver);
    printRows('total per file of ours (ms)', summary.totalByOurFile);
    printRows('total per function (ms)', summary.totalByFunction, 40);
    printRows('self per function (ms)', summary.selfByFunction);
    printTraceSummary(events, 1, 'open');
    if (values['keep-trace']) await writeFile(values['keep-trace'], JSON.stringify({ traceEvents: events }));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
