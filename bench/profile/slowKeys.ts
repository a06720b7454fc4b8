// The keystrokes that took longest, found in a trace (keydown → the paint after it), and what
// the CPU profile recorded at the same time during them: what a p95 is made of.
import type { CpuProfile } from './cpuProfile';
import type { TraceEvent } from './traceEvents';

export interface KeyWindow {
  /** Trace clock, µs. */
  from: number;
  to: number;
}

/** Each keydown's span to the end of the next paint (or compositor commit) on the main thread. */
export function keyWindows(events: TraceEvent[]): KeyWindow[] {
  const main = events.find((e) => e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.ph === 'X' && e.dur !== undefined && (!main || (e.tid === main.tid && e.pid === main.pid)));
  const keys = onMain.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').sort((a, b) => a.ts - b.ts);
  const paints = onMain.filter((e) => e.name === 'Paint' || e.name === 'Commit').sort((a, b) => a.ts - b.ts);
  return keys.flatMap((key) => {
    const paint = paints.find((p) => p.ts > key.ts);
    return paint ? [{ from: key.ts, to: paint.ts + paint.dur! }] : [];
  });
}

/** The main thread's tasks longer than `overMs`: a key pressed during one waits for it before its keydown is even dispatched. */
export function longTasks(events: TraceEvent[], overMs: number): KeyWindow[] {
  const main = events.find((e) => e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain');
  return events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined && e.dur > overMs * 1000 && (!main || (e.tid === main.tid && e.pid === main.pid)))
    .map((e) => ({ from: e.ts, to: e.ts + e.dur! }));
}

/** The main thread's longest task in the span before a key's keydown was dispatched (what it waited for). */
export function blockingTask(events: TraceEvent[], key: KeyWindow, waitedMs: number): KeyWindow | undefined {
  const since = key.from - waitedMs * 1000;
  return longTasks(events, 0)
    .filter((task) => task.to > since && task.from < key.from)
    .sort((a, b) => b.to - b.from - (a.to - a.from))[0];
}

/** The profile with every sample outside `windows` counted as idle. */
export function profileWithin(profile: CpuProfile, windows: KeyWindow[]): CpuProfile {
  const idle = profile.nodes.find((node) => node.callFrame.functionName === '(idle)');
  if (!idle) return profile;
  let at = profile.startTime;
  const samples = profile.samples.map((sample, i) => {
    at += profile.timeDeltas[i]!;
    return windows.some((w) => at >= w.from && at <= w.to) ? sample : idle.id;
  });
  return { ...profile, samples };
}
