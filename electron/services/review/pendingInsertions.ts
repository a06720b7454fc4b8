// Where the pending insertions sit in the article as it stands, so that a document rebuilt
// from article.json (its content leaves them out) gets them back as suggestions: each run
// is kept with the path of its block in the content and its offset in that block's inline
// content (a character per UTF-16 unit, one per hard break).
import { z } from 'zod';
import type { PmMark, PmNode } from '../../contract/article/pmJson';
import { withoutAnchors } from '../../contract/review';
import { hasInsertionMark, isProposedNode } from '../../contract/article/asItStands';

export interface InsertionRun {
  path: number[];
  offset: number;
  text: string;
  marks: PmMark[];
}

export const InsertionRunSchema = z.object({
  path: z.array(z.number().int().nonnegative()).max(20),
  offset: z.number().int().nonnegative(),
  text: z.string(),
  marks: z.array(z.object({ type: z.string().min(1).max(100), attrs: z.record(z.string(), z.unknown()).optional() })),
});

const inlineLength = (node: PmNode) => (node.type === 'text' ? (node.text ?? '').length : 1);

/** The runs of `full` (fragmentToJson, insertions included) in the coordinates of asItStands(full). */
export function pendingInsertionRuns(full: PmNode, path: number[] = [], out: InsertionRun[] = []): InsertionRun[] {
  let index = 0; // position among the children that stand
  let offset = 0;
  for (const child of full.content ?? []) {
    if (child.type === 'text') {
      if (hasInsertionMark(child.marks)) {
        out.push({ path, offset, text: child.text ?? '', marks: child.marks ?? [] });
        continue;
      }
      const text = withoutAnchors(child.text ?? '');
      if (!text) continue;
      offset += text.length;
      index++;
    } else if (!isProposedNode(child)) {
      // (A whole node proposed for insertion is not put back: y-tiptap stores no node marks.)
      if (child.content) pendingInsertionRuns(child, [...path, index], out);
      offset += inlineLength(child);
      index++;
    }
  }
  return out;
}

function nodeAt(doc: PmNode, path: number[]): PmNode | undefined {
  let node: PmNode | undefined = doc;
  for (const i of path) node = node?.content?.[i];
  return node;
}

/** Splices the runs back into a copy of `content`. Runs that no longer fit are left out. */
export function withInsertions(content: PmNode, runs: InsertionRun[]): PmNode {
  const copy = structuredClone(content);
  // Last first, so that earlier offsets in the same block still hold.
  const ordered = runs.map((run, order) => ({ run, order })).reverse();
  ordered.sort((a, b) => String(b.run.path).localeCompare(String(a.run.path)) || b.run.offset - a.run.offset || b.order - a.order);
  for (const { run } of ordered) {
    const block = nodeAt(copy, run.path);
    if (!block || block.type === 'text') continue;
    const inline = block.content ?? [];
    let at = 0;
    let i = 0;
    while (i < inline.length && at + inlineLength(inline[i]) <= run.offset) at += inlineLength(inline[i++]);
    if (at < run.offset) {
      if (i >= inline.length || inline[i].type !== 'text') continue; // the offset is not in this block any more
      const node = inline[i];
      const cut = run.offset - at;
      inline.splice(i, 1, { ...node, text: node.text!.slice(0, cut) }, { ...node, text: node.text!.slice(cut) });
      i++;
    }
    inline.splice(i, 0, { type: 'text', text: run.text, marks: run.marks });
    block.content = inline;
  }
  return copy;
}
