// A rewrite conflict's own characters, by Yjs identity: the report records the id of every
// character (or hard break) of the passage, and a choice acts on those characters only —
// never on the same letters that stand there later (the kept side's word re-read as the
// passage, a co-editor's letter typed inside). Stored as runs [client, clock, count].
import * as Y from 'yjs';
import type { StoredText } from './storedTexts';
import { boundAt, placeOfBound } from './runPlaces';

export type Id = { client: number; clock: number };
export type IdRuns = Array<[number, number, number]>;

/** The ids of the passage of `length` at `start` of `block` as runs, or null when one has none. */
export function recordIds(doc: Y.Doc, block: StoredText, start: number, length: number): IdRuns | null {
  const runs: IdRuns = [];
  for (let i = 0; i < length; i++) {
    const id = boundAt(doc, block.path, block.all.offsets[start + i]);
    if (!id) return null;
    const last = runs[runs.length - 1];
    if (last && last[0] === id.client && last[1] + last[2] === id.clock) last[2]++;
    else runs.push([id.client, id.clock, 1]);
  }
  return runs;
}

/** One id per character, or null when the runs are not a well-formed record of `length` characters. */
export function expandIds(runs: unknown, length: number): Id[] | null {
  if (!Array.isArray(runs)) return null;
  const ids: Id[] = [];
  for (const run of runs) {
    if (!Array.isArray(run) || run.length !== 3 || !run.every((n) => Number.isSafeInteger(n) && n >= 0)) return null;
    const [client, clock, count] = run as [number, number, number];
    if (count < 1 || ids.length + count > length) return null;
    for (let k = 0; k < count; k++) ids.push({ client, clock: clock + k });
  }
  return ids.length === length ? ids : null;
}

/** Whether the character with this id is in `doc` and not deleted. */
export function standing(doc: Y.Doc, id: Id): boolean {
  if (Y.getState(doc.store, id.client) <= id.clock) return false;
  const struct = Y.getItem(doc.store, Y.createID(id.client, id.clock));
  return struct instanceof Y.Item && !struct.deleted;
}

/** The path of the block holding the conflict: where the first of its characters still in the article stands. */
export function ownBlock(doc: Y.Doc, ids: readonly Id[]): number[] | null {
  for (const id of ids) {
    const place = standing(doc, id) ? placeOfBound(doc, id) : null;
    if (place) return place.path;
  }
  return null;
}

/** Whether the passage at `start` of `block` is exactly the recorded characters, in order. */
export function sameCharacters(doc: Y.Doc, block: StoredText, start: number, ids: readonly Id[]): boolean {
  return ids.every((id, i) => {
    const offset = block.all.offsets[start + i];
    const here = offset === undefined ? null : boundAt(doc, block.path, offset);
    return here !== null && here.client === id.client && here.clock === id.clock;
  });
}
