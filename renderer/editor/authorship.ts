// The article's authors are the profile names of everyone who edited it, in order of
// their first edit (meta map, key "authors"). The array is replaced, never mutated, so a
// merge of two offline copies keeps one whole list.
import type * as Y from 'yjs';
import { META_MAP, metaKeys } from '../../electron/contract/articleSchema';

/** Transaction origin of our own meta change, so it does not count as a "first edit". */
export const AUTHORSHIP_ORIGIN = 'soan-authorship';
/** Transaction origin of comment changes: commenting on an article is not writing it. */
export const COMMENT_ORIGIN = 'soan-comment';

/** Origins whose changes must not make the local profile an author of the article. */
export const nonAuthoringOrigins: ReadonlySet<unknown> = new Set([AUTHORSHIP_ORIGIN, COMMENT_ORIGIN]);

/** True if a change made with this transaction origin is an edit of the article by the local profile. */
export function isAuthoringOrigin(origin: unknown): boolean {
  return !nonAuthoringOrigins.has(origin);
}

export function readAuthors(doc: Y.Doc): string[] {
  const value = doc.getMap(META_MAP).get(metaKeys.authors);
  return Array.isArray(value) ? value.filter((a): a is string => typeof a === 'string') : [];
}

/** Adds `name` to the authors if it is not there yet; true if it changed the document. */
export function ensureAuthor(doc: Y.Doc, name: string): boolean {
  const trimmed = name.trim();
  if (!trimmed) return false;
  const authors = readAuthors(doc);
  if (authors.includes(trimmed)) return false;
  doc.transact(() => doc.getMap(META_MAP).set(metaKeys.authors, [...authors, trimmed]), AUTHORSHIP_ORIGIN);
  return true;
}
