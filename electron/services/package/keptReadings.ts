// How a rewrite conflict's passage reads once one side is kept — its exact letters and their
// marks — worked out when the report is made, the way resolveChoice.ts makes the choice (the
// other side's letters gone, the kept side's dropped letters put back with restoredMarks), but
// without editing anything. A choice made later is "already made" (resolveChoice.ts
// alreadyReads) only when the article reads exactly so: a side that differs only by a link,
// bold, a no-break space or a letter's Unicode form is another side, and choosing it is not
// silently skipped.
import * as Y from 'yjs';
import { inlineUnits, sameMarks, type Marks } from './blockMarks';
import { restoredMarks } from './restoredMarks';
import type { StoredText } from './storedTexts';

/** Marks as Yjs leaves them: a mark named as none is no mark. */
const present = (marks: Marks): Marks => Object.fromEntries(Object.entries(marks).filter(([, value]) => value !== null && value !== undefined));

/** The passage at `start` of `block` once `drop` is removed and `restore` put back, as runs of letters with the same marks. */
export function keptRuns(doc: Y.Doc, block: StoredText, start: number, passage: string, drop: ReadonlyArray<readonly [number, number]>, restore: ReadonlyArray<readonly [number, string]>): Array<[string, Marks]> {
  const units = inlineUnits(doc, block.path);
  const unitOf = (i: number) => units[block.all.offsets[start + i]]?.marks;
  const kept = (i: number) => !drop.some(([from, to]) => i >= from && i < to);
  const putBack = new Map(restore.map(([where, text]) => [where, text]));
  const letters: Array<[string, Marks]> = [];
  for (let i = 0; i <= passage.length; i++) {
    const text = putBack.get(i);
    if (text) {
      const marks = present(restoredMarks(i, passage.length, unitOf, kept));
      for (const char of text.split('')) letters.push([char, marks]);
    }
    if (i < passage.length && kept(i)) letters.push([passage[i], present(unitOf(i) ?? {})]);
  }
  const runs: Array<[string, Marks]> = [];
  for (const [char, marks] of letters) {
    const last = runs[runs.length - 1];
    if (last && sameMarks(last[1], marks)) last[0] += char;
    else runs.push([char, marks]);
  }
  return runs;
}
