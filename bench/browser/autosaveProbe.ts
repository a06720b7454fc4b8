// Keystroke → durable on disk, and the longest main-thread task of the renderer on the way.
// One key is typed into a settled editor; the project's article.json is watched until the
// store's atomic rename puts a new one in place. A Chromium trace of the renderer meanwhile
// gives every task's duration; marks set in the page (key painted, save acknowledged, check
// started) bound the window that belongs to the save.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { installKeystrokeProbe, pressKey } from './keystrokeProbe';

export interface AutosaveSample {
  /** Key sent → new article.json on disk. */
  toDiskMs: number;
  /** Longest renderer task between the key's paint and the save's acknowledgement. */
  longestTaskMs: number;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function modifiedAt(file: string): Promise<number> {
  return (await stat(file)).mtimeMs;
}

async function markSaveEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    performance.clearMarks();
    const saveState = document.querySelector('[data-testid="save-state"]')!;
    let sawSaving = false;
    const observer = new MutationObserver(() => {
      const state = saveState.getAttribute('data-state');
      if (state === 'saving') sawSaving = true;
      if (state === 'saved' && sawSaving && !performance.getEntriesByName('bench-saved').length) performance.mark('bench-saved');
      if (document.querySelector('.checks-status') && !performance.getEntriesByName('bench-check').length) performance.mark('bench-check');
      if (performance.getEntriesByName('bench-saved').length) observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    window.addEventListener('keydown', () => performance.mark('bench-key'), { capture: true, once: true });
  });
}

export async function measureAutosave(browser: Browser, page: Page, cdp: CDPSession, projectFolder: string, char = 'x'): Promise<AutosaveSample> {
  const articleJson = path.join(projectFolder, 'article.json');
  await installKeystrokeProbe(page);
  await markSaveEvents(page);
  const before = await modifiedAt(articleJson);
  const count = await page.evaluate(() => window.benchProbe!.latencies.length);
  await browser.startTracing(page, { categories: CATEGORIES });
  const sent = performance.now();
  await pressKey(cdp, char);
  let toDiskMs = Number.NaN;
  while (performance.now() - sent < 30_000) {
    if ((await modifiedAt(articleJson).catch(() => before)) !== before) {
      toDiskMs = performance.now() - sent;
      break;
    }
    await sleep(2);
  }
  await page.evaluate((n) => window.benchProbe!.wait(n).then(() => undefined), count + 1);
  await page.waitForFunction(() => performance.getEntriesByName('bench-saved').length > 0, undefined, { timeout: 30_000 });
  await sleep(50);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  if (!Number.isFinite(toDiskMs)) throw new Error('the typed key did not reach article.json within 30 s');
  return { toDiskMs, longestTaskMs: longestTaskBetweenMarks(trace.traceEvents) };
}

/** The longest RunTask on the page's main thread from the key's paint to the save's acknowledgement. */
export function longestTaskBetweenMarks(events: TraceEvent[]): number {
  const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const painted = mark('bench-painted');
  const saved = mark('bench-saved');
  if (!painted || !saved) throw new Error('the trace lacks the bench marks (painted, saved)');
  const check = mark('bench-check');
  const end = Math.min(saved.ts, check && check.ts > painted.ts ? check.ts : Infinity);
  const tasks = events.filter(
    (e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === saved.pid && e.tid === saved.tid && e.dur !== undefined,
  );
  let longest = 0;
  for (const task of tasks) {
    const taskEnd = task.ts + task.dur!;
    if (taskEnd <= painted.ts || task.ts >= end) continue;
    // The task that painted the key belongs to the keystroke, not to the save.
    if (task.ts <= painted.ts) continue;
    longest = Math.max(longest, task.dur! / 1000);
  }
  return longest;
}
