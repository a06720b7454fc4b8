// Chromium trace events (devtools.timeline) recorded over some work, and the renderer main
// thread's time per event name: "self" (not in a nested event) and total, per unit of work.
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  ts: number;
  tid: number;
  pid: number;
  args?: { beginData?: Record<string, unknown>; elementCount?: number; data?: Record<string, unknown> };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute'].join(',');

export async function traceWhile(cdp: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = ({ value }: { value: object[] }) => {
    events.push(...(value as unknown as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await work();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return events;
}

/**
 * Complete events of the renderer's main thread, summed by name: the time inside each event
 * not spent in a nested event ("self"), as the trace nests JavaScript inside Blink's work.
 */
export function printTraceSummary(events: TraceEvent[], units: number, unit: string): void {
  const main = events.find((e) => e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain');
  const onMain = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && (!main || (e.tid === main.tid && e.pid === main.pid)))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const byName = new Map<string, { self: number; total: number; count: number; touched: number }>();
  const open: Array<{ event: TraceEvent; children: number }> = [];
  const close = (upTo: number) => {
    while (open.length && open[open.length - 1]!.event.ts + open[open.length - 1]!.event.dur! <= upTo) {
      const { event, children } = open.pop()!;
      const entry = byName.get(event.name) ?? { self: 0, total: 0, count: 0, touched: 0 };
      entry.self += event.dur! - children;
      entry.total += event.dur!;
      entry.count++;
      entry.touched += Number(event.args?.elementCount ?? event.args?.beginData?.dirtyObjects ?? 0);
      byName.set(event.name, entry);
    }
  };
  for (const event of onMain) {
    close(event.ts);
    if (open.length) open[open.length - 1]!.children += event.dur!;
    open.push({ event, children: 0 });
  }
  close(Infinity);
  console.log(`event (main thread)                          self ms/${unit}  total ms/${unit}  count/${unit}  touched/${unit}`);
  for (const [name, entry] of [...byName].sort((a, b) => b[1].self - a[1].self).slice(0, 30)) {
    const perUnit = (us: number) => (us / 1000 / units).toFixed(2).padStart(12);
    console.log(`${name.slice(0, 44).padEnd(44)} ${perUnit(entry.self)} ${perUnit(entry.total)} ${(entry.count / units).toFixed(1).padStart(10)} ${(entry.touched / units).toFixed(0).padStart(12)}`);
  }
}

