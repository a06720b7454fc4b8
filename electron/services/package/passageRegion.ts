// Where a chosen passage is now, found by the characters just outside it (its bounds, which a
// choice never removes) rather than by its own letters, which another copy's choice may have
// dropped: the block, the range between the bounds, and what stands there letter by letter
// with its Yjs id and marks — what a choice record keeps, and what a later choice between two
// records replaces.
import type * as Y from 'yjs';
import { readArticle } from '../../contract/article/readArticle';
import { inlineUnits, type Marks } from './blockMarks';
import type { Id } from './choiceRecords';
import { standing as stands } from './passageIds';
import { boundAt, placeOfBound } from './runPlaces';
import { blockAt, storedTexts, type StoredText } from './storedTexts';

export interface StandingLetter {
  char: string;
  /** Inline offset in the block. */
  offset: number;
  id: Id | null;
  marks: Marks;
}

export interface PassageRegion {
  block: StoredText;
  /** Indices [from, to) of the block's `all` reading, between the bounds. */
  from: number;
  to: number;
  /** What stands in the range (proposed insertions left out), in order. */
  letters: StandingLetter[];
}

/**
 * The range between `left` and `right` (null: the block's start, its end); the block is found
 * by the bounds, or by the first of `inside` that stands. Null when a bound is gone, or the
 * two are not in one block in order.
 */
export function regionBetween(doc: Y.Doc, left: Id | null, right: Id | null, inside: readonly Id[]): PassageRegion | null {
  // Read first: in a copy just made, the article's fragment is known by its type only once asked for.
  const texts = storedTexts(readArticle(doc));
  const l = left ? placeOfBound(doc, left) : null;
  const r = right ? placeOfBound(doc, right) : null;
  if ((left && !l) || (right && !r)) return null;
  const path = l?.path ?? r?.path ?? inside.map((id) => (stands(doc, id) ? placeOfBound(doc, id) : null)).find(Boolean)?.path;
  if (!path || (l && r && l.path.join('.') !== r.path.join('.'))) return null;
  const block = blockAt(texts, path);
  if (!block) return null;
  const from = l ? block.all.offsets.indexOf(l.offset) + 1 : 0;
  const to = r ? block.all.offsets.indexOf(r.offset) : block.all.offsets.length;
  if (from === 0 && l) return null;
  if (to < from) return null;
  const standing = new Set(block.standing.offsets);
  const units = inlineUnits(doc, block.path);
  const letters: StandingLetter[] = [];
  for (let i = from; i < to; i++) {
    const offset = block.all.offsets[i];
    if (!standing.has(offset)) continue;
    letters.push({ char: block.all.text[i], offset, id: boundAt(doc, block.path, offset), marks: units[offset]?.marks ?? {} });
  }
  return { block, from, to, letters };
}

/** The bounds of the passage of `length` at `start` of `block`; null when one cannot be named. */
export function boundsAround(doc: Y.Doc, block: StoredText, start: number, length: number): { left: Id | null; right: Id | null } | null {
  const { offsets } = block.all;
  const left = start > 0 ? boundAt(doc, block.path, offsets[start - 1]) : null;
  const right = start + length < offsets.length ? boundAt(doc, block.path, offsets[start + length]) : null;
  if ((start > 0 && !left) || (start + length < offsets.length && !right)) return null;
  return { left, right };
}

/** Up to `chars` of the block as it stands before index `from` of its `all` reading (or from `to` on, `forward`). */
export function standingAround(block: StoredText, at: number, forward: boolean, chars = 50): string {
  const standing = new Set(block.standing.offsets);
  let text = '';
  const [start, end] = forward ? [at, block.all.text.length] : [0, at];
  for (let i = start; i < end; i++) if (standing.has(block.all.offsets[i])) text += block.all.text[i];
  return forward ? text.slice(0, chars) : text.slice(-chars);
}
