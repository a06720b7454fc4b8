// What Chromium's own work per keystroke is made of — style, layout, pre-paint, paint — which a
// CPU profile shows only as "(program)". Opens a generated article from the library the way the
// bench does, records a devtools.timeline trace while typing, and prints each trace event's
// own time per keystroke with what it touched (elements restyled, objects laid out), then the
// React commits per keystroke and the components each drew again.
//   npx tsx bench/profile/traceTyping.ts [--words 20000] [--figures 40] [--chars 40] [--burst n --pause ms] [--bare] [--slow-keys | --all-keys | --long-tasks] [--tab article] [--keep-trace file.json]
// --slow-keys also records a CPU profile and says what ran during the slowest keystrokes;
// --all-keys does the same over every keystroke but the first, in ms per key (what the median is made of).
// --long-tasks profiles the main thread's tasks over 8 ms instead (a key pressed during one waits for it
// before its keydown is dispatched, so a key's own window does not show what delayed it).
// --bare types into the bare TipTap + Yjs page (dist/bench-bare, built by the bench) instead.
// --tab names the side panel's tab shown while typing (captions, as in the bench, unless told).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { installReactCommitCounter, reactCommits, resetReactCommits } from '../browser/reactCommits';
import { BARE_EDITOR, openBareArticle, openBarePage, prepareBareArticle } from '../browser/barePage';
import { newBenchPage } from '../browser/benchPage';
import { serveFolder } from '../browser/staticServer';
import { typeMeasured } from '../browser/keystrokeProbe';
import { caretInParagraph, openFromLibrary, waitEditorSettled, waitForLibrary } from '../browser/soanApp';
import { textToType } from '../data/vietnameseText';
import { REPO_ROOT } from '../runBench';
import { percentile } from '../stats';
import { printTraceSummary, traceWhile } from './traceEvents';
import { SiteResolver, startCpuProfile, stopCpuProfile, summariseProfile, type CpuProfile } from './cpuProfile';
import { blockingTask, keyWindows, longTasks, profileWithin } from './slowKeys';
import { withGeneratedArticle } from '../browser/generatedArticleSession';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { words: { type: 'string' }, figures: { type: 'string' }, chars: { type: 'string' }, 'keep-trace': { type: 'string' }, bare: { type: 'boolean' }, burst: { type: 'string' }, pause: { type: 'string' }, 'slow-keys': { type: 'boolean' }, 'all-keys': { type: 'boolean' }, 'long-tasks': { type: 'boolean' }, tab: { type: 'string' } } });
  const words = Number(values.words ?? 20000);
  await withGeneratedArticle('trace', { words, figures: Number(values.figures ?? 40) }, async ({ article, harness, browser }) => {
    const bareServer = values.bare ? await serveFolder(path.join(REPO_ROOT, 'dist', 'bench-bare')) : null;
    try {
      const content = article.content.content;
      const paragraphs = content.filter((n) => n.type === 'paragraph');
      const middle = (paragraphs[Math.floor(paragraphs.length / 2)] as { content?: Array<{ text?: string }> }).content![0]!.text!.slice(0, 40);
      let page;
      if (bareServer) {
        page = await openBarePage(browser, bareServer.url);
        await prepareBareArticle(page, article.content);
        await openBareArticle(page);
        await caretInParagraph(page, middle, BARE_EDITOR);
      } else {
        page = await newBenchPage(browser);
        await installReactCommitCounter(page);
        await page.goto(harness.url);
        await waitForLibrary(page);
        await openFromLibrary(page, article.id, content.length);
        await waitEditorSettled(page);
        await page.getByTestId(`panel-tab-${values.tab ?? 'captions'}`).click();
        await caretInParagraph(page, middle);
      }
      const cdp = await page.context().newCDPSession(page);
      const text = textToType(Number(values.chars ?? 40));
      let latencies: number[] = [];
      await resetReactCommits(page);
      let cpu: CpuProfile | undefined;
      const profiling = values['slow-keys'] || values['all-keys'] || values['long-tasks'];
      if (profiling) await startCpuProfile(cdp);
      const events = await traceWhile(cdp, async () => {
        latencies = await typeMeasured(page, cdp, text, { cadenceMs: 50, burst: Number(values.burst ?? 0) || undefined, pauseMs: Number(values.pause ?? 0) || undefined });
      });
      console.log(`${latencies.length} keys at ${words} words: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms`);
      if (profiling) cpu = await stopCpuProfile(cdp);
      const dom = await page.evaluate(() => ({
        elements: document.querySelectorAll('.ProseMirror *').length,
        underlines: document.querySelectorAll('.ProseMirror .soan-finding').length,
      }));
      console.log(`editor DOM: ${dom.elements} elements, ${dom.underlines} of them underlines`);
      printTraceSummary(events, latencies.length, 'key');
      const react = await reactCommits(page);
      if (react) {
        const perKey = (n: number) => (n / latencies.length).toFixed(2);
        console.log(`\nReact: ${perKey(react.commits)} commits per key; components drawn per key:`);
        for (const [name, count] of Object.entries(react.rendered).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${perKey(count).padStart(8)}  ${name}`);
      }
      if (cpu) {
        // The keys slower than twice the median, not the first (its code is still cold).
        const slowerThan = values['all-keys'] ? 0 : Math.max(2 * percentile(latencies, 50), 20);
        const windows = values['long-tasks'] ? longTasks(events, 8) : keyWindows(events).filter((w, i) => i > 0 && latencies[i]! > slowerThan);
        const assets = `${new URL(page.url()).origin}/assets/`;
        const builtDir = path.join(REPO_ROOT, 'dist', bareServer ? 'bench-bare' : 'renderer', 'assets');
        const resolver = new SiteResolver((url) => (url.startsWith(assets) ? path.join(builtDir, path.basename(new URL(url).pathname)) : undefined), REPO_ROOT);
        const summary = summariseProfile(profileWithin(cpu, windows), resolver, 60);
        const perKey = values['all-keys'] ? windows.length : 1;
        if (values['long-tasks']) console.log(`\n${windows.length} tasks over 8 ms: ${windows.map((w) => ((w.to - w.from) / 1000).toFixed(0)).join(', ')} ms`);
        else console.log(`\n${windows.length} keys slower than ${slowerThan.toFixed(0)} ms: ${summary.busyMs.toFixed(0)} ms of script and Chromium's work in them (${(summary.busyMs / windows.length).toFixed(2)} ms per key)`);
        for (const [title, rows] of [['total per file of ours', summary.totalByOurFile], ['total per function', summary.totalByFunction], ['self per function', summary.selfByFunction]] as const) {
          console.log(`  ${title}${perKey > 1 ? ', ms per key' : ''}:`);
          for (const row of rows.slice(0, perKey > 1 ? 60 : 20)) console.log(`${(row.ms / perKey).toFixed(perKey > 1 ? 2 : 1).padStart(9)}  ${row.label}`);
        }
      }
      if (cpu && values['slow-keys']) {
        // What each slow key waited for before its keydown was even dispatched.
        const assets = `${new URL(page.url()).origin}/assets/`;
        const builtDir = path.join(REPO_ROOT, 'dist', bareServer ? 'bench-bare' : 'renderer', 'assets');
        const resolver = new SiteResolver((url) => (url.startsWith(assets) ? path.join(builtDir, path.basename(new URL(url).pathname)) : undefined), REPO_ROOT);
        const slowest = percentile(latencies, 95);
        keyWindows(events).forEach((key, i) => {
          const latency = latencies[i]!;
          if (i === 0 || latency < slowest) return;
          const waited = latency - (key.to - key.from) / 1000;
          const task = blockingTask(events, key, waited);
          const top = task ? summariseProfile(profileWithin(cpu!, [task]), resolver, 3).totalByOurFile.map((row) => `${row.label} ${row.ms.toFixed(1)}`) : [];
          const inside = task ? events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts >= task.from && e.ts + e.dur <= task.to && e.name !== 'RunTask').sort((a, b) => b.dur! - a.dur!).slice(0, 3).map((e) => `${e.name} ${(e.dur! / 1000).toFixed(1)}`) : [];
          console.log(`key ${i}: ${latency.toFixed(1)} ms, ${waited.toFixed(1)} before its keydown; longest task then ${task ? ((task.to - task.from) / 1000).toFixed(1) : '-'} ms: ${[...top, ...inside].join(', ')}`);
        });
      }
      if (cpu && values['long-tasks']) {
        // The longest few one by one: what each is made of.
        const longest = longTasks(events, 8).sort((a, b) => b.to - b.from - (a.to - a.from)).slice(0, 10);
        const assets = `${new URL(page.url()).origin}/assets/`;
        const builtDir = path.join(REPO_ROOT, 'dist', bareServer ? 'bench-bare' : 'renderer', 'assets');
        const resolver = new SiteResolver((url) => (url.startsWith(assets) ? path.join(builtDir, path.basename(new URL(url).pathname)) : undefined), REPO_ROOT);
        for (const task of longest) {
          const one = summariseProfile(profileWithin(cpu, [task]), resolver, 30);
          console.log(`\ntask of ${((task.to - task.from) / 1000).toFixed(1)} ms: total per function`);
          for (const row of one.totalByFunction) console.log(`${row.ms.toFixed(1).padStart(9)}  ${row.label}`);
          // What Chromium recorded inside it (the profile shows its own work only as "(program)").
          const inside = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts >= task.from && e.ts + e.dur <= task.to && e.name !== 'RunTask');
          const longestInside = inside.sort((a, b) => b.dur! - a.dur!).slice(0, 6);
          console.log(`  trace events inside: ${longestInside.map((e) => `${e.name} ${(e.dur! / 1000).toFixed(1)}`).join(', ')}`);
          console.log('  self per function:');
          for (const row of one.selfByFunction.slice(0, 8)) console.log(`${row.ms.toFixed(1).padStart(9)}  ${row.label}`);
        }
      }
      if (values['keep-trace']) await writeFile(values['keep-trace'], JSON.stringify({ traceEvents: events }));
    } finally {
      await bareServer?.close();
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
