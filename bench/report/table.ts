// The results as a plain-text table for the terminal (the same figures as results.json).
import type { BenchResults, Figure } from '../benchResults';
import type { Summary } from '../stats';

function number(value: number, unit: Figure['unit']): string {
  if (!Number.isFinite(value)) return '–';
  if (unit === '×') return `${value.toFixed(2)}×`;
  const digits = Math.abs(value) >= 100 ? 0 : 1;
  return `${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`;
}

function range(summary: Summary, unit: Figure['unit']): string {
  return summary.runs.length > 1 ? `${number(summary.min, unit)} – ${number(summary.max, unit)}` : '';
}

function ratioText(ratio: Summary | undefined): string {
  if (!ratio) return '';
  const spread = ratio.runs.length > 1 ? ` (${ratio.min.toFixed(1)}–${ratio.max.toFixed(1)})` : '';
  return `${ratio.median.toFixed(1)}×${spread}`;
}

export function resultsTable(results: BenchResults): string {
  const header = ['figure', 'Soạn (median)', 'min – max', 'bare TipTap+Yjs', 'ratio', 'budget', ''];
  const rows = results.figures.map((f) => [
    f.label,
    number(f.value.median, f.unit),
    range(f.value, f.unit),
    f.bare ? number(f.bare.median, f.unit) : '',
    ratioText(f.ratio),
    f.budget?.text ?? '',
    f.budget ? (f.budget.met ? 'met' : 'MISSED') : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  // A note shared by several figures (one per article size) is printed once.
  const seen = new Set<string>();
  const notes = results.figures.filter((f) => f.note && !seen.has(f.note) && seen.add(f.note)).map((f) => `  ${f.label}: ${f.note}`);
  const m = results.machine;
  return [
    `Soạn benchmark (${String(results.settings.config)}), ${results.startedAt}, ${results.durationSeconds.toFixed(0)} s`,
    `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}; Node ${m.node}; Chromium ${m.chromium}; load at start ${m.loadAverageAtStart}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    ...(notes.length ? ['', 'notes:', ...notes] : []),
  ].join('\n');
}
