// The one reading of the comment maps (COMMENTS_MAP, COMMENT_MESSAGES_MAP) for everyone who
// reads them: the renderer's Review panel and badge, the library counts, article.json and
// the restore from it. The maps come from other copies and from article.json, which anyone
// can edit, so a value that is not the shape the contract says is skipped — never thrown
// on, never shown, never counted — the same way everywhere, so the counts agree.
import { ownData } from './ownData';
import { z } from 'zod';
import { articlePieces, type ArticlePiece, type CommentMessage, type CommentThread } from './review';
import { limits, roles } from './ipc/limits';

const MORE = '…';

/** A quote cut to the limit, ending with "…" when it was cut (never in the middle of a surrogate pair). */
export function shortQuote(quote: string): string {
  if (quote.length <= limits.commentQuoteChars) return quote;
  let end = limits.commentQuoteChars - MORE.length;
  const last = quote.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return quote.slice(0, end) + MORE;
}

const when = z.string().max(100);

const ActorSchema = z.object({
  name: z.string().min(1).max(limits.headlineChars),
  role: z.enum(roles),
});

const AnchorSchema = z.object({ from: z.unknown(), to: z.unknown() });

const ThreadSchema = z.object({
  // Optional: the map key is the id (a value missing it is still that key's thread).
  id: z.string().optional(),
  anchor: AnchorSchema,
  quote: z.string(),
  piece: z.unknown(),
  by: ActorSchema,
  at: when,
  resolved: z.object({ by: ActorSchema, at: when }).nullable().optional(),
});

const pieces = new Set<unknown>(articlePieces);

const MessageSchema = z.object({
  id: z.string().optional(),
  threadId: z.string().min(1),
  by: ActorSchema,
  at: when,
  text: z.string().max(limits.commentChars),
  editedAt: when.optional(),
  deleted: z.boolean().optional(),
});

/**
 * Results by stored value: Yjs hands out the same object for a value until it is replaced,
 * and the Review panel re-reads every thread on each keystroke, so an unchanged value is
 * parsed once, not on every read.
 */
function remembered<T>(cache: WeakMap<object, { key: string; result: T | null }>, parse: (key: string, value: unknown) => T | null) {
  return (key: string, value: unknown): T | null => {
    if (typeof value !== 'object' || value === null) return null;
    const hit = cache.get(value);
    if (hit && hit.key === key) return hit.result;
    const result = parse(key, value);
    cache.set(value, { key, result });
    return result;
  };
}

/** The thread stored under `key`, or null if the value is not a thread. */
export const parseCommentThread = remembered(new WeakMap(), (key, value): CommentThread | null => {
  const parsed = ThreadSchema.safeParse(ownData(value));
  if (!parsed.success) return null;
  const { id, quote, piece, resolved, ...thread } = parsed.data;
  // Every change finds a thread by its key: a value claiming another id would be unreachable.
  if (id !== undefined && id !== key) return null;
  return {
    id: key,
    ...thread,
    // Quotes made before the limit existed are shortened, not dropped: the thread is still real.
    quote: shortQuote(quote),
    // Only a label: an unknown one reads as body rather than losing the thread.
    piece: pieces.has(piece) ? (piece as ArticlePiece) : 'body',
    resolved: resolved ?? null,
  };
});

/** The message stored under `key`, or null if the value is not a message. */
export const parseCommentMessage = remembered(new WeakMap(), (key, value): CommentMessage | null => {
  const parsed = MessageSchema.safeParse(ownData(value));
  if (!parsed.success) return null;
  const { id, editedAt, deleted, ...message } = parsed.data;
  if (id !== undefined && id !== key) return null;
  return {
    id: key,
    ...message,
    ...(editedAt !== undefined ? { editedAt } : {}),
    ...(deleted !== undefined ? { deleted } : {}),
  };
});

/** A thread with its messages, oldest first. */
export interface ThreadWithMessages {
  thread: CommentThread;
  messages: CommentMessage[];
}

const byTime = <T extends { at: string; id: string }>(a: T, b: T) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Every valid thread, oldest first, each with its valid messages, oldest first. Messages
 * are grouped by thread in one pass, so ten thousand threads read in one go, not in a
 * pass over all messages per thread.
 */
export function readCommentMaps(
  threads: Iterable<[string, unknown]>,
  messages: Iterable<[string, unknown]>,
  /** COMMENT_ANCHORS_MAP entries: a later anchor for a thread replaces the one it was made with. */
  anchors: Iterable<[string, unknown]> = [],
): ThreadWithMessages[] {
  const moved = new Map<string, CommentThread['anchor']>();
  for (const [key, value] of anchors) {
    const anchor = AnchorSchema.safeParse(ownData(value));
    if (anchor.success) moved.set(key, anchor.data as CommentThread['anchor']);
  }
  const grouped = new Map<string, CommentMessage[]>();
  for (const [key, value] of messages) {
    const message = parseCommentMessage(key, value);
    if (!message) continue;
    const list = grouped.get(message.threadId);
    if (list) list.push(message);
    else grouped.set(message.threadId, [message]);
  }
  const views: ThreadWithMessages[] = [];
  for (const [key, value] of threads) {
    const parsed = parseCommentThread(key, value);
    if (!parsed) continue;
    const anchor = moved.get(parsed.id);
    // A copy: parsed values are shared (remembered per stored value).
    const thread = anchor ? { ...parsed, anchor } : parsed;
    views.push({ thread, messages: (grouped.get(thread.id) ?? []).sort(byTime) });
  }
  return views.sort((a, b) => byTime(a.thread, b.thread));
}
