// What typing "@" in a comment offers: the "@…" being typed just before the caret, and the
// people whose name (or a word of it) starts with it — diacritics and case forgiven, so
// "@ha" finds "Thu Hà".
import { foldDiacritics } from '../../../electron/contract/text/slug';

export interface MentionQuery {
  /** Where the "@" is in the text. */
  start: number;
  /** What follows it up to the caret. */
  query: string;
}

const fold = (text: string) => foldDiacritics(text.normalize('NFC')).toLowerCase();

/** The mention being typed at `caret`, or null (no "@", a line break since, or too long to be a name). */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('@');
  if (start < 0 || (start > 0 && !/\s|[(“"]/.test(before[start - 1]))) return null;
  const query = before.slice(start + 1);
  if (query.length > 40 || /[\n@]/.test(query)) return null;
  return { start, query };
}

/** People matching the query, best first (whole name from its start, then a later word), at most `limit`. */
export function matchPeople(people: readonly string[], query: string, limit = 6): string[] {
  const q = fold(query).trim();
  const starts = people.filter((p) => fold(p).startsWith(q));
  const words = people.filter((p) => !starts.includes(p) && fold(p).split(/\s+/).some((w) => w.startsWith(q)));
  return [...starts, ...words].slice(0, limit);
}

/** The text with the mention being typed replaced by "@Name " and where the caret goes. */
export function insertMention(text: string, mention: MentionQuery, caret: number, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  return { text: text.slice(0, mention.start) + inserted + text.slice(caret), caret: mention.start + inserted.length };
}
