// Two heap snapshots side by side — Soạn's and the bare page's (heapSnapshot.ts --bare) — by
// class, JavaScript heap only (Blink's own objects and script sources left out, as the bench's
// JS heap figure leaves them out), largest difference first. Says where the gap between the
// two pages is, not just how big it is.
//   npx tsx bench/heap/compareHeaps.ts <soan.heapsnapshot> <bare.heapsnapshot> [--top 30]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readHeapSnapshot, type HeapGraph } from './heapSummary';

/** Self bytes per class, closures counted as one class, Blink-side nodes skipped. */
export function javaScriptBytesByClass(graph: HeapGraph): Map<string, number> {
  const bytes = new Map<string, number>();
  for (let i = 0; i < graph.nodeCount; i++) {
    const name = graph.className[i]!;
    if (name.startsWith('blink::') || name.startsWith('cppgc') || name.includes('ExternalStringData')) continue;
    const key = name.startsWith('(closure)') ? '(closure)' : name;
    bytes.set(key, (bytes.get(key) ?? 0) + graph.selfSize[i]!);
  }
  return bytes;
}

const mb = (value: number) => (value / 1e6).toFixed(3).padStart(8);

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string' } } });
  if (positionals.length !== 2) {
    console.error('Usage: npx tsx bench/heap/compareHeaps.ts <soan.heapsnapshot> <bare.heapsnapshot> [--top 30]');
    process.exit(2);
  }
  const [soan, bare] = await Promise.all(positionals.map(async (file) => javaScriptBytesByClass(await readHeapSnapshot(file))));
  const rows = [...new Set([...soan!.keys(), ...bare!.keys()])]
    .map((name) => ({ name, soan: soan!.get(name) ?? 0, bare: bare!.get(name) ?? 0 }))
    .sort((a, b) => b.soan - b.bare - (a.soan - a.bare));
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  console.log(`JavaScript heap in the snapshots: ${mb(total(soan!))} MB Soạn, ${mb(total(bare!))} MB bare`);
  console.log('    Soạn     bare     diff  class (MB)');
  for (const row of rows.slice(0, Number(values.top ?? 30))) {
    console.log(`${mb(row.soan)} ${mb(row.bare)} ${mb(row.soan - row.bare)}  ${row.name.slice(0, 90)}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
