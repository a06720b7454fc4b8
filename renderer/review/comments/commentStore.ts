// Comment threads and their messages in the article's Y.Doc (contract/review.ts): a thread
// is one JSON value replaced whole; each message has its own key so replies written
// offline on two copies both survive the merge. Every change is made with COMMENT_ORIGIN,
// so commenting never makes the commenter an author of the article.
import type * as Y from 'yjs';
import {
  COMMENTS_MAP,
  COMMENT_MESSAGES_MAP,
  COMMENT_ANCHORS_MAP,
  hasMessageLeft,
  isOpenThread,
  type ArticlePiece,
  type CommentMessage,
  type CommentThread,
  type ReviewActor,
} from '../../../electron/contract/review';
import { parseCommentMessage, parseCommentThread, readCommentMaps, shortQuote } from '../../../electron/contract/reviewParse';
import { limits } from '../../../electron/contract/ipc/limits';
import { COMMENT_ORIGIN } from '../../editor/authorship';

/** Why a comment change was refused; the UI shows `comments.error.<code>`. */
export type CommentErrorCode = 'empty-text' | 'too-long' | 'no-selection' | 'not-yours' | 'not-found' | 'deleted' | 'no-author';

export class CommentError extends Error {
  constructor(readonly code: CommentErrorCode) {
    super(`comment refused: ${code}`);
    this.name = 'CommentError';
  }
}

/** A thread with its messages, oldest first. */
export interface ThreadView {
  thread: CommentThread;
  messages: CommentMessage[];
}

/** What a new thread is anchored to (commentAnchors.ts makes it from a selection). */
export interface NewThreadAnchor {
  anchor: CommentThread['anchor'];
  quote: string;
  piece: ArticlePiece;
}

type Clock = () => string;
const systemClock: Clock = () => new Date().toISOString();

// Values as stored: anything, until reviewParse.ts has read them.
export const threadsMap = (doc: Y.Doc) => doc.getMap<unknown>(COMMENTS_MAP);
export const messagesMap = (doc: Y.Doc) => doc.getMap<unknown>(COMMENT_MESSAGES_MAP);
export const anchorsMap = (doc: Y.Doc) => doc.getMap<unknown>(COMMENT_ANCHORS_MAP);

/** Random ids; getRandomValues works where randomUUID may not (non-secure origins). */
export function newCommentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function cleanText(text: string): string {
  const trimmed = text.normalize('NFC').trim();
  if (!trimmed) throw new CommentError('empty-text');
  // Refused, not cut: the writer decides what to leave out.
  if (trimmed.length > limits.commentChars) throw new CommentError('too-long');
  return trimmed;
}

function cleanActor(actor: ReviewActor): ReviewActor {
  const name = actor.name.trim();
  if (!name) throw new CommentError('no-author');
  return { name, role: actor.role };
}

const isOwn = (message: CommentMessage, actor: ReviewActor) => message.by.name === actor.name.trim();

function getThread(doc: Y.Doc, threadId: string): CommentThread {
  const thread = parseCommentThread(threadId, threadsMap(doc).get(threadId));
  if (!thread) throw new CommentError('not-found');
  return thread;
}

function getOwnMessage(doc: Y.Doc, messageId: string, actor: ReviewActor): CommentMessage {
  const message = parseCommentMessage(messageId, messagesMap(doc).get(messageId));
  if (!message) throw new CommentError('not-found');
  if (!isOwn(message, actor)) throw new CommentError('not-yours');
  if (message.deleted) throw new CommentError('deleted');
  return message;
}

/** Starts a thread on `at` with its first message; returns the new thread's id. */
export function addThread(doc: Y.Doc, at: NewThreadAnchor, text: string, actor: ReviewActor, now: Clock = systemClock): string {
  const body = cleanText(text);
  const by = cleanActor(actor);
  if (!at.quote.trim()) throw new CommentError('no-selection');
  const when = now();
  const thread: CommentThread = {
    id: newCommentId(),
    anchor: at.anchor,
    quote: shortQuote(at.quote),
    piece: at.piece,
    by,
    at: when,
    resolved: null,
  };
  const message: CommentMessage = { id: newCommentId(), threadId: thread.id, by, at: when, text: body };
  doc.transact(() => {
    threadsMap(doc).set(thread.id, thread);
    messagesMap(doc).set(message.id, message);
  }, COMMENT_ORIGIN);
  return thread.id;
}

