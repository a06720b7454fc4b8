// Who a comment names, judged on what a change does to the comment maps (contract/review.ts).
// Every workstation shows a thread or a message under the name it carries, so nobody may change
// or take away a message, or rewrite a thread, that carries a colleague's name (another user of
// this server), nor put a colleague's name on their own. A workstation writes comments in its
// profile name, which need not be the name the server knows its token by: a name no user of the
// server has is taken as the writer's own, so their older comments stay theirs to edit. Anyone
// may reply, reopen a thread or move its anchor (its own map), as the app lets them. A
// review-only token's new threads and messages, and its resolves, may not carry a colleague's
// name (its own, or its profile's if that is no user's of this server: refusing it would stop
// the article's sync for a reviewer whose profile name differs from the server's). Other tokens
// may bring new ones and resolves in others' names: a package merged on a workstation, or a
// laptop refilling a server that lost its data, carries everyone's comments in one change, and
// the server cannot tell those from forged ones.
import type * as Y from 'yjs';
import { COMMENTS_MAP, COMMENT_MESSAGES_MAP } from '../../electron/contract/review';
import type { SyncRefusal } from '../../electron/contract/sync';
import type { Identity } from '../serverUsers';

type Entries = Map<string, { before: unknown; after: unknown }>;

/** What a change did to the comment maps: each key it touched, with its value before and after (undefined: none). */
export interface CommentChanges {
  threads: Entries;
  messages: Entries;
}

/** Runs `change` on `doc` and returns what it did to the comment maps. */
export function watchComments(doc: Y.Doc, change: () => void): CommentChanges {
  const changes: CommentChanges = { threads: new Map(), messages: new Map() };
  const watch = (name: string, into: Entries) => {
    const map = doc.getMap<unknown>(name);
    // Read inside the observer: Yjs computes a change's old values only while it is being applied.
    const observer = (event: Y.YMapEvent<unknown>) => {
      for (const [key, { action, oldValue }] of event.changes.keys) into.set(key, { before: action === 'add' ? undefined : oldValue, after: map.get(key) });
    };
    map.observe(observer);
    return () => map.unobserve(observer);
  };
  const stops = [watch(COMMENTS_MAP, changes.threads), watch(COMMENT_MESSAGES_MAP, changes.messages)];
  try {
    change();
  } finally {
    stops.forEach((stop) => stop());
  }
  return changes;
}

// Own keys only: Yjs decodes a value by assignment, so a "__proto__" key in it would otherwise
// answer for keys the value does not have (the readers read own keys only, too).
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
const nameIn = (value: unknown): unknown => field(field(value, 'by'), 'name');
/** JSON with every object's keys in order: the app rewrites a thread with its keys in another order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** A thread's value without its `resolved` part. */
function withoutResolved(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const { resolved: _resolved, ...rest } = value as Record<string, unknown>;
  return rest;
}

function entryRefused(user: Identity, colleagues: ReadonlySet<string>, before: unknown, after: unknown, isThread: boolean): boolean {
  if (same(before, after)) return false;
  const mine = (value: unknown) => nameIn(value) === user.name;
  const othersOf = (value: unknown) => !mine(value) && colleagues.has(nameIn(value) as string);
  if (before === undefined) return user.role === 'reviewer' && othersOf(after); // new
  if (after === undefined) return othersOf(before); // taken away
  if (isThread && same(withoutResolved(before), withoutResolved(after))) {
    // Resolved or reopened. A review-only token resolves in its own name; other tokens may carry
    // others' resolves (merged packages), and a workstation resolves in its profile name, which
    // need not be the server's name for its token — a refused resolve would stop the article's sync.
    const resolved = field(after, 'resolved');
    return user.role === 'reviewer' && resolved !== null && resolved !== undefined && othersOf(resolved);
  }
  return othersOf(before) || othersOf(after);
}

export function judgeComments(
  user: Identity,
  changes: CommentChanges,
  colleagues: ReadonlySet<string>,
): Extract<SyncRefusal, { code: 'forbidden-comment-name' }> | null {
  for (const { before, after } of changes.threads.values()) {
    if (entryRefused(user, colleagues, before, after, true)) return { code: 'forbidden-comment-name' };
  }
  for (const { before, after } of changes.messages.values()) {
    if (entryRefused(user, colleagues, before, after, false)) return { code: 'forbidden-comment-name' };
  }
  return null;
}
