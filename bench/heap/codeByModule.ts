// Where the compiled code of a heap snapshot comes from, by package and by source module of
// the renderer's bundle: each function's bytecode and the machine code V8 made for it
// (Sparkplug's baseline code once it ran a few times, optimised code once it ran hot). Code
// is a third of the renderer's heap with an article open; this says whose it is.
//   npx tsx bench/heap/codeByModule.ts <file.heapsnapshot> [--assets dist/renderer/assets] [--top 30]
// The assets folder must hold the bundle the snapshot was taken with (its .js.map is read).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SourceMap } from '../profile/sourceMap';

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]]; location_fields: string[] } };
  nodes: number[];
  edges: number[];
  strings: string[];
  locations: number[];
}

interface CodeBytes {
  all: number;
  bytecode: number;
  baseline: number;
  optimized: number;
  functions: number;
}

/** The package (or the repository folder) and the module a bundle source path stands for. */
function ownerOf(source: string): { pkg: string; module: string } {
  const at = source.lastIndexOf('node_modules/');
  if (at >= 0) {
    const module = source.slice(at + 'node_modules/'.length);
    const [first, second] = module.split('/');
    return { pkg: first!.startsWith('@') ? `${first}/${second}` : first!, module };
  }
  const module = source.replace(/^(\.\.\/)+/, '');
  return { pkg: `(soan) ${module.split('/').slice(0, 2).join('/')}`, module };
}

export function codeByModule(raw: RawSnapshot, map: SourceMap): { byPackage: Map<string, CodeBytes>; byModule: Map<string, CodeBytes> } {
  const meta = raw.snapshot.meta;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const lf = meta.location_fields.length;
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const count = raw.nodes.length / nf;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0, edge = 0; i < count; i++) {
    firstEdge[i] = edge;
    edge += raw.nodes[i * nf + 4]!;
    firstEdge[i + 1] = edge;
  }
  const type = (node: number) => nodeTypes[raw.nodes[node * nf]!]!;
  const name = (node: number) => raw.strings[raw.nodes[node * nf + 1]!]!;
  const size = (node: number) => raw.nodes[node * nf + 3]!;
  const edgeName = (edge: number) => raw.strings[raw.edges[edge * ef + 1]!] ?? '';
  const target = (edge: number) => raw.edges[edge * ef + 2]! / nf;
  const counted = new Uint8Array(count);
  const byPackage = new Map<string, CodeBytes>();
  const byModule = new Map<string, CodeBytes>();
  const entry = (table: Map<string, CodeBytes>, key: string) => {
    let bytes = table.get(key);
    if (!bytes) table.set(key, (bytes = { all: 0, bytecode: 0, baseline: 0, optimized: 0, functions: 0 }));
    return bytes;
  };
  for (let l = 0; l < raw.locations.length; l += lf) {
    const closure = raw.locations[l]! / nf;
    if (type(closure) !== 'closure') continue;
    const line = raw.locations[l + 3]!;
    const column = raw.locations[l + 4]!;
    // The function at the very start of a script is the script itself: in the bundle, the
    // top-level code of every module in one function (the map names the first module).
    const position = line === 0 && column === 0 ? undefined : map.lookup(line, column);
    const outside = line === 0 && column === 0 ? '(a script\'s top level: all its modules\' top-level code)' : '(not in the bundle)';
    const { pkg, module } = position ? ownerOf(position.source) : { pkg: outside, module: outside };
    const tables = [entry(byPackage, pkg), entry(byModule, module)];
    for (const t of tables) t.functions++;
    // The closure's own code: its shared function info and code object, and what they hold,
    // not the feedback (which reaches the code of the functions it calls).
    const stack = [closure];
    while (stack.length) {
      const at = stack.pop()!;
      for (let e = firstEdge[at]!; e < firstEdge[at + 1]!; e++) {
        const to = target(e);
        if (edgeTypes[raw.edges[e * ef]!] === 'weak' || type(to) !== 'code' || counted[to]) continue;
        if (at === closure && edgeName(e) !== 'shared' && edgeName(e) !== 'code') continue;
        if (at !== closure && /Feedback|SharedFunctionInfo|Script|ScopeInfo|system \/ Map/.test(name(to))) continue;
        counted[to] = 1;
        const bytes = size(to);
        let baseline = false;
        if (name(to) === 'system / InstructionStream') {
          // Baseline code keeps a bytecode offset table; optimised code does not.
          for (let q = firstEdge[at]!; q < firstEdge[at + 1]!; q++) if (edgeName(q) === 'bytecode_offset_table') baseline = true;
        }
        for (const t of tables) {
          t.all += bytes;
          if (name(to) === 'system / BytecodeArray') t.bytecode += bytes;
          if (name(to) === 'system / InstructionStream') {
            if (baseline) t.baseline += bytes;
            else t.optimized += bytes;
          }
        }
        stack.push(to);
      }
    }
  }
  return { byPackage, byModule };
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(3).padStart(7);

function printTable(title: string, table: Map<string, CodeBytes>, top: number): void {
  console.log(`\n${title}: MB all · bytecode · baseline · optimised · functions`);
  for (const [key, bytes] of [...table].sort((a, b) => b[1].all - a[1].all).slice(0, top)) {
    console.log(`${mb(bytes.all)} ${mb(bytes.bytecode)} ${mb(bytes.baseline)} ${mb(bytes.optimized)} ${String(bytes.functions).padStart(6)}  ${key}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { assets: { type: 'string' }, top: { type: 'string' } } });
  if (!positionals[0]) {
    console.error('Usage: npx tsx bench/heap/codeByModule.ts <file.heapsnapshot> [--assets dist/renderer/assets] [--top 30]');
    process.exit(2);
  }
  const assets = values.assets ?? path.join('dist', 'renderer', 'assets');
  const mapFile = readdirSync(assets).find((file) => /^index-.*\.js\.map$/.test(file));
  if (!mapFile) {
    console.error(`No index-*.js.map in ${assets}: build the renderer (npm run build) first.`);
    process.exit(2);
  }
  const raw = JSON.parse(readFileSync(positionals[0], 'utf8')) as RawSnapshot;
  const { byPackage, byModule } = codeByModule(raw, SourceMap.read(path.join(assets, mapFile)));
  const top = Number(values.top ?? 30);
  printTable('by package', byPackage, top);
  printTable('by module', byModule, top);
}