/** Adds a reply to a thread (resolved or not); returns the message id. */
export function reply(doc: Y.Doc, threadId: string, text: string, actor: ReviewActor, now: Clock = systemClock): string {
  const body = cleanText(text);
  const by = cleanActor(actor);
  getThread(doc, threadId);
  const message: CommentMessage = { id: newCommentId(), threadId, by, at: now(), text: body };
  doc.transact(() => messagesMap(doc).set(message.id, message), COMMENT_ORIGIN);
  return message.id;
}

/** Changes the text of one of the actor's own messages. */
export function editMessage(doc: Y.Doc, messageId: string, text: string, actor: ReviewActor, now: Clock = systemClock): void {
  const body = cleanText(text);
  const message = getOwnMessage(doc, messageId, actor);
  if (body === message.text) return;
  doc.transact(() => messagesMap(doc).set(messageId, { ...message, text: body, editedAt: now() }), COMMENT_ORIGIN);
}

/** Deletes one of the actor's own messages: a tombstone stays so the replies around it still read right. */
export function deleteMessage(doc: Y.Doc, messageId: string, actor: ReviewActor, now: Clock = systemClock): void {
  const message = getOwnMessage(doc, messageId, actor);
  doc.transact(
    () => messagesMap(doc).set(messageId, { ...message, text: '', deleted: true, editedAt: now() }),
    COMMENT_ORIGIN,
  );
}

/** Marks a thread resolved by the actor; it folds away but stays in the document. */
export function resolveThread(doc: Y.Doc, threadId: string, actor: ReviewActor, now: Clock = systemClock): void {
  const by = cleanActor(actor);
  const thread = getThread(doc, threadId);
  if (thread.resolved) return;
  doc.transact(() => threadsMap(doc).set(threadId, { ...thread, resolved: { by, at: now() } }), COMMENT_ORIGIN);
}

/** Opens a resolved thread again. */
export function reopenThread(doc: Y.Doc, threadId: string): void {
  const thread = getThread(doc, threadId);
  if (!thread.resolved) return;
  doc.transact(() => threadsMap(doc).set(threadId, { ...thread, resolved: null }), COMMENT_ORIGIN);
}

/**
 * Points a thread at new positions of the same text. Used when the editor saw the text
 * move where Yjs could not follow (a paragraph split or joined re-creates its characters).
 */
export function moveAnchor(doc: Y.Doc, threadId: string, anchor: CommentThread['anchor']): void {
  getThread(doc, threadId); // refuses an unknown thread
  // Its own map, not the thread's value: a resolve made meanwhile on another copy must not be undone by this.
  doc.transact(() => anchorsMap(doc).set(threadId, anchor), COMMENT_ORIGIN);
}

/** Every thread, oldest first, each with its messages oldest first; values not of the contract's shape are skipped. */
export function readThreads(doc: Y.Doc): ThreadView[] {
  return readCommentMaps(threadsMap(doc).entries(), messagesMap(doc).entries(), anchorsMap(doc).entries());
}

/** A thread whose every message its authors deleted is gone for the reader: not shown, not counted. */
export function isLiveThread(view: ThreadView): boolean {
  return hasMessageLeft(view.messages);
}

/** Open threads, by the contract's rule the services count by too (a detached thread still counts). */
export function isOpenView(view: ThreadView): boolean {
  return isOpenThread(view.thread, view.messages);
}

export function countOpenThreads(doc: Y.Doc): number {
  return readThreads(doc).filter(isOpenView).length;
}

/** True if the actor may edit or delete this message. */
export function canChangeMessage(message: CommentMessage, actor: ReviewActor): boolean {
  return !message.deleted && isOwn(message, actor);
}
