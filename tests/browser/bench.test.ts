// `npm run bench` is not a test — a speed goal is met in a benchmark that prints figures — but
// its smallest workload runs here once, through the real script, so the bench cannot rot
// unnoticed: every figure is there and well-formed, editor figures are paired with the bare
// TipTap + Yjs page, the JSON printed is the JSON written. No timing is asserted.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import type { BenchResults } from '../../bench/benchResults';
import { resultsTable } from '../../bench/report/table';
import type { Summary } from '../../bench/stats';

const run = promisify(execFile);
const bench = (args: string[]) => run(process.execPath, ['--import', 'tsx', 'bench/run.ts', ...args], { maxBuffer: 64 * 1024 * 1024 });
let scratch = '';

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

function expectWellFormed(summary: Summary, what: string): void {
  expect(summary.runs.length, what).toBeGreaterThan(0);
  for (const value of [summary.median, summary.min, summary.max, ...summary.runs]) {
    expect(Number.isFinite(value), `${what}: ${value}`).toBe(true);
    expect(value, what).toBeGreaterThanOrEqual(0);
  }
  expect(summary.min, what).toBeLessThanOrEqual(summary.median);
  expect(summary.median, what).toBeLessThanOrEqual(summary.max);
}

describe('npm run bench', () => {
  test('the smallest workload gives every figure, well-formed, printed and written as the same JSON', async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'soan-bench-test-'));
    const out = path.join(scratch, 'results.json');
    const { stdout } = await bench(['--smoke', '--no-renderer-build', '--json', '--out', out]);
    const printed = JSON.parse(stdout) as BenchResults;
    const written = JSON.parse(await readFile(out, 'utf8')) as BenchResults;
    expect(written).toEqual(printed);

    const ids = printed.figures.map((f) => f.id);
    for (const id of [
      'keystroke.p50.300',
      'keystroke.p95.300',
      'open.300',
      'memory.300',
      'autosave.toDisk',
      'autosave.longestTask',
      'library.coldStart',
      'library.filter.p95',
      'search.inApp',
      'search.call',
      'search.command',
      'export.package',
      'disk.projectToArticleJson',
      'spelling.recall.realWord',
      'spelling.check.5000',
      'sync.keystroke.p50',
      'sync.keystroke.p95',
      'sync.open.300',
    ]) {
      expect(ids).toContain(id);
    }
    for (const figure of printed.figures) {
      expect(figure.label.length, figure.id).toBeGreaterThan(0);
      expectWellFormed(figure.value, figure.id);
      if (/^(keystroke|open|memory)\./.test(figure.id)) {
        expectWellFormed(figure.bare!, `${figure.id} (bare)`);
        expectWellFormed(figure.ratio!, `${figure.id} (ratio)`);
        expect(figure.bare!.runs.length).toBe(figure.value.runs.length);
      }
    }
    // The budgets are attached where it sets one, each with a verdict.
    for (const id of ['autosave.toDisk', 'library.coldStart', 'export.package', 'disk.projectToArticleJson']) {
      expect(typeof printed.figures.find((f) => f.id === id)!.budget?.met, id).toBe('boolean');
    }
    expect(printed.machine.cores).toBeGreaterThan(0);
    expect(String(printed.machine.chromium)).toMatch(/^\d+\./);

    // The table shows every figure the JSON holds.
    const table = resultsTable(printed);
    for (const figure of printed.figures) expect(table).toContain(figure.label);

    // The CPU profiles (the smoke workload asks for them) name our own files.
    type Profiled = { keys: number; busyMs: number; totalByOurFile: Array<{ label: string }> };
    const profiles = JSON.parse(await readFile(path.join(scratch, 'profile.json'), 'utf8')) as {
      typing: { soan: Profiled; bare: Profiled };
      library: { coldStart: Profiled; filter: Profiled };
    };
    const { soan, bare } = profiles.typing;
    expect(soan.keys).toBeGreaterThan(0);
    expect(soan.busyMs).toBeGreaterThan(0);
    expect(soan.totalByOurFile.some((row) => row.label.startsWith('renderer/'))).toBe(true);
    expect(bare.keys).toBe(soan.keys);
    expect(profiles.library.coldStart.totalByOurFile.some((row) => row.label.startsWith('renderer/library/'))).toBe(true);
    expect(profiles.library.filter.keys).toBeGreaterThan(0);
  }, 240_000);

  test('a wrong option is refused in plain words before anything runs', async () => {
    const failure = await bench(['--sizes', 'lots']).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain('--sizes must be whole numbers');
  });
});
