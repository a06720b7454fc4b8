// The marks letters put back by a rewrite choice take: those of the kept side's own letters
// next to them — the kept letter before them in the passage, else the one after, else the
// letter just left of the passage, else just right of it — never a letter of the side being
// dropped (its link or bold would leak onto the kept word). Pending suggestion marks are never
// copied, with one exception that keeps a review honest: letters put back between kept
// letters that are both inside one pending deletion go into that deletion too, so accepting
// it removes them with their neighbours (left out, they would split it and survive alone).
import { suggestionMarks } from '../../contract/review';
import { sameMarks, type Marks } from './blockMarks';

const SUGGESTION_KEYS = Object.values(suggestionMarks) as string[];

/**
 * Marks for letters put back at offset `where` of the passage: `unitOf(i)` gives the marks of
 * the passage's `i`-th character (negative or past the end: the block's around it, undefined
 * when the block ends), `kept(i)` whether that character stays.
 */
export function restoredMarks(where: number, length: number, unitOf: (i: number) => Marks | undefined, kept: (i: number) => boolean): Marks {
  let before: Marks | undefined;
  for (let i = where - 1; i >= 0 && !before; i--) if (kept(i)) before = unitOf(i);
  let after: Marks | undefined;
  for (let i = where; i < length && !after; i++) if (kept(i)) after = unitOf(i);
  const left = before ?? unitOf(-1);
  const right = after ?? unitOf(length);
  const source = before ?? after ?? left ?? right ?? {};
  // Yjs clears every mark not named: the suggestion marks are named as none.
  const marks: Marks = { ...source };
  for (const key of SUGGESTION_KEYS) marks[key] = null;
  const deletion = suggestionMarks.deletion;
  const deleted = (m: Marks | undefined) => m?.[deletion] ?? null;
  if (deleted(left) !== null && deleted(right) !== null && sameMarks({ d: deleted(left) }, { d: deleted(right) })) marks[deletion] = deleted(left);
  return marks;
}
