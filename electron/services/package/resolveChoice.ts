// A choice made in the merge report, applied to the article: keep one of two overlapping
// edits (the other side's characters in the passage are removed, and the kept side's letters
// the merge dropped are put back), or keep one of the values both sides set. What is put back
// comes from the services' own report (knownRewrites.ts), never from the window. All or
// nothing: if the choice no longer fits, or any edit of it would fail, nothing is changed and
// the caller says so.
import * as Y from 'yjs';
import { readArticle } from '../../contract/article/readArticle';
import { registerValues, writeMetaValue } from '../../contract/article/metaStore';
import type { KeptReading, MergeChoice } from '../../contract/packages';
import { deleteInBlock, insertInBlock } from './blockEdits';
import { inlineUnits, sameMarks } from './blockMarks';

import { restoredMarks } from './restoredMarks';
import { expandIds, ownBlock, recordIds, sameCharacters, standing } from './passageIds';
import { prepareRecord, type Chooser } from './recordChoice';
import { placeOfBound } from './runPlaces';
import { storedTexts, type StoredText } from './storedTexts';

type RewriteChoice = Extract<MergeChoice, { kind: 'overlapping-edits' }>;
/** Letters to put back: [offset in the passage, text]. */
export type Restore = ReadonlyArray<readonly [number, string]>;
/** The Yjs id of the passage's first character, from the report (absent in older reports). */
export type Anchor = { client: number; clock: number };

/**
 * Whether the ranges and the letters to put back make sense for the passage: ranges inside it
 * and apart, letters put back at distinct offsets between what stays (never inside a dropped
 * range, where they would shift or split the removal).
 */
function wellFormed(passage: string, drop: ReadonlyArray<readonly [number, number]>, restore: Restore): boolean {
  const ranges = [...drop].sort((a, b) => a[0] - b[0]);
  const whole = (n: number) => Number.isInteger(n) && n >= 0 && n <= passage.length;
  if (ranges.some(([from, to]) => !whole(from) || !whole(to) || from >= to)) return false;
  if (ranges.some(([from], i) => i > 0 && from < ranges[i - 1][1])) return false;
  if (restore.some(([at, text]) => !whole(at) || typeof text !== 'string' || !text)) return false;
  if (new Set(restore.map(([at]) => at)).size !== restore.length) return false;
  return !restore.some(([at]) => ranges.some(([from, to]) => at >= from && at < to));
}

/**
 * Where the passage stands: its block and first index in the block's `all` reading. Found from
 * the report's own first character `at` (the same words may stand elsewhere: another place);
 * in an older report, without one, only a passage that stands once in the article is found.
 */
export function passagePlace(doc: Y.Doc, passage: string, at?: Anchor): { block: StoredText; start: number } | null {
  const texts = storedTexts(readArticle(doc));
  if (at) {
    const place = placeOfBound(doc, at);
    const block = place && texts.find((text) => text.path.join('.') === place.path.join('.'));
    const start = block ? block.all.offsets.indexOf(place.offset) : -1;
    return block && start >= 0 && block.all.text.startsWith(passage, start) ? { block, start } : null;
  }
  const found = texts.flatMap((block) => {
    const start = block.all.text.indexOf(passage);
    return start >= 0 && block.all.text.indexOf(passage, start + 1) < 0 ? [{ block, start }] : [];
  });
  return found.length === 1 ? found[0] : null;
}

/**
 * Removes the dropped ranges of the passage at `start` of `block` and puts back `restore`;
 * false when an edit fails (then `doc` may be half done: resolveChoice tries it on a copy
 * first).
 */
