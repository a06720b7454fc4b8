// Local Yjs updates on their way to disk. Updates are queued, merged and sent at most
// every ~100 ms; an update leaves the queue only once the backend acknowledged it. On
// failure the updates stay queued and are retried (on a timer and on the next change), so
// nothing typed is ever dropped.
import * as Y from 'yjs';
import type { SaveReport } from '../../electron/contract/types';

export type SaveState = 'saved' | 'saving' | 'error';

export interface SaveQueueEvents {
  onState: (state: SaveState, error?: unknown) => void;
  onSaved: (report: SaveReport) => void;
}

export type SendUpdate = (update: Uint8Array, options: { keepalive: boolean }) => Promise<SaveReport>;

const THROTTLE_MS = 100;
const RETRY_MS = [1000, 2000, 4000, 8000, 10000];

export class SaveQueue {
  private pending: Uint8Array[] = [];
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private state: SaveState = 'saved';

  constructor(
    private readonly send: SendUpdate,
    private readonly events: SaveQueueEvents,
  ) {}

  /** Queues one local update and schedules a flush. */
  push(update: Uint8Array): void {
    this.pending.push(update);
    if (this.state !== 'error') this.setState('saving');
    if (this.failures > 0) {
      // A new change is also a good moment to retry ("retried on next change").
      this.schedule(THROTTLE_MS, true);
    } else {
      this.schedule(THROTTLE_MS);
    }
  }

  /** True while something typed has not been acknowledged yet. */
  get hasUnsaved(): boolean {
    return this.pending.length > 0 || this.inFlight !== null;
  }

  /** Sends everything queued now; resolves once all of it is acknowledged or a send failed. */
  async flush(options: { keepalive?: boolean } = {}): Promise<boolean> {
    this.clearTimer();
    // Whatever is in flight must land first: updates go out in order.
    while (this.inFlight) await this.inFlight;
    if (this.pending.length === 0) return true;
    await this.sendPending(options.keepalive === true);
    // New updates may have arrived during the send.
    if (this.pending.length > 0 && this.failures === 0) return this.flush(options);
    return this.failures === 0;
  }

  /**
   * The page is going away: send what is queued at once, without waiting for an update in
   * flight (Yjs updates commute, so order does not matter to the backend). Best effort.
   */
  flushForUnload(): void {
    this.clearTimer();
    if (this.pending.length === 0) return;
    void this.sendPending(true);
  }

  /** Stops timers; queued updates stay in memory (the caller flushes first). */
  dispose(): void {
    this.clearTimer();
  }

  private schedule(delay: number, replace = false): void {
    if (this.timer && !replace) return;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.inFlight) {
        // Throttle: the next batch goes once the current one is acknowledged.
        void this.inFlight.then(() => this.pending.length && this.schedule(THROTTLE_MS));
        return;
      }
      void this.sendPending(false);
    }, delay);
  }

  private sendPending(keepalive: boolean): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const merged = batch.length === 1 ? batch[0] : Y.mergeUpdates(batch);
    const run = (async () => {
      try {
        const report = await this.send(merged, { keepalive });
        this.failures = 0;
        this.events.onSaved(report);
        if (this.pending.length === 0) this.setState('saved');
        else this.setState('saving');
      } catch (error) {
        // Keep the batch, ahead of anything typed since, and try again later.
        this.pending = [merged, ...this.pending];
        this.failures++;
        this.setState('error', error);
        this.schedule(RETRY_MS[Math.min(this.failures - 1, RETRY_MS.length - 1)], true);
      }
    })();
    this.inFlight = run;
    void run.finally(() => {
      if (this.inFlight === run) this.inFlight = null;
    });
    return run;
  }

  private setState(state: SaveState, error?: unknown): void {
    this.state = state;
    this.events.onState(state, error);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
