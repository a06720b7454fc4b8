// A pool of one worker thread for language checks and legacy-encoding conversions: started on
// first use, started again if it dies, and stopped when a job runs past its time limit (a
// pathological text cannot hang it, and the main event loop is never blocked by one).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SoanError } from '../../contract/errors';
import type { ConvertedText, LanguageFinding } from '../../contract/types';
import type { LanguageResources } from '../language/loadLanguageResources';
import type { CheckJob } from './languageCheckJob';
import type { WorkerAnswer, WorkerRequest } from './checkWorker';

export const CHECK_TIME_LIMIT_MS = 20_000;

interface Pending {
  resolve: (result: LanguageFinding[] | ConvertedText) => void;
  reject: (error: unknown) => void;
  timer: NodeJS.Timeout;
}

/**
 * From the TypeScript sources (dev, tests, CLI through tsx) the worker loads checkWorker.ts
 * with tsx's require hook; in the bundled app it is checkWorker.cjs beside main.cjs.
 */
function sourceUrl(): string | undefined {
  try {
    return typeof import.meta.url === 'string' ? import.meta.url : undefined;
  } catch {
    return undefined; // bundled as CommonJS: there is no import.meta
  }
}

function startWorker(): Worker {
  const here = sourceUrl();
  if (here?.endsWith('.ts')) {
    const source = fileURLToPath(new URL('./checkWorker.ts', here));
    const tsx = createRequire(here).resolve('tsx/cjs/api');
    const code = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`;
    return new Worker(code, { eval: true });
  }
  const dir = typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(here!));
  // Read through main's fs (which sees inside the app's asar archive) and run as code: a
  // worker thread cannot open a file inside the archive by itself.
  return new Worker(readFileSync(path.join(dir, 'checkWorker.cjs'), 'utf8'), { eval: true });
}

export class CheckWorkerPool {
  private worker?: Worker;
  private closed = false;
  private nextJob = 1;
  private readonly pending = new Map<number, Pending>();
  /** Its resources changed: retire it once the jobs in flight are answered. */
  private stale = false;

  constructor(
    private readonly resources: () => Promise<LanguageResources>,
    /** Per check; later checks use the current value. */
    public timeLimitMs = CHECK_TIME_LIMIT_MS,
  ) {}

  check(job: CheckJob): Promise<LanguageFinding[]> {
    return this.run((jobId) => ({ type: 'check', jobId, job })) as Promise<LanguageFinding[]>;
  }

  /** Legacy-encoding detection and conversion of pasted text (see prepareIncomingText). */
  convert(text: string, fontName?: string): Promise<ConvertedText> {
    return this.run((jobId) => ({ type: 'convert', jobId, text, fontName })) as Promise<ConvertedText>;
  }

  private async run(request: (jobId: number) => WorkerRequest): Promise<LanguageFinding[] | ConvertedText> {
    const worker = await this.ensureWorker();
    const jobId = this.nextJob++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        // The worker is stuck on this text: stop it; the next job starts a fresh one.
        this.stop(new SoanError('internal', { detail: 'the language check took too long and was stopped' }));
      }, this.timeLimitMs);
      this.pending.set(jobId, { resolve, reject, timer });
      worker.postMessage(request(jobId));
    });
  }

  /**
   * Start a fresh worker (with resources loaded again) for the next job: now when idle, else
   * once the jobs in flight are answered.
   */
  refresh(): void {
    if (this.pending.size === 0) this.retire();
    else this.stale = true;
  }

  private retire(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.stale = false;
    void worker?.terminate().catch(() => {});
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.stop(new SoanError('library-unavailable', { path: '', reason: 'Soạn is closing' }));
    await worker?.terminate();
  }

  private async ensureWorker(): Promise<Worker> {
    if (this.worker) return this.worker;
    const closing = () => new SoanError('library-unavailable', { path: '', reason: 'Soạn is closing' });
    if (this.closed) throw closing();
    const { rules, wordListEntries, spellingData } = await this.resources();
    if (this.worker) return this.worker;
    // Closed while the resources loaded: a worker started now would outlive Soạn.
    if (this.closed) throw closing();
    const worker = startWorker();
    worker.unref(); // a check in flight keeps the process alive through its own timer
    worker.on('message', (answer: WorkerAnswer) => this.settle(answer));
    worker.on('error', (error) => this.stop(error, worker));
    worker.on('exit', () => this.stop(new SoanError('internal', { detail: 'the language checker stopped' }), worker));
    worker.postMessage({ type: 'init', rules, wordListEntries, spellingData } satisfies WorkerRequest);
    this.worker = worker;
    return worker;
  }

  private settle(answer: WorkerAnswer): void {
    const pending = this.pending.get(answer.jobId);
    if (!pending) return;
    this.pending.delete(answer.jobId);
    clearTimeout(pending.timer);
    if ('error' in answer) pending.reject(new SoanError('internal', { detail: `language check: ${answer.error}`.slice(0, 300) }));
    else pending.resolve('converted' in answer ? answer.converted : answer.findings);
    if (this.stale && this.pending.size === 0) this.retire();
  }

  /** Forget the worker (terminating it) and fail what it was doing. */
  private stop(reason: unknown, only?: Worker): void {
    const worker = this.worker;
    if (!worker || (only && only !== worker)) return;
    this.worker = undefined;
    void worker.terminate().catch(() => {});
    for (const [jobId, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(reason);
      this.pending.delete(jobId);
    }
  }
}