function editPassage(doc: Y.Doc, block: StoredText, start: number, passage: string, drop: ReadonlyArray<readonly [number, number]>, restore: Restore): boolean {
  const offsetOf = (i: number) => (i < passage.length ? block.all.offsets[start + i] : block.all.offsets[start + passage.length - 1] + 1);
  // The marks of letters put back are read before any edit, from the kept side's letters.
  const units = inlineUnits(doc, block.path);
  const unitOf = (i: number) => units[block.all.offsets[start + i]]?.marks;
  const kept = (i: number) => !drop.some(([from, to]) => i >= from && i < to);
  const marksOf = (where: number) => restoredMarks(where, passage.length, unitOf, kept);
  // Last first, so the offsets of earlier edits still hold (letters are never put back inside
  // a dropped range: wellFormed).
  const edits = [
    ...drop.map(([from, to]) => ({ at: from, apply: () => deleteInBlock(doc, block.path, offsetOf(from), block.all.offsets[start + to - 1] + 1) })),
    ...restore.map(([where, text]) => {
      const marks = marksOf(where);
      return { at: where, apply: () => insertInBlock(doc, block.path, offsetOf(where), text, marks) };
    }),
  ].sort((a, b) => b.at - a.at);
  return edits.every((edit) => edit.apply());
}

/** The choice made where its passage stands (passagePlace); false when it is not found or an edit fails. */
function dropFromPassage(doc: Y.Doc, { passage, drop }: RewriteChoice, restore: Restore, at?: Anchor): boolean {
  const place = passagePlace(doc, passage, at);
  return place !== null && editPassage(doc, place.block, place.start, passage, drop, restore);
}

/** The choice applied to a scratch copy of `doc`: whether every edit of it succeeds. */
function wouldApply(doc: Y.Doc, choice: RewriteChoice, restore: Restore, at?: Anchor): boolean {
  const scratch = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    let done = false;
    scratch.transact(() => (done = dropFromPassage(scratch, choice, restore, at)));
    return done;
  } finally {
    scratch.destroy();
  }
}

/**
 * Whether a block of `doc` already reads exactly as the side kept — `before`, the kept
 * passage's letters with the same marks, `after` — the same choice made already, here or on
 * another machine whose result came in. Then it is not made again (letters put back twice
 * would double them). Exact: no spaces folded, no Unicode forms mapped, every mark (link,
 * bold, a pending suggestion) the same — a side that differs only so is another side.
 * Two machines making the same choice at the same moment cannot see each other's: after they
 * meet, the letters put back stand twice — an ordinary edit someone can see and undo.
 */
export function alreadyReads(doc: Y.Doc, reads: KeptReading, within?: readonly number[]): boolean {
  const side = reads.runs.map(([text]) => text).join('');
  const marks = reads.runs.flatMap(([text, marks]) => text.split('').map(() => marks));
  const wanted = `${reads.before}${side}${reads.after}`;
  const blocks = storedTexts(readArticle(doc)).filter((block) => !within || block.path.join('.') === within.join('.'));
  return blocks.some((block) => {
    const text = block.standing.text;
    const units = inlineUnits(doc, block.path);
    for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
      // No words before (after) in the report: the passage began (ended) the block.
      if ((reads.before === '' && at !== 0) || (reads.after === '' && at + wanted.length !== text.length)) continue;
      const first = at + reads.before.length;
      if (marks.every((expected, i) => sameMarks(units[block.standing.offsets[first + i]]?.marks ?? {}, expected))) return true;
    }
    return false;
  });
}

function keepValue(doc: Y.Doc, choice: Extract<MergeChoice, { kind: 'meta-conflict' }>, origin: unknown): boolean {
  let value: unknown;
  try {
    value = JSON.parse(choice.json);
  } catch {
    return false;
  }
  const held = registerValues(doc, choice.key).map((v) => JSON.stringify(v));
  if (!held.includes(JSON.stringify(value))) return false;
  writeMetaValue(doc, choice.key, value, origin);
  return true;
}

/**
 * Applies the choice to `doc` in one transaction with `origin`, putting back `restore` (from
 * the services' report) for a rewrite, where the passage begins with `at` (the report's);
 * false, with `doc` untouched, when it no longer fits.
 */
