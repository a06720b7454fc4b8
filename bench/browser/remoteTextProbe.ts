// A keystroke typed on one workstation's page, seen painted on another's. Both pages run in
// the same Chromium on the same machine, so their clocks agree: the typing page notes each
// key's arrival (performance.timeOrigin + event.timeStamp, as the keystroke probe does); the
// watching page notes, per character, the first frame that showed it in the paragraph being
// typed into (a MutationObserver, then the next animation frame, as the open probe does).
// The others' carets (their name flags) sit inside that paragraph: their text is not counted.
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    benchKeys?: number[];
    benchArrivals?: number[];
    /** Starts counting anew from the paragraph as it is now. */
    benchArrivalsReset?: () => void;
  }
}

/** In the typing page: the time each key arrived, from now on (a second call starts the list anew). */
export async function installKeyClock(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (window.benchKeys) {
      window.benchKeys.length = 0;
      return;
    }
    const keys: number[] = [];
    window.benchKeys = keys;
    window.addEventListener('keydown', (event) => keys.push(performance.timeOrigin + event.timeStamp), true);
  });
}

/**
 * In the watching page: the time each character added to the `blockIndex`-th block of the
 * editor was first painted, from now on (a second call starts counting anew).
 */
export async function installArrivalClock(page: Page, selector: string, blockIndex: number): Promise<void> {
  await page.evaluate(
    ({ selector, blockIndex }) => {
      if (window.benchArrivalsReset) return window.benchArrivalsReset();
      const editor = document.querySelector(selector)!;
      // Re-found each time: a remote change may redraw the paragraph as a new element.
      const visibleLength = () => {
        const block = editor.children[blockIndex];
        if (!block) return 0;
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
          acceptNode: (node) => (node.parentElement?.closest('.remote-caret') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
        });
        let length = 0;
        while (walker.nextNode()) length += walker.currentNode.textContent!.length;
        return length;
      };
      let base = 0;
      let seen = 0;
      let arrivals: number[] = [];
      window.benchArrivalsReset = () => {
        base = visibleLength();
        seen = 0;
        arrivals = [];
        window.benchArrivals = arrivals;
      };
      window.benchArrivalsReset();
      new MutationObserver(() => {
        const count = visibleLength() - base;
        if (count <= seen) return;
        const from = seen;
        seen = count;
        const into = arrivals;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const paintedAt = performance.timeOrigin + performance.now();
          for (let i = from; i < count; i++) into[i] = paintedAt;
        };
        requestAnimationFrame(() => channel.port2.postMessage(0));
      }).observe(editor, { childList: true, subtree: true, characterData: true });
    },
    { selector, blockIndex },
  );
}

/** Each key's latency to the other page, once `count` characters have arrived there (or null: they did not in time). */
export async function remoteLatencies(typing: Page, watching: Page, count: number, timeoutMs = 20_000): Promise<number[] | null> {
  const arrived = await watching
    .waitForFunction((n) => (window.benchArrivals ?? []).filter((t) => t !== undefined).length >= n, count, { timeout: timeoutMs, polling: 50 })
    .then(() => true, () => false);
  if (!arrived) return null;
  const keys = await typing.evaluate(() => window.benchKeys ?? []);
  if (keys.length !== count) throw new Error(`the typing page saw ${keys.length} keys for ${count} characters: the latencies would not pair up`);
  const arrivals = await watching.evaluate(() => window.benchArrivals ?? []);
  return keys.slice(0, count).map((key, i) => arrivals[i]! - key);
}
