// Two copies that each chose a side of one rewrite conflict before they met: each choice
// dropped the other side's letters, so once merged the passage holds neither side whole, and
// no new text of either side is left to flag. The records the choices left in the article
// (choiceRecords.ts) tell: a merge that brings in a record whose choice kept what a record
// here dropped (or dropped what it kept) lists both sides for a person. Choices made one after
// the other never clash (the second copy could not choose the other side: its letters were
// gone), nor do two that kept the same side. Choosing puts the chosen side back from its
// record; both records are then let go, the conflict settled.
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import type { ChosenSide, MergeFlag } from '../../contract/packages';
import { insertInBlock, deleteInBlock } from './blockEdits';
import { sameMarks } from './blockMarks';
import { clash, forgetRecords, idCount, idKeys, readRecord, recordValues, type ChoiceRecord, type Id } from './choiceRecords';
import { regionBetween, type PassageRegion } from './passageRegion';
import { pieceOfPart } from './storedTexts';

type Differ = Extract<MergeFlag, { kind: 'rewrite-choices-differ' }>;

const firstIds = (record: ChoiceRecord) => [...record.kept, ...record.result].map(([client, clock]) => ({ client, clock }));

/** Where the passage of `record` is now (by its bounds, else the other's). */
function regionOf(doc: Y.Doc, record: ChoiceRecord, other: ChoiceRecord): PassageRegion | null {
  return regionBetween(doc, record.left, record.right, firstIds(record)) ?? regionBetween(doc, other.left, other.right, firstIds(other));
}

function sideOf(key: string, record: ChoiceRecord): ChosenSide {
  return { record: key, by: record.by, at: record.at, before: record.reads.before, text: record.reads.runs.map(([text]) => text).join(''), after: record.reads.after };
}

/** A clash each way is looked up by character: which records kept it, which dropped it. */
function indexOf(records: ReadonlyMap<string, ChoiceRecord>) {
  const keptBy = new Map<string, string[]>();
  const droppedBy = new Map<string, string[]>();
  const add = (index: Map<string, string[]>, id: string, key: string) => {
    const keys = index.get(id);
    if (keys) keys.push(key);
    else index.set(id, [key]);
  };
  for (const [key, record] of records) {
    for (const id of idKeys(record.kept)) add(keptBy, id, key);
    for (const id of idKeys(record.dropped)) add(droppedBy, id, key);
  }
  return { keptBy, droppedBy };
}

/** Entries one merge lists at most: more would only come of a hostile document. */
const MAX_ENTRIES = 200;
/** Characters all the records one merge reads may name together: far more than any article's, and a bound on a hostile one's. */
const MAX_IDS_IN_ALL = 200_000;

/**
 * The report's entries for what the merge brought into `doc` (its copy before the merge:
 * `before`): every clash of a record that came in with another record, and the records that
 * came in and cannot be read (left aside, said so).
 */
export function choicesThatDiffer(before: Y.Doc, doc: Y.Doc): MergeFlag[] {
  const was = recordValues(before);
  const now = recordValues(doc);
  const cameIn = new Set([...now.keys()].filter((key) => was.get(key) !== now.get(key)));
  if (!cameIn.size) return [];
  const batch = randomBytes(6).toString('hex');
  const flags: MergeFlag[] = [];
  const records = new Map<string, ChoiceRecord>();
  let refused = 0;
  let budget = MAX_IDS_IN_ALL;
  // This copy's own records first: a flood that came in is what goes over the bound.
  for (const key of [...[...now.keys()].filter((key) => !cameIn.has(key)), ...cameIn]) {
    const record = readRecord(doc, key);
    if (record === 'refused' || (record && idCount(record) > budget)) {
      if (cameIn.has(key)) refused++;
      continue;
    }
    if (!record) continue;
    budget -= idCount(record);
    records.set(key, record);
  }
  if (refused) flags.push({ kind: 'choice-record-refused', id: `records-${batch}`, count: refused });
  const { keptBy, droppedBy } = indexOf(records);
  const seen = new Set<string>();
  for (const key of cameIn) {
    const record = records.get(key);
    if (!record) continue;
    const clashing = new Set([...[...idKeys(record.dropped)].flatMap((id) => keptBy.get(id) ?? []), ...[...idKeys(record.kept)].flatMap((id) => droppedBy.get(id) ?? [])]);
    for (const otherKey of clashing) {
      const pair = [key, otherKey].sort().join(' ');
      if (otherKey === key || seen.has(pair) || flags.length >= MAX_ENTRIES) continue;
      seen.add(pair);
      const other = records.get(otherKey)!;
      const region = regionOf(doc, other, record);
      // The copy's own record first ("yours"), then the one that came in.
      const sides: Differ['sides'] = cameIn.has(otherKey) ? [sideOf(key, record), sideOf(otherKey, other)] : [sideOf(otherKey, other), sideOf(key, record)];
      flags.push({
        kind: 'rewrite-choices-differ',
        id: `differ-${batch}-${flags.length + 1}`,
        piece: region ? pieceOfPart(region.block.kind) : 'body',
        now: region ? region.letters.map((letter) => letter.char).join('') : '',
        sides,
      });
    }
  }
  return flags;
}

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
  const region = regionBetween(doc, keep.left, keep.right, firstIds(keep));
  if (!region || keep.left || keep.right) return region;
  const theirs = regionBetween(doc, other.left, other.right, firstIds(other));
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
