// How each piece of an article's metadata is stored in its Y.Doc, so that two offline copies
// merge without losing either side:
// - a *set* (authors, tags, related links, workflow log, exports, spelling ignores) is a
//   top-level Y.Map with one key per item: items added on two copies are all kept, an item
//   removed on one copy is gone, and the order is the order items were added;
// - a *register* (status, section, topic, byline, dateline, slug, description) is a
//   top-level Y.Map holding one entry per write; a write removes every entry it has seen, so
//   more than one entry after a merge means two people set it concurrently — both stay
//   visible (registerValues) until someone sets it again;
// - anything else (id, createdAt, language) is a plain key of the `meta` map, written once.
// Articles written before this lived entirely in the `meta` map; they are read as they are
// and move to the new storage the first time a key is written.
import { ownData } from '../ownData';
import * as Y from 'yjs';
import { META_MAP, metaKeys } from './articleNames';

/** Meta key of the words the spell checker must not report in this article (`${rule}:${text}`). */
export const SPELL_IGNORE_KEY = 'spellIgnore';

const SET_KEYS = [
  metaKeys.authors,
  metaKeys.tags,
  metaKeys.related,
  metaKeys.workflowLog,
  metaKeys.exports,
  SPELL_IGNORE_KEY,
  metaKeys.corrections,
  metaKeys.legalLog,
  metaKeys.mentions,
  metaKeys.commentAssignments,
] as const;
/** Sets whose items carry their own `id`: an item edited on one copy stays one item. */
const ID_KEYED: readonly string[] = [metaKeys.corrections];
const REGISTER_KEYS = [
  metaKeys.status,
  metaKeys.section,
  metaKeys.topic,
  metaKeys.byline,
  metaKeys.dateline,
  metaKeys.slug,
  metaKeys.description,
  metaKeys.embargoUntil,
  metaKeys.publishAt,
  metaKeys.plannedLength,
  metaKeys.legal,
  metaKeys.assignee,
  metaKeys.budgetLine,
  metaKeys.deadline,
  metaKeys.seoTitle,
  metaKeys.socialHeadline,
  metaKeys.socialImage,
  metaKeys.printHeadline,
] as const;
/** The single-value keys, for the schemas that name one. */
export const registerKeys = REGISTER_KEYS;
export type SetKey = (typeof SET_KEYS)[number];
export type RegisterKey = (typeof REGISTER_KEYS)[number];

export function isSetKey(key: string): key is SetKey {
  return (SET_KEYS as readonly string[]).includes(key);
}
export function isRegisterKey(key: string): key is RegisterKey {
  return (REGISTER_KEYS as readonly string[]).includes(key);
}

/** Name of the top-level Y.Map holding a set or a register. */
export function metaTypeName(key: SetKey | RegisterKey): string {
  return `meta:${key}`;
}

/** Every shared type a meta key lives in (for observers): the legacy map and its own map. */
export function metaTypesOf(doc: Y.Doc, key: string): Y.Map<unknown>[] {
  const legacy = doc.getMap<unknown>(META_MAP);
  return isSetKey(key) || isRegisterKey(key) ? [legacy, doc.getMap<unknown>(metaTypeName(key))] : [legacy];
}

// ---------------------------------------------------------------- sets

interface SetEntry {
  /** The item. */
  v: unknown;
  /** Order of addition; equal on two copies that added concurrently (then the key decides). */
  o: number;
}

/** What makes two items of a set the same item. */
function identityOf(key: SetKey, item: unknown): string {
  if (typeof item === 'string') return key === metaKeys.tags ? item.normalize('NFC').toLocaleLowerCase('vi') : item.normalize('NFC');
  if (typeof item !== 'object' || item === null) return JSON.stringify(item);
  const record = item as Record<string, unknown>;
  if (key === metaKeys.related) {
    if (typeof record.articleId === 'string') return `article:${record.articleId}`;
    if (typeof record.url === 'string') return `url:${record.url}`;
    return `title:${String(record.title ?? '')}`;
  }
  if (ID_KEYED.includes(key) && typeof record.id === 'string') return `id:${record.id}`;
  // Log entries: when, who and what; JSON of the whole entry covers any shape.
  return JSON.stringify(item);
}

function isSetEntry(value: unknown): value is SetEntry {
  return typeof value === 'object' && value !== null && 'v' in value && typeof (value as SetEntry).o === 'number';
}

function setEntries(doc: Y.Doc, key: SetKey): Array<[string, SetEntry]> {
  const entries: Array<[string, SetEntry]> = [];
  doc.getMap<unknown>(metaTypeName(key)).forEach((stored, id) => {
    const value = ownData(stored);
    if (isSetEntry(value)) entries.push([id, value]);
  });
  return entries.sort(([a, x], [b, y]) => x.o - y.o || (a < b ? -1 : a > b ? 1 : 0));
}

function readSet(doc: Y.Doc, key: SetKey): unknown[] | undefined {
  const map = doc.getMap<unknown>(metaTypeName(key));
  if (map.size === 0) {
    const legacy = ownData(doc.getMap<unknown>(META_MAP).get(key));
    return Array.isArray(legacy) ? legacy : undefined;
  }
  return setEntries(doc, key).map(([, entry]) => entry.v);
}

