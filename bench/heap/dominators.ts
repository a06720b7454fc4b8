// Immediate dominators of a heap graph from node 0 (the snapshot's root), weak edges ignored:
// the iterative algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast Dominance
// Algorithm"), on a reverse postorder computed without recursion.
import type { HeapGraph } from './heapSummary';

/** idom[i] for every node reachable from the root (root: itself), -1 for the unreachable. */
export function dominators(graph: HeapGraph): Int32Array {
  const n = graph.nodeCount;
  const { firstEdge, edgeTo, edgeWeak } = graph;
  // Postorder by an explicit stack.
  const postIndex = new Int32Array(n).fill(-1);
  const postOrder = new Uint32Array(n);
  const visited = new Uint8Array(n);
  const stackNode = new Uint32Array(n);
  const stackEdge = new Uint32Array(n);
  let top = 0;
  let post = 0;
  stackNode[0] = 0;
  stackEdge[0] = firstEdge[0]!;
  visited[0] = 1;
  while (top >= 0) {
    const node = stackNode[top]!;
    const e = stackEdge[top]!;
    if (e < firstEdge[node + 1]!) {
      stackEdge[top] = e + 1;
      const to = edgeTo[e]!;
      if (edgeWeak[e] || visited[to]) continue;
      visited[to] = 1;
      top++;
      stackNode[top] = to;
      stackEdge[top] = firstEdge[to]!;
    } else {
      postIndex[node] = post;
      postOrder[post++] = node;
      top--;
    }
  }
  // Predecessors (strong edges between reachable nodes), CSR.
  const predCount = new Uint32Array(n + 1);
  for (let from = 0; from < n; from++) {
    if (!visited[from]) continue;
    for (let e = firstEdge[from]!; e < firstEdge[from + 1]!; e++) if (!edgeWeak[e]) predCount[edgeTo[e]! + 1]++;
  }
  for (let i = 0; i < n; i++) predCount[i + 1] += predCount[i]!;
  const preds = new Uint32Array(predCount[n]!);
  const fill = predCount.slice();
  for (let from = 0; from < n; from++) {
    if (!visited[from]) continue;
    for (let e = firstEdge[from]!; e < firstEdge[from + 1]!; e++) if (!edgeWeak[e]) preds[fill[edgeTo[e]!]!++] = from;
  }
  // idom in postorder numbers; the root is the last in postorder.
  const rootPost = post - 1;
  const doms = new Int32Array(post).fill(-1);
  doms[rootPost] = rootPost;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (a < b) a = doms[a]!;
      while (b < a) b = doms[b]!;
    }
    return a;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (let p = rootPost - 1; p >= 0; p--) {
      const node = postOrder[p]!;
      let newIdom = -1;
      for (let k = predCount[node]!; k < predCount[node + 1]!; k++) {
        const pp = postIndex[preds[k]!]!;
        if (pp < 0 || doms[pp] === -1) continue;
        newIdom = newIdom === -1 ? pp : intersect(pp, newIdom);
      }
      if (newIdom !== -1 && doms[p] !== newIdom) {
        doms[p] = newIdom;
        changed = true;
      }
    }
  }
  const idom = new Int32Array(n).fill(-1);
  for (let p = 0; p < post; p++) idom[postOrder[p]!] = postOrder[doms[p]!]!;
  return idom;
}
