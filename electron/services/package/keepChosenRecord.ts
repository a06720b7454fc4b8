// Of two rewrite choices made apart (choicesThatDiffer.ts), the one a person keeps, put back
// from its record: the letters either choice left between the passage's bounds go, the kept
// side's reading — letters and marks as its choice left them — is written there, and both
// records are let go, the conflict settled. Both records must name the same passage by the
// same bounds, so a forged record never decides which letters go; all or nothing.
import * as Y from 'yjs';
import { insertInBlock, deleteInBlock } from './blockEdits';
import { sameMarks } from './blockMarks';
import { anchorsOf, clash, forgetRecords, idKeys, readRecord, type ChoiceRecord, type Id } from './choiceRecords';
import { regionBetween, type PassageRegion } from './passageRegion';

/** The letters of the region as they stand, with their marks, equal to the record's reading. */
function readsAs(region: PassageRegion, record: ChoiceRecord): boolean {
  const wanted = record.reads.runs.flatMap(([text, marks]) => text.split('').map((char) => ({ char, marks })));
  return wanted.length === region.letters.length && wanted.every((one, i) => one.char === region.letters[i].char && sameMarks(one.marks, region.letters[i].marks));
}

/** Replaces the letters either choice left in the region by `keep`'s reading; false when an edit fails. */
function putBack(doc: Y.Doc, region: PassageRegion, keep: ChoiceRecord, other: ChoiceRecord): boolean {
  const left = new Set([...idKeys(keep.result), ...idKeys(other.result)]);
  // Only letters one of the two choices left: anything typed there since stays.
  const gone = region.letters.filter((letter) => letter.id && left.has(`${letter.id.client}:${letter.id.clock}`));
  const { path } = region.block;
  const boundOffset = region.from > 0 ? region.block.all.offsets[region.from - 1] + 1 : 0;
  const at = gone.length ? gone[0].offset : region.to < region.block.all.offsets.length ? region.block.all.offsets[region.to] : boundOffset;
  for (const letter of [...gone].reverse()) if (!deleteInBlock(doc, path, letter.offset, letter.offset + 1)) return false;
  let offset = at;
  for (const [text, marks] of keep.reads.runs) {
    if (!text) continue;
    if (!insertInBlock(doc, path, offset, text, marks)) return false;
    offset += text.length;
  }
  return true;
}

const sameBound = (a: Id | null, b: Id | null) => (a === null ? b === null : b !== null && a.client === b.client && a.clock === b.clock);

/**
 * The passage both records name (the same bounds); a passage that was its whole block (no
 * bounds) only when each record's own letters find the same block.
 */
function sharedRegion(doc: Y.Doc, keep: ChoiceRecord, other: ChoiceRecord): PassageRegion | null {
  const region = regionBetween(doc, keep.left, keep.right, anchorsOf(keep));
  if (!region || keep.left || keep.right) return region;
  const theirs = regionBetween(doc, other.left, other.right, anchorsOf(other));
  return theirs && theirs.block.path.join('.') === region.block.path.join('.') ? region : null;
}

/**
 * Keeps the side of record `keepKey` of two that clash (`otherKey`), from its record: the
 * letters either choice left between the passage's bounds go, the kept side's reading is
 * written there, and both records are let go. 'stale' when a record is gone (settled on a
 * copy whose result came in) or the passage's place is; 'unknown' when the two do not clash
 * or cannot be read. `doc` is untouched unless 'done'.
 */
export function keepChosenRecord(doc: Y.Doc, keepKey: string, otherKey: string, origin: unknown): 'done' | 'stale' | 'unknown' {
  const keep = readRecord(doc, keepKey);
  const other = readRecord(doc, otherKey);
  if (keep === 'refused' || other === 'refused') return 'unknown';
  if (!keep || !other) return 'stale';
  if (keepKey === otherKey || !clash(keep, other)) return 'unknown';
  // Both choices name the same passage by the same bounds: a record that names others (a
  // hostile one, or a passage edited apart) never decides which letters go.
  if (!sameBound(keep.left, other.left) || !sameBound(keep.right, other.right)) return 'stale';
  const region = sharedRegion(doc, keep, other);
  if (!region) return 'stale';
  if (readsAs(region, keep)) {
    doc.transact(() => forgetRecords(doc, [keepKey, otherKey]), origin);
    return 'done';
  }
  // All or nothing: tried on a scratch copy first.
  const scratch = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    const there = sharedRegion(scratch, keep, other);
    if (!there || !putBack(scratch, there, keep, other)) return 'stale';
  } finally {
    scratch.destroy();
  }
  doc.transact(() => {
    putBack(doc, region, keep, other);
    forgetRecords(doc, [keepKey, otherKey]);
  }, origin);
  return 'done';
}
