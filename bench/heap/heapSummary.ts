// Reads a Chromium .heapsnapshot and says where the heap goes: self and retained size per
// constructor, and the largest single retainers with their path from the roots (dominator
// tree, weak edges ignored — what DevTools' "Retained size" shows).
//   npx tsx bench/heap/heapSummary.ts <file.heapsnapshot> [--top 30] [--paths 15] [--held <class>…]
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dominators } from './dominators';

export interface HeapGraph {
  nodeCount: number;
  /** Per node: its class ("Object", "(string)", "(closure) name"…), its own bytes. */
  className: string[];
  selfSize: Float64Array;
  /** Edges in CSR form: node i's edges are firstEdge[i] … firstEdge[i + 1] - 1. */
  firstEdge: Uint32Array;
  edgeTo: Uint32Array;
  edgeName: string[];
  edgeWeak: Uint8Array;
}

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export async function readHeapSnapshot(file: string): Promise<HeapGraph> {
  const raw = JSON.parse(await readFile(file, 'utf8')) as RawSnapshot;
  const meta = raw.snapshot.meta;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const nType = meta.node_fields.indexOf('type');
  const nName = meta.node_fields.indexOf('name');
  const nSize = meta.node_fields.indexOf('self_size');
  const nEdges = meta.node_fields.indexOf('edge_count');
  const eType = meta.edge_fields.indexOf('type');
  const eName = meta.edge_fields.indexOf('name_or_index');
  const eTo = meta.edge_fields.indexOf('to_node');
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const nodeCount = raw.nodes.length / nf;
  const edgeCount = raw.edges.length / ef;
  const className: string[] = new Array(nodeCount);
  const selfSize = new Float64Array(nodeCount);
  const firstEdge = new Uint32Array(nodeCount + 1);
  const edgeTo = new Uint32Array(edgeCount);
  const edgeName: string[] = new Array(edgeCount);
  const edgeWeak = new Uint8Array(edgeCount);
  let edge = 0;
  for (let i = 0; i < nodeCount; i++) {
    const base = i * nf;
    const type = nodeTypes[raw.nodes[base + nType]!]!;
    const name = raw.strings[raw.nodes[base + nName]!]!;
    className[i] = type === 'object' || type === 'native' ? name : type === 'closure' ? `(closure) ${name || 'anonymous'}` : `(${type})`;
    selfSize[i] = raw.nodes[base + nSize]!;
    firstEdge[i] = edge;
    const count = raw.nodes[base + nEdges]!;
    for (let k = 0; k < count; k++, edge++) {
      const b = edge * ef;
      const type = edgeTypes[raw.edges[b + eType]!]!;
      const nameOrIndex = raw.edges[b + eName]!;
      edgeTo[edge] = raw.edges[b + eTo]! / nf;
      edgeName[edge] = type === 'element' || type === 'hidden' ? `[${nameOrIndex}]` : raw.strings[nameOrIndex]!;
      edgeWeak[edge] = type === 'weak' ? 1 : 0;
    }
  }
  firstEdge[nodeCount] = edge;
  return { nodeCount, className, selfSize, firstEdge, edgeTo, edgeName, edgeWeak };
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(2).padStart(7);

/** Retained size of every node, and the immediate dominator of each. */
export function retainedSizes(graph: HeapGraph): { retained: Float64Array; idom: Int32Array } {
  const idom = dominators(graph);
  const retained = Float64Array.from(graph.selfSize);
  // Children after parents in a BFS of the dominator tree; add up from the leaves.
  const order = dominatorOrder(idom);
  for (let k = order.length - 1; k > 0; k--) {
    const node = order[k]!;
    if (idom[node]! >= 0 && idom[node] !== node) retained[idom[node]!] += retained[node]!;
  }
  return { retained, idom };
}

function dominatorOrder(idom: Int32Array): Uint32Array {
  const n = idom.length;
  const childCount = new Uint32Array(n + 1);
  for (let i = 1; i < n; i++) if (idom[i]! >= 0) childCount[idom[i]! + 1]++;
  for (let i = 0; i < n; i++) childCount[i + 1] += childCount[i]!;
  const children = new Uint32Array(n);
  const fill = childCount.slice();
  for (let i = 1; i < n; i++) if (idom[i]! >= 0) children[fill[idom[i]!]!++] = i;
  const order = new Uint32Array(n);
  let head = 0;
  let tail = 1;
  order[0] = 0;
  while (head < tail) {
    const node = order[head++]!;
    for (let c = childCount[node]!; c < childCount[node + 1]!; c++) order[tail++] = children[c]!;
  }
  return order.subarray(0, tail);
}

/** The path from the root to `node` along dominators, each step named by an edge when one links them. */
export function dominatorPath(graph: HeapGraph, idom: Int32Array, node: number): string {
  const chain: number[] = [];
  for (let at = node; at > 0 && chain.length < 40; at = idom[at]!) chain.unshift(at);
  const steps = chain.map((at, i) => {
    const from = i === 0 ? 0 : chain[i - 1]!;
    let label = '';
    for (let e = graph.firstEdge[from]!; e < graph.firstEdge[from + 1]!; e++) {
      if (graph.edgeTo[e] === at) {
        label = graph.edgeName[e]!;
        break;
      }
    }
    return `${label ? `.${label}` : ' ⇢'} ${graph.className[at]}`;
  });
  return steps.join(' ');
}

export function printHeapSummary(graph: HeapGraph, top = 30, paths = 15): void {
  const { retained, idom } = retainedSizes(graph);
  const total = graph.selfSize.reduce((a, b) => a + b, 0);
  console.log(`heap: ${graph.nodeCount} nodes, ${mb(total)} MB self in all`);
  const self = new Map<string, { bytes: number; count: number }>();
  for (let i = 0; i < graph.nodeCount; i++) {
    const entry = self.get(graph.className[i]!) ?? { bytes: 0, count: 0 };
    entry.bytes += graph.selfSize[i]!;
    entry.count++;
    self.set(graph.className[i]!, entry);
  }
  // Retained per class: nodes of the class not dominated by another node of the same class.
  const perClass = new Map<string, number>();
  const order = dominatorOrder(idom);
  const insideSame = new Uint8Array(graph.nodeCount);
  const classOf = graph.className;
  for (let k = 1; k < order.length; k++) {
    const node = order[k]!;
    let parent = idom[node]!;
    // Does an ancestor have this class? Walk up until a node flagged or the root (bounded).
    let inside = 0;
    for (let hops = 0; parent > 0 && hops < 64; hops++, parent = idom[parent]!) {
      if (classOf[parent] === classOf[node]) {
        inside = 1;
        break;
      }
    }
    insideSame[node] = inside;
    if (!inside) perClass.set(classOf[node]!, (perClass.get(classOf[node]!) ?? 0) + retained[node]!);
  }
  console.log('\nby constructor, retained (MB) · self (MB) · count');
  for (const [name, bytes] of [...perClass].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    const s = self.get(name)!;
    console.log(`${mb(bytes)} ${mb(s.bytes)} ${String(s.count).padStart(8)}  ${name}`);
  }
  console.log('\nby constructor, self (MB) · count');
  for (const [name, s] of [...self].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top)) {
    console.log(`${mb(s.bytes)} ${String(s.count).padStart(8)}  ${name}`);
  }
  // The largest retainers that are not the roots' bookkeeping: skip synthetic nodes.
  console.log(`\nlargest retainers (MB retained), path from the roots`);
  const candidates = [...order.subarray(1)]
    .filter((i) => !classOf[i]!.startsWith('(synthetic)') && !classOf[i]!.startsWith('(GC roots)') && retained[i]! > 200_000)
    .sort((a, b) => retained[b]! - retained[a]!);
  // Keep only nodes whose dominator is not already listed, so each entry is a distinct holder.
  const shown: number[] = [];
  for (const node of candidates) {
    if (shown.length >= paths) break;
    if (shown.some((s) => dominates(idom, s, node) || dominates(idom, node, s))) continue;
    shown.push(node);
  }
  for (const node of candidates.slice(0, paths * 3)) {
    if (!shown.includes(node) && shown.length < paths * 2) shown.push(node);
  }
  for (const node of shown.sort((a, b) => retained[b]! - retained[a]!)) {
    console.log(`${mb(retained[node]!)}  ${dominatorPath(graph, idom, node)}`);
  }
}

