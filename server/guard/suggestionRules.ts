// Who a suggestion names. A suggestion is text carrying a mark (contract/review.ts
// suggestionMarks) whose `author` every workstation shows; a review-only token may add
// suggestions only in its user's name. A mark in another's name is taken only when it copies a
// suggestion that already exists with that id and author: splitting a paragraph re-creates the
// text after the split, marks and all. Other tokens may write marks in others' names: a merge
// puts text the other side would have lost back as a suggestion in its writer's name.
import * as Y from 'yjs';
import { suggestionMarks } from '../../electron/contract/review';
import type { Identity } from '../serverUsers';
import { addedItems } from './trial';

const markNames = new Set<string>(Object.values(suggestionMarks));

interface Mark {
  key: string;
  id: unknown;
  author: unknown;
}

const markOf = (item: Y.Item): Mark | null => {
  if (!(item.content instanceof Y.ContentFormat) || !markNames.has(item.content.key)) return null;
  const value: unknown = item.content.value;
  if (typeof value !== 'object' || value === null) return null;
  // Own keys only (a "__proto__" key decoded by assignment must not answer for them).
  const own = (key: string) => (Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined);
  return { key: item.content.key, id: own('id'), author: own('author') };
};
const sameMark = (a: Mark, b: Mark) => a.key === b.key && a.id === b.id && a.author === b.author;

/**
 * Whether a review-only token's transaction added a suggestion in a colleague's name (another
 * user of this server) that is not a copy of one there before. A name no user has is taken as
 * the writer's profile name, as for comments.
 */
export function suggestsInAnotherName(transaction: Y.Transaction, user: Identity, colleagues: ReadonlySet<string>): boolean {
  if (user.role !== 'reviewer') return false;
  const foreign: Mark[] = [];
  for (const item of addedItems(transaction)) {
    const mark = markOf(item);
    if (mark && mark.author !== user.name && colleagues.has(mark.author as string)) foreign.push(mark);
  }
  if (foreign.length === 0) return false;
  // Rare (a split across someone's suggestion): look through what the document held before.
  const before: Mark[] = [];
  for (const [client, structs] of transaction.doc.store.clients) {
    const known = transaction.beforeState.get(client) ?? 0;
    for (const struct of structs) {
      if (struct.id.clock >= known) break;
      const mark = struct instanceof Y.Item ? markOf(struct) : null;
      if (mark) before.push(mark);
    }
  }
  return foreign.some((mark) => !before.some((old) => sameMark(old, mark)));
}
