// What every figure set that runs Soạn's renderer in Chromium is given by the runner.
import type { Browser } from 'playwright-core';
import type { BenchConfig } from './benchConfig';

export interface BrowserBenchContext {
  browser: Browser;
  config: BenchConfig;
  /** A scratch folder for the libraries and user data. */
  root: string;
  rendererDir: string;
  repoRoot: string;
  log: (line: string) => void;
}
