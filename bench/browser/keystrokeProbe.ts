// Input → next paint, per keystroke, measured inside the page. A capturing keydown listener
// notes the event's timestamp (when the browser received the key, so time spent queued behind
// other work counts); the next animation frame posts a message, which runs once that frame
// has been produced; the difference is the keystroke's latency. Keys are sent through CDP
// one at a time, each after the previous one painted, so a slow key never hides in a queue.
import type { CDPSession, Page } from 'playwright-core';

declare global {
  interface Window {
    benchProbe?: { latencies: number[]; wait: (count: number) => Promise<number[]> };
  }
}

/** Installs the probe in the page (once; later calls keep the existing one). */
export async function installKeystrokeProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (window.benchProbe) return;
    const latencies: number[] = [];
    const waiters: Array<{ count: number; resolve: (values: number[]) => void }> = [];
    const settle = () => {
      for (const waiter of [...waiters]) {
        if (latencies.length >= waiter.count) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(latencies.slice());
        }
      }
    };
    const channel = new MessageChannel();
    const started: number[] = [];
    channel.port1.onmessage = () => {
      latencies.push(performance.now() - started.shift()!);
      performance.clearMarks('bench-painted');
      performance.mark('bench-painted'); // the autosave probe's window starts here
      settle();
    };
    window.addEventListener(
      'keydown',
      (event) => {
        started.push(event.timeStamp);
        requestAnimationFrame(() => channel.port2.postMessage(0));
      },
      true,
    );
    window.benchProbe = {
      latencies,
      wait: (count) =>
        new Promise((resolve) => {
          waiters.push({ count, resolve });
          settle();
        }),
    };
  });
}

/** The CDP key event fields for one typed character (a keyboard that produces it directly). */
export function keyEventFor(char: string): { key: string; code: string; text: string; windowsVirtualKeyCode: number } {
  if (char === ' ') return { key: ' ', code: 'Space', text: ' ', windowsVirtualKeyCode: 32 };
  if (/^[a-z]$/i.test(char)) return { key: char, code: `Key${char.toUpperCase()}`, text: char, windowsVirtualKeyCode: char.toUpperCase().charCodeAt(0) };
  if (/^[0-9]$/.test(char)) return { key: char, code: `Digit${char}`, text: char, windowsVirtualKeyCode: char.charCodeAt(0) };
  return { key: char, code: '', text: char, windowsVirtualKeyCode: 0 };
}

export async function pressKey(cdp: CDPSession, char: string): Promise<void> {
  const { key, code, text, windowsVirtualKeyCode } = keyEventFor(char);
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, code, text, unmodifiedText: text, windowsVirtualKeyCode });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode });
}

export interface TypingOptions {
  /** Least time from one key to the next (a fast typist: 60 ms). */
  cadenceMs: number;
  /** After every `burst` characters, a pause of `pauseMs` (a reporter stopping to think). */
  burst?: number;
  pauseMs?: number;
  /** Stop once this much time has gone by (a slow editor would otherwise take minutes). */
  budgetMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types `text` where the caret is; returns each key's input → next paint latency in ms. */
export async function typeMeasured(page: Page, cdp: CDPSession, text: string, options: TypingOptions): Promise<number[]> {
  await installKeystrokeProbe(page);
  const before = await page.evaluate(() => window.benchProbe!.latencies.length);
  const chars = [...text];
  const started = performance.now();
  let typed = 0;
  for (const [i, char] of chars.entries()) {
    if (options.budgetMs !== undefined && i > 0 && performance.now() - started > options.budgetMs) break;
    typed++;
    const sent = performance.now();
    await pressKey(cdp, char);
    await page.evaluate((count) => window.benchProbe!.wait(count).then(() => undefined), before + i + 1);
    const left = options.cadenceMs - (performance.now() - sent);
    if (left > 0) await sleep(left);
    if (options.burst && options.pauseMs && (i + 1) % options.burst === 0 && i + 1 < chars.length) await sleep(options.pauseMs);
  }
  const all = await page.evaluate(() => window.benchProbe!.latencies.slice());
  return all.slice(before, before + typed);
}
