// Word-level diff for comparing versions: the longest common subsequence of words (and the
// spaces between them), merged into runs. Articles are a few thousand words, so the
// quadratic table is bounded by trimming the common head and tail first.
import type { DiffRun } from '../../contract/history';

/** Words and the whitespace between them, so joining the tokens gives back the text. */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

const MAX_CELLS = 25_000_000; // beyond this the middle is shown as removed + added

export function diffWords(before: string, after: string): DiffRun[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const runs: DiffRun[] = [];
  const push = (kind: DiffRun['kind'], text: string) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) last.text += text;
    else runs.push({ kind, text });
  };
  push('same', a.slice(0, head).join(''));
  if (midA.length * midB.length > MAX_CELLS) {
    push('removed', midA.join(''));
    push('added', midB.join(''));
  } else {
    for (const [kind, token] of lcsOps(midA, midB)) push(kind, token);
  }
  push('same', a.slice(a.length - tail).join(''));
  return runs;
}

function lcsOps(a: string[], b: string[]): Array<[DiffRun['kind'], string]> {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  // lengths[i][j] = LCS of a[i..] and b[j..]
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const ops: Array<[DiffRun['kind'], string]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push(['same', a[i]]);
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) ops.push(['removed', a[i++]]);
    else ops.push(['added', b[j++]]);
  }
  while (i < n) ops.push(['removed', a[i++]]);
  while (j < m) ops.push(['added', b[j++]]);
  return ops;
}
