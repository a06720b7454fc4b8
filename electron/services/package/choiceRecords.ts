// The article's own memory of the rewrite choices made in merge reports: each choice, once
// made, writes a record into the article's Yjs document (REWRITE_CHOICES_MAP), so it travels
// with the article — in a package or through the server. Two copies that chose one conflict
// differently before they met each dropped the other's letters; their records are how the
// next merge sees it (choicesThatDiffer.ts). Every record is read through its zod schema: one
// that came from elsewhere and does not fit is left aside, never trusted.
import { ownData } from '../../contract/ownData';
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { z } from 'zod';
import { REWRITE_CHOICES_MAP } from '../../contract/packages';

/** Characters a record may name in all (one passage and its result: far more than any rewrite). */
const MAX_IDS = 20_000;
/** A record's size as JSON: a passage with its words around and marks. */
const MAX_RECORD_CHARS = 200_000;

const Num = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const IdSchema = z.object({ client: Num, clock: Num }).strict();
/** Yjs ids as runs [client, clock, count]. */
const IdRunsSchema = z.array(z.tuple([Num, Num, z.number().int().positive().max(MAX_IDS)])).max(MAX_IDS);
const Marks = z.record(z.string().max(100), z.unknown());

export const RecordKey = z.string().regex(/^[A-Za-z0-9-]{1,100}$/);

const ChoiceRecordSchema = z
  .object({
    v: z.literal(1),
    /** The passage's characters the choice kept. */
    kept: IdRunsSchema,
    /** The passage's characters it dropped (the other side's). */
    dropped: IdRunsSchema.min(1),
    /** What stood between the bounds once the choice was made: kept letters and letters put back. */
    result: IdRunsSchema,
    /** The characters just outside the passage (null: the block's start, or its end). */
    left: IdSchema.nullable(),
    right: IdSchema.nullable(),
    /** How the passage read once chosen: its letters with their marks, and the words around. */
    reads: z
      .object({
        before: z.string().max(1000),
        runs: z.array(z.tuple([z.string().max(MAX_IDS), Marks])).max(MAX_IDS),
        after: z.string().max(1000),
      })
      .strict(),
    by: z.string().max(200),
    at: z.string().max(40),
  })
  .strict()
  .refine((record) => idCount(record) <= MAX_IDS, 'names too many characters')
  .refine((record) => JSON.stringify(record).length <= MAX_RECORD_CHARS, 'is too large');

export type ChoiceRecord = z.infer<typeof ChoiceRecordSchema>;

/** How many characters a record names in all. */
export function idCount(record: { kept: IdRuns; dropped: IdRuns; result: IdRuns }): number {
  return [record.kept, record.dropped, record.result].flat().reduce((n, [, , count]) => n + count, 0);
}
export type Id = z.infer<typeof IdSchema>;
export type IdRuns = Array<[number, number, number]>;

const mapOf = (doc: Y.Doc) => doc.getMap<unknown>(REWRITE_CHOICES_MAP);

/** The record under `key`, or why it cannot be read (null: there is none). */
export function readRecord(doc: Y.Doc, key: string): ChoiceRecord | 'refused' | null {
  const map = mapOf(doc);
  if (!map.has(key)) return null;
  const parsed = ChoiceRecordSchema.safeParse(ownData(map.get(key)));
  return RecordKey.safeParse(key).success && parsed.success ? parsed.data : 'refused';
}

/** Every record of `doc` by key, as JSON, well-formed or not. */
export function recordValues(doc: Y.Doc): Map<string, string> {
  return new Map([...mapOf(doc).entries()].map(([key, value]) => [key, JSON.stringify(value) ?? '']));
}

/** Writes a record (inside the caller's transaction); returns its key. */
export function writeRecord(doc: Y.Doc, record: ChoiceRecord): string {
  const key = randomUUID();
  mapOf(doc).set(key, record);
  return key;
}

/** Lets records go: their conflict is settled. */
export function forgetRecords(doc: Y.Doc, keys: readonly string[]): void {
  const map = mapOf(doc);
  for (const key of keys) map.delete(key);
}

/** Ids as runs, from one id per character (consecutive clocks of one client join). */
export function runsOf(ids: readonly Id[]): IdRuns {
  const runs: IdRuns = [];
  for (const id of ids) {
    const last = runs[runs.length - 1];
    if (last && last[0] === id.client && last[1] + last[2] === id.clock) last[2]++;
    else runs.push([id.client, id.clock, 1]);
  }
  return runs;
}

/** The ids of runs as "client:clock" keys, to compare. */
export function idKeys(runs: IdRuns): Set<string> {
  const keys = new Set<string>();
  for (const [client, clock, count] of runs) for (let k = 0; k < count; k++) keys.add(`${client}:${clock + k}`);
  return keys;
}

/** Characters by which a record's passage may be found when it has no bounds: those it kept, then those it left. */
export const anchorsOf = (record: ChoiceRecord): Id[] => [...record.kept, ...record.result].map(([client, clock]) => ({ client, clock }));

const meets = (a: Set<string>, b: Set<string>) => [...a].some((key) => b.has(key));

/**
 * Whether two choices kept different sides of one conflict: one dropped characters the other
 * kept. Two choices that kept the same side drop the same characters and keep the same ones.
 */
export function clash(a: ChoiceRecord, b: ChoiceRecord): boolean {
  return meets(idKeys(a.dropped), idKeys(b.kept)) || meets(idKeys(b.dropped), idKeys(a.kept));
}