/** Makes the set hold exactly `items` (in that order for new ones): adds, removes, updates. */
function writeSet(doc: Y.Doc, key: SetKey, items: readonly unknown[]): void {
  const map = doc.getMap<unknown>(metaTypeName(key));
  const legacyMap = doc.getMap<unknown>(META_MAP);
  if (map.size === 0 && Array.isArray(legacyMap.get(key))) {
    (legacyMap.get(key) as unknown[]).forEach((item, o) => map.set(identityOf(key, item), { v: item, o }));
  }
  if (legacyMap.has(key)) legacyMap.delete(key);
  const wanted = new Map(items.map((item) => [identityOf(key, item), item]));
  const existing = setEntries(doc, key);
  let next = existing.reduce((max, [, e]) => Math.max(max, e.o + 1), 0);
  for (const [id, entry] of existing) {
    if (!wanted.has(id)) map.delete(id);
    else if (JSON.stringify(wanted.get(id)) !== JSON.stringify(entry.v)) map.set(id, { v: wanted.get(id), o: entry.o });
  }
  for (const [id, item] of wanted) if (!map.has(id)) map.set(id, { v: item, o: next++ });
}

/** Adds one item to a set (no-op when an equal item is there). */
export function addToMetaSet(doc: Y.Doc, key: SetKey, item: unknown): void {
  doc.transact(() => {
    const current = readSet(doc, key) ?? [];
    if (current.some((c) => identityOf(key, c) === identityOf(key, item))) return;
    writeSet(doc, key, [...current, item]);
  });
}

// ---------------------------------------------------------------- registers

interface RegisterEntry {
  v: unknown;
}

function registerEntries(doc: Y.Doc, key: RegisterKey): Array<[string, RegisterEntry]> {
  const entries: Array<[string, RegisterEntry]> = [];
  doc.getMap<unknown>(metaTypeName(key)).forEach((stored, id) => {
    const value = ownData(stored);
    if (typeof value === 'object' && value !== null && 'v' in value) entries.push([id, value as RegisterEntry]);
  });
  // Writers' keys are `<client>:<clock>`; the order only has to be the same on every copy.
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Every value the register holds: one normally, several when people set it concurrently on
 * copies that were then merged (the last one is shown until someone chooses).
 */
export function registerValues(doc: Y.Doc, key: RegisterKey): unknown[] {
  const entries = registerEntries(doc, key);
  if (entries.length) return entries.map(([, e]) => e.v);
  const legacy = ownData(doc.getMap<unknown>(META_MAP).get(key));
  return legacy === undefined ? [] : [legacy];
}

function writeRegister(doc: Y.Doc, key: RegisterKey, value: unknown): void {
  const values = registerValues(doc, key);
  if (values.length === 1 && JSON.stringify(values[0]) === JSON.stringify(value)) return;
  const map = doc.getMap<unknown>(metaTypeName(key));
  for (const id of [...map.keys()]) map.delete(id);
  const legacy = doc.getMap<unknown>(META_MAP);
  if (legacy.has(key)) legacy.delete(key);
  map.set(`${doc.clientID}:${Y.getState(doc.store, doc.clientID)}`, { v: value });
}

// ---------------------------------------------------------------- any key

/** The value of one meta key as plain data (a set as an array), whatever the storage. */
export function readMetaValue(doc: Y.Doc, key: string): unknown {
  if (isSetKey(key)) return readSet(doc, key);
  if (isRegisterKey(key)) return registerValues(doc, key).at(-1);
  return key === '__proto__' ? undefined : ownData(doc.getMap<unknown>(META_MAP).get(key));
}

/** Writes one meta key the way it is stored (a set is made to hold exactly `value`). */
export function writeMetaValue(doc: Y.Doc, key: string, value: unknown, origin?: unknown): void {
  doc.transact(() => {
    if (isSetKey(key)) writeSet(doc, key, Array.isArray(value) ? value : []);
    else if (isRegisterKey(key)) writeRegister(doc, key, value);
    else if (value === undefined) doc.getMap<unknown>(META_MAP).delete(key);
    else doc.getMap<unknown>(META_MAP).set(key, value);
  }, origin);
}

/** Every meta key with a value, as plain data: what article.json's `meta` holds. */
export function readMetaRecord(doc: Y.Doc): Record<string, unknown> {
  const record = ownData(doc.getMap<unknown>(META_MAP).toJSON()) as Record<string, unknown>;
  for (const key of [...SET_KEYS, ...REGISTER_KEYS]) {
    const value = readMetaValue(doc, key);
    if (value === undefined) delete record[key];
    else record[key] = value;
  }
  return record;
}

/** Registers that hold more than one value after a merge: what a person must choose between. */
export function metaConflicts(doc: Y.Doc): Array<{ key: RegisterKey; values: unknown[] }> {
  return REGISTER_KEYS.flatMap((key) => {
    const values = registerValues(doc, key);
    return values.length > 1 ? [{ key, values }] : [];
  });
}
