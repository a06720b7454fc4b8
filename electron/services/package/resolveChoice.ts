// A choice made in the merge report, applied to the article: keep one of two overlapping
// edits (the other side's characters in the passage are removed, and the kept side's letters
// the merge dropped are put back), or keep one of the values both sides set. What is put back
// comes from the services' own report (knownRewrites.ts), never from the window. All or
// nothing: if the choice no longer fits, or any edit of it would fail, nothing is changed and
// the caller says so.
import * as Y from 'yjs';
import { readArticle } from '../../contract/article/readArticle';
import { registerValues, writeMetaValue } from '../../contract/article/metaStore';
import type { MergeChoice } from '../../contract/packages';
import { deleteInBlock, insertInBlock } from './blockEdits';
import { boundAt } from './runPlaces';
import { storedTexts } from './storedTexts';

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
 * Removes the dropped ranges of the passage where it stands and puts back `restore`; false
 * when the passage is not found, or not once, or does not begin with the report's own
 * character `at` (the same words elsewhere are another place), or an edit fails (then `doc`
 * may be half done: resolveChoice tries it on a copy first).
 */
function dropFromPassage(doc: Y.Doc, { passage, drop }: RewriteChoice, restore: Restore, at?: Anchor): boolean {
  const found = storedTexts(readArticle(doc)).flatMap((block) => {
    const at = block.all.text.indexOf(passage);
    return at >= 0 && block.all.text.indexOf(passage, at + 1) < 0 ? [{ block, at }] : [];
  });
  if (found.length !== 1) return false;
  const { block } = found[0];
  const first = boundAt(doc, block.path, block.all.offsets[found[0].at]);
  if (at && (!first || first.client !== at.client || first.clock !== at.clock)) return false;
  const start = found[0].at;
  const offsetOf = (i: number) => (i < passage.length ? block.all.offsets[start + i] : block.all.offsets[start + passage.length - 1] + 1);
  // Last first, so the offsets of earlier edits still hold (letters are never put back inside
  // a dropped range: wellFormed).
  const edits = [
    ...drop.map(([from, to]) => ({ at: from, apply: () => deleteInBlock(doc, block.path, offsetOf(from), block.all.offsets[start + to - 1] + 1) })),
    ...restore.map(([where, text]) => ({ at: where, apply: () => insertInBlock(doc, block.path, offsetOf(where), text) })),
  ].sort((a, b) => b.at - a.at);
  return edits.every((edit) => edit.apply());
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
 * Whether a block of `doc` already reads as the side kept — `before`, `side`, `after` — with
 * the other side's text gone: the same choice was made already, here or on another machine
 * whose result came in. Then it is not made again (letters put back twice would double them).
 * Two machines making the same choice at the same moment cannot see each other's: after they
 * meet, the letters put back stand twice — an ordinary edit someone can see and undo.
 */
export function alreadyReads(doc: Y.Doc, reads: { before: string; side: string; after: string }): boolean {
  const tidy = (text: string) => text.replace(/\s+/g, ' ').normalize('NFC');
  const wanted = tidy(`${reads.before}${reads.side}${reads.after}`);
  return storedTexts(readArticle(doc)).some((block) => {
    const text = tidy(block.standing.text);
    const at = text.indexOf(wanted);
    // No words before (after) in the report: the passage began (ended) the block.
    return at >= 0 && (reads.before !== '' || at === 0) && (reads.after !== '' || text.endsWith(wanted));
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
export function resolveChoice(doc: Y.Doc, choice: MergeChoice, origin: unknown, restore: Restore = [], at?: Anchor): boolean {
  if (choice.kind === 'overlapping-edits' && (!wellFormed(choice.passage, choice.drop, restore) || !wouldApply(doc, choice, restore, at))) return false;
  let done = false;
  doc.transact(() => {
    done = choice.kind === 'overlapping-edits' ? dropFromPassage(doc, choice, restore, at) : keepValue(doc, choice, origin);
  }, origin);
  return done;
}

/**
 * A rewrite choice made with the side its report lists (knownRewrites.ts listedSide): made
 * where the passage stands, or already made (here, or on a machine whose result came in) —
 * then nothing is done again; false, with `doc` untouched, when neither.
 */
export function keepListedSide(doc: Y.Doc, choice: RewriteChoice, listed: { restore: Restore; at?: Anchor; reads: Parameters<typeof alreadyReads>[1] }, origin: unknown): boolean {
  return resolveChoice(doc, choice, origin, listed.restore, listed.at) || alreadyReads(doc, listed.reads);
}
