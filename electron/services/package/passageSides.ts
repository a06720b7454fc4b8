// How one side of an overlapping edit wrote the passage, read from that side's own copy. The
// merged passage alone cannot tell: the editor's binding keeps the letters an old and a new
// word share ("nhỏ" → "nhà" keeps "nh"), and when the other side deleted those letters the
// merged text lacks them — the side would be shown, and kept, a letter short. So the passage
// is bounded by the characters just outside it (both copies still have them), the side's copy
// is read between the same two characters, and a choice for that side puts back whatever of
// its text the merge dropped.
import * as Y from 'yjs';
import { readArticle } from '../../contract/article/readArticle';
import { boundAt, placeOfBound } from './runPlaces';
import { blockAt, storedTexts, type StoredText } from './storedTexts';

type Id = { client: number; clock: number };

/** Where a passage is in the merged article: the ids of the characters around it and of some inside. */
export interface PassageBounds {
  /** The character (or hard break) just before the passage; null at the start of the block. */
  left: Id | null;
  /** The character (or hard break) just after; null at the end of the block. */
  right: Id | null;
  /** Characters the side wrote in the passage, to find its block when neither bound exists. */
  inside: Id[];
}

/** The bounds of all-reading range [start, end) of `block` in `merged`; null when a bound cannot be found. */
export function boundsOf(merged: Y.Doc, block: StoredText, start: number, end: number, inside: Id[]): PassageBounds | null {
  const { offsets } = block.all;
  const left = start > 0 ? boundAt(merged, block.path, offsets[start - 1]) : null;
  const right = end < offsets.length ? boundAt(merged, block.path, offsets[end]) : null;
  if ((start > 0 && !left) || (end < offsets.length && !right)) return null;
  return { left, right, inside };
}

const placeIn = (doc: Y.Doc, id: Id) => placeOfBound(doc, id);

/**
 * The passage as `side` (one side's copy before the merge) reads it, every character it holds
 * between the bounds; null when the copy lacks a bound (then it cannot be told).
 */
export function sideText(side: Y.Doc, texts: readonly StoredText[], bounds: PassageBounds): string | null {
  const left = bounds.left && placeIn(side, bounds.left);
  const right = bounds.right && placeIn(side, bounds.right);
  if ((bounds.left && !left) || (bounds.right && !right)) return null;
  const path = left?.path ?? right?.path ?? bounds.inside.map((id) => placeIn(side, id)).find(Boolean)?.path;
  if (!path || (left && right && left.path.join('.') !== right.path.join('.'))) return null;
  const block = blockAt(texts, path);
  if (!block) return null;
  const from = left ? left.offset : -1;
  const to = right ? right.offset : Infinity;
  return block.all.offsets.flatMap((offset, i) => (offset > from && offset < to ? [block.all.text[i]] : [])).join('');
}

/** Every text block of a side's copy, read once per merge. */
export function sideTexts(side: Y.Doc): StoredText[] {
  return storedTexts(readArticle(side));
}

/**
 * What keeping one side must put back so the passage reads `want`: text to insert at offsets
 * of `passage` once the other side's ranges (`drop`) are gone. Null when the passage without
 * those ranges is not `want` with letters missing (the side's copy and the merge disagree).
 */
export function restoreFor(passage: string, drop: ReadonlyArray<readonly [number, number]>, want: string): Array<[number, string]> | null {
  const dropped = (i: number) => drop.some(([from, to]) => i >= from && i < to);
  const restore: Array<[number, string]> = [];
  let j = 0;
  for (let i = 0; i < passage.length; i++) {
    if (dropped(i)) continue;
    // The earliest match: if `kept` fits in `want` at all, this finds a way.
    const found = want.indexOf(passage[i], j);
    if (found < 0) return null;
    if (found > j) restore.push([i, want.slice(j, found)]);
    j = found + 1;
  }
  if (j < want.length) restore.push([passage.length, want.slice(j)]);
  return restore;
}

type DeleteSet = ReturnType<typeof Y.createDeleteSetFromStructStore>;

/** What is known of a side whose copy is not at hand (the server's): what it deleted, what it had seen. */
export interface SideState {
  deleted: DeleteSet;
  /** Its state vector before this copy's changes reached it. */
  knew: Map<number, number>;
}

const holds = (item: Y.Item, id: Id) => item.id.client === id.client && id.clock >= item.id.clock && id.clock < item.id.clock + item.length;

/**
 * The items of a block in order: each child's own (a text run, a hard break), then a text run's
 * letters — a hard break splits a block's text into runs, and may bound a passage.
 */
function* blockItems(block: Y.AbstractType<unknown>): Generator<Y.Item> {
  for (let child = block._start; child; child = child.right) {
    yield child;
    if (child.content instanceof Y.ContentType && child.content.type instanceof Y.XmlText) {
      for (let item = child.content.type._start; item; item = item.right) yield item;
    }
  }
}

/** The block holding a letter (its text run's parent) or a hard break (its parent). */
function blockOf(item: Y.Item): Y.AbstractType<unknown> | null {
  const parent = item.parent as Y.AbstractType<unknown>;
  if (parent instanceof Y.XmlText) return (parent._item?.parent as Y.AbstractType<unknown> | undefined) ?? null;
  return parent instanceof Y.XmlElement ? (parent as unknown as Y.AbstractType<unknown>) : null;
}

/**
 * Whether `there` kept letters between the bounds that `deletedHere` (this copy) deleted. Those
 * letters are in neither this copy nor the merge (deleted text is not kept here), so that
 * side's text reads without them. The passage may cross a hard break: every run between the
 * bounds is read.
 */
export function keptWhatWasDeletedHere(merged: Y.Doc, bounds: PassageBounds, deletedHere: DeleteSet, there: SideState): boolean {
  const anchor = bounds.left ?? bounds.right ?? bounds.inside[0];
  if (!anchor) return false;
  const found = Y.getItem(merged.store, Y.createID(anchor.client, anchor.clock));
  if (!(found instanceof Y.Item)) return false;
  const block = blockOf(found);
  if (!block) return false;
  let inside = !bounds.left;
  for (const item of blockItems(block)) {
    if (!inside) {
      inside = item === found;
      continue;
    }
    if (bounds.right && holds(item, bounds.right)) break;
    if (!item.deleted) continue;
    for (let clock = item.id.clock; clock < item.id.clock + item.length; clock++) {
      const id = Y.createID(item.id.client, clock);
      const seenThere = clock < (there.knew.get(item.id.client) ?? 0);
      if (seenThere && Y.isDeleted(deletedHere, id) && !Y.isDeleted(there.deleted, id)) return true;
    }
  }
  return false;
}