export function resolveChoice(doc: Y.Doc, choice: Exclude<MergeChoice, { kind: 'rewrite-choices-differ' }>, origin: unknown, restore: Restore = [], at?: Anchor): boolean {
  if (choice.kind === 'overlapping-edits' && (!wellFormed(choice.passage, choice.drop, restore) || !wouldApply(doc, choice, restore, at))) return false;
  let done = false;
  doc.transact(() => {
    done = choice.kind === 'overlapping-edits' ? dropFromPassage(doc, choice, restore, at) : keepValue(doc, choice, origin);
  }, origin);
  return done;
}

/**
 * A rewrite choice made with the side its report lists (knownRewrites.ts listedSide). With the
 * passage's characters recorded by Yjs id: while every character the choice drops still
 * stands, it is not made yet, and it is made only when the passage is exactly those characters
 * (a letter typed inside: it no longer fits). Once some are gone, it counts as made (here, or
 * on a machine whose result came in) when the conflict's own block reads exactly as the kept
 * side — then nothing is done again — and otherwise no longer fits; nothing is dropped. An older report without
 * them: where its passage stands (its anchor), as before. False, with `doc` untouched, when
 * the choice is neither made nor fits. A choice made is recorded in the article
 * (recordChoice.ts) as made by `who` — for an older report, with the characters standing where
 * it was made.
 */
export function keepListedSide(
  doc: Y.Doc,
  choice: RewriteChoice,
  listed: { restore: Restore; at?: Anchor; reads: KeptReading | null; ids?: readonly Anchor[] },
  origin: unknown,
  who: Chooser = { by: '', at: '' },
): boolean {
  if (listed.ids) {
    const ids = listed.ids;
    const own = ownBlock(doc, ids);
    if (!own) return false;
    // Every character the choice drops still standing means it is not made yet, whatever the
    // block reads like: a look-alike conflict settled beside it (a credit line "Ảnh: AFP –
    // Ảnh: AFP") must not pass for this one. With nothing to drop, only the reading can tell.
    const dropStands = choice.drop.every(([from, to]) => ids.slice(from, to).every((id) => standing(doc, id)));
    const dropsSomething = choice.drop.some(([from, to]) => to > from);
    if ((!dropStands || !dropsSomething) && listed.reads && alreadyReads(doc, listed.reads, own)) return true;
    if (!dropStands) return false;
    const place = passagePlace(doc, choice.passage, ids[0]);
    if (!place || !sameCharacters(doc, place.block, place.start, ids)) return false;
    // The choice is remembered in the article itself: another copy that chose the other side
    // before they meet is then seen (choicesThatDiffer.ts). Written just after the choice, in
    // a change of its own (the article is read again only once the choice's change is over).
    const record = prepareRecord(doc, place.block, place.start, ids, choice.drop);
    if (!resolveChoice(doc, choice, origin, listed.restore, ids[0])) return false;
    record?.write(who, origin);
    return true;
  }
  // An older report: "made already" is looked for in the passage's own block when its anchor
  // is still found, before the choice is tried; without an anchor, only after (as before).
  const anchored = listed.at ? placeOfBound(doc, listed.at) : null;
  if (anchored && listed.reads && alreadyReads(doc, listed.reads, anchored.path)) return true;
  // Its characters are those standing where the choice is made: recorded as for a newer report.
  const place = passagePlace(doc, choice.passage, listed.at);
  const ids = place && expandIds(recordIds(doc, place.block, place.start, choice.passage.length), choice.passage.length);
  const record = place && ids ? prepareRecord(doc, place.block, place.start, ids, choice.drop) : null;
  if (resolveChoice(doc, choice, origin, listed.restore, listed.at)) {
    record?.write(who, origin);
    return true;
  }
  return !listed.at && listed.reads !== null && alreadyReads(doc, listed.reads);
}
