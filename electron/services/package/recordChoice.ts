// The record a rewrite choice leaves in the article (choiceRecords.ts): which of the passage's
// characters it kept and dropped, what stood between the passage's bounds once it was made,
// and how that read — the letters with their marks and the words around — so that if another
// copy chose the other side before the two met, either side can be put back from it (both
// copies deleted the letters).
import type * as Y from 'yjs';
import type { Marks } from './blockMarks';
import { sameMarks } from './blockMarks';
import { runsOf, writeRecord, type Id } from './choiceRecords';
import { boundsAround, regionBetween, standingAround, type StandingLetter } from './passageRegion';
import type { StoredText } from './storedTexts';

/** Letters in runs of the same marks. */
export function runsOfLetters(letters: readonly StandingLetter[]): Array<[string, Marks]> {
  const runs: Array<[string, Marks]> = [];
  for (const { char, marks } of letters) {
    const last = runs[runs.length - 1];
    if (last && sameMarks(last[1], marks)) last[0] += char;
    else runs.push([char, { ...marks }]);
  }
  return runs;
}

export interface Chooser {
  by: string;
  at: string;
}

/**
 * Read before the choice is made on the passage of `ids` at `start` of `block` (dropping
 * `drop`): a `write` to call once it is made (outside its transaction: the article is read
 * again); null when the passage's bounds cannot be named (then no record is kept).
 */
export function prepareRecord(doc: Y.Doc, block: StoredText, start: number, ids: readonly Id[], drop: ReadonlyArray<readonly [number, number]>): { write(who: Chooser, origin: unknown): void } | null {
  const bounds = boundsAround(doc, block, start, ids.length);
  if (!bounds) return null;
  const dropped = (i: number) => drop.some(([from, to]) => i >= from && i < to);
  const kept = ids.filter((_, i) => !dropped(i));
  const gone = ids.filter((_, i) => dropped(i));
  if (!gone.length) return null;
  return {
    write(who, origin) {
      const region = regionBetween(doc, bounds.left, bounds.right, kept);
      if (!region) return;
      const record = {
        v: 1,
        kept: runsOf(kept),
        dropped: runsOf(gone),
        result: runsOf(region.letters.flatMap((letter) => (letter.id ? [letter.id] : []))),
        left: bounds.left,
        right: bounds.right,
        reads: { before: standingAround(region.block, region.from, false), runs: runsOfLetters(region.letters), after: standingAround(region.block, region.to, true) },
        by: who.by,
        at: who.at,
      } as const;
      doc.transact(() => writeRecord(doc, record), origin);
    },
  };
}
