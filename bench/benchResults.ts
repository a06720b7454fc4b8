// What `npm run bench` reports, as the table and as bench/results.json.
import type { Summary } from './stats';
import { summarise } from './stats';

export interface Figure {
  /** Stable key, e.g. `keystroke.p95.20000`. */
  id: string;
  /** What was measured, in words. */
  label: string;
  unit: 'ms' | 'MB' | '×' | 'KB' | '%' | 'per 1,000 words' | 'findings';
  /** Soạn's figure over the runs. */
  value: Summary;
  /** The bare TipTap + Yjs page's figure, same workload, same runs (editor figures). */
  bare?: Summary;
  /** Soạn ÷ bare, run by run. */
  ratio?: Summary;
  /** The budget in its own words, and whether the median meets it. */
  budget?: { text: string; met: boolean };
  note?: string;
}

export interface BenchResults {
  tool: 'soan-bench';
  version: 1;
  startedAt: string;
  durationSeconds: number;
  machine: Record<string, string | number>;
  settings: Record<string, unknown>;
  figures: Figure[];
}

/** Soạn's and the bare page's runs, paired by run, as an editor figure. */
export function editorFigure(
  base: Omit<Figure, 'value' | 'bare' | 'ratio'>,
  soan: number[],
  bare: number[],
): Figure {
  const ratios = soan.map((value, i) => value / bare[i]!).filter((r) => Number.isFinite(r));
  return {
    ...base,
    value: summarise(soan),
    bare: summarise(bare),
    ...(ratios.length ? { ratio: summarise(ratios) } : {}),
  };
}

export function plainFigure(base: Omit<Figure, 'value' | 'bare' | 'ratio'>, runs: number[]): Figure {
  return { ...base, value: summarise(runs) };
}
