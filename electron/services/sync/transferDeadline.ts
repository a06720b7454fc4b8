// How long a transfer with the sync server may take before it is given up: a server that sends
// very slowly (hostile, or a line that died without closing) would otherwise hold an article's
// image sync for minutes. The deadline grows with the size moved, so a big image on a slow but
// working line still arrives; a transfer that overruns it fails and the next round tries again.

export interface TransferPace {
  /** Time for the answer to begin, whatever its size. */
  startMs: number;
  /** The slowest line a transfer is still waited for on. */
  bytesPerSecond: number;
  /** The longest wait for the next piece of a body before it is given up. */
  idleMs: number;
}

/** About 2 Mbit/s: the 60 MB largest image gets four and a half minutes, a small answer half a minute. */
export const SLOW_LINE: TransferPace = { startMs: 30_000, bytesPerSecond: 256 * 1024, idleMs: 30_000 };

export function deadlineMs(bytes: number, pace: TransferPace): number {
  return pace.startMs + Math.ceil((bytes / pace.bytesPerSecond) * 1000);
}

/** A signal for fetch() that aborts once a transfer of up to `bytes` overruns its deadline. */
export class TransferDeadline {
  private readonly controller = new AbortController();
  private readonly started = Date.now();
  private ms: number;
  private timer: NodeJS.Timeout;

  constructor(private readonly pace: TransferPace, bytes: number) {
    this.ms = deadlineMs(bytes, pace);
    this.timer = this.arm(this.ms);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get expired(): boolean {
    return this.controller.signal.aborted;
  }

  /** The deadline in plain words, for the log. */
  get said(): string {
    return `${Math.ceil(this.ms / 1000)} s`;
  }

  /** The size turned out smaller (the answer's Content-Length): the deadline shrinks to fit it. */
  narrow(bytes: number): void {
    const ms = deadlineMs(bytes, this.pace);
    if (ms >= this.ms || this.expired) return;
    clearTimeout(this.timer);
    this.ms = ms;
    this.timer = this.arm(Math.max(0, this.started + ms - Date.now()));
  }

  done(): void {
    clearTimeout(this.timer);
  }

  private arm(ms: number): NodeJS.Timeout {
    const timer = setTimeout(() => this.controller.abort(new Error(`the transfer took longer than ${this.said}`)), ms);
    timer.unref?.();
    return timer;
  }
}