/** Who holds the instances of `name` directly: retainer class and edge, by the instances' retained bytes. */
export function printRetainersOf(graph: HeapGraph, name: string, retained: Float64Array, top = 20): void {
  const held = new Map<string, { bytes: number; count: number }>();
  for (let from = 0; from < graph.nodeCount; from++) {
    for (let e = graph.firstEdge[from]!; e < graph.firstEdge[from + 1]!; e++) {
      const to = graph.edgeTo[e]!;
      if (graph.edgeWeak[e] || graph.className[to] !== name) continue;
      const edge = graph.edgeName[e]!.startsWith('[') ? '[n]' : graph.edgeName[e];
      const key = `${graph.className[from]} .${edge}`;
      const entry = held.get(key) ?? { bytes: 0, count: 0 };
      entry.bytes += retained[to]!;
      entry.count++;
      held.set(key, entry);
    }
  }
  console.log(`\nwhat holds ${name} (MB retained by the held, count)`);
  for (const [key, entry] of [...held].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top)) {
    console.log(`${mb(entry.bytes)} ${String(entry.count).padStart(8)}  ${key}`);
  }
}

function dominates(idom: Int32Array, above: number, node: number): boolean {
  for (let at = node, hops = 0; at > 0 && hops < 200; at = idom[at]!, hops++) if (at === above) return true;
  return false;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string' }, paths: { type: 'string' }, held: { type: 'string', multiple: true } } });
  if (!positionals[0]) {
    console.error('Usage: npx tsx bench/heap/heapSummary.ts <file.heapsnapshot> [--top 30] [--paths 15]');
    process.exit(2);
  }
  readHeapSnapshot(positionals[0])
    .then((graph) => {
      if (!values.held?.length) return printHeapSummary(graph, Number(values.top ?? 30), Number(values.paths ?? 15));
      const { retained } = retainedSizes(graph);
      for (const name of values.held) printRetainersOf(graph, name, retained);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
