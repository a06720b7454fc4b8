// Two copies that each chose a side of one rewrite conflict before they met: each choice
// dropped the other side's letters, so once merged the passage holds neither side whole, and
// no new text of either side is left to flag. The records the choices left in the article
// (choiceRecords.ts) tell: a merge that brings in a record whose choice kept what a record
// here dropped (or dropped what it kept) lists both sides for a person. Choices made one after
// the other never clash (the second copy could not choose the other side: its letters were
// gone), nor do two that kept the same side. Choosing one: keepChosenRecord.ts.
import { randomBytes } from 'node:crypto';
import type * as Y from 'yjs';
import type { ChosenSide, MergeFlag } from '../../contract/packages';
import { anchorsOf, idCount, idKeys, readRecord, recordValues, type ChoiceRecord } from './choiceRecords';
import { regionBetween, type PassageRegion } from './passageRegion';
import { pieceOfPart } from './storedTexts';

type Differ = Extract<MergeFlag, { kind: 'rewrite-choices-differ' }>;

/** Where the passage of `record` is now (by its bounds, else the other's). */
function regionOf(doc: Y.Doc, record: ChoiceRecord, other: ChoiceRecord): PassageRegion | null {
  return regionBetween(doc, record.left, record.right, anchorsOf(record)) ?? regionBetween(doc, other.left, other.right, anchorsOf(other));
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
