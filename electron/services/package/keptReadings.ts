// How a rewrite conflict's passage reads once one side is kept — its exact letters and their
// marks — worked out when the report is made, by making the choice on a scratch copy. A choice
// made later is "already made" (resolveChoice.ts alreadyReads) only when the article reads
// exactly so: a side that differs only by a link, bold, a no-break space or a letter's Unicode
// form is another side, and choosing it is not silently skipped.
import * as Y from 'yjs';
import { runsBetween, type Marks } from './blockMarks';
import { editPassage, type Restore } from './resolveChoice';
import type { StoredText } from './storedTexts';

/** The passage at `start` of `block` once `drop` is removed and `restore` put back; undefined when that cannot be made. */
export function keptRuns(doc: Y.Doc, block: StoredText, start: number, passage: string, drop: ReadonlyArray<readonly [number, number]>, restore: Restore): Array<[string, Marks]> | undefined {
  if (!passage) return undefined;
  const offsets = block.all.offsets;
  const from = offsets[start];
  const end = offsets[start + passage.length - 1] + 1;
  const dropped = drop.reduce((sum, [a, b]) => sum + (offsets[start + b - 1] + 1 - offsets[start + a]), 0);
  const put = restore.reduce((sum, [, text]) => sum + text.length, 0);
  const scratch = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    let done = false;
    scratch.transact(() => (done = editPassage(scratch, block, start, passage, drop, restore)));
    return done ? runsBetween(scratch, block.path, from, end - dropped + put) : undefined;
  } finally {
    scratch.destroy();
  }
}
