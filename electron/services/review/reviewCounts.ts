// What is still open in an article's review, read straight from its Yjs document: comment
// threads (COMMENTS_MAP + COMMENT_MESSAGES_MAP) and suggestion marks in the article fragment.
// The library shows these counts and export pre-flight blocks on them.
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from '../../contract/articleSchema';
import { COMMENTS_MAP, COMMENT_MESSAGES_MAP, suggestionMarks } from '../../contract/review';
import type { CommentMessage, CommentThread, ReviewCounts, SuggestionAttrs } from '../../contract/review';
import { markNameOfAttribute } from '../article/yjsJson';

export type SuggestionKind = keyof typeof suggestionMarks;

const suggestionKinds = new Set<string>(Object.values(suggestionMarks));

/** The suggestion a formatting attribute (or node attribute) stands for, if it is one. */
export function suggestionOf(attributeName: string, value: unknown): { kind: SuggestionKind; attrs: SuggestionAttrs } | undefined {
  const kind = markNameOfAttribute(attributeName);
  if (!suggestionKinds.has(kind)) return undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const attrs = value as Partial<SuggestionAttrs>;
  // A suggestion without an id cannot be accepted or rejected by the engine: still pending,
  // so it counts under a name of its own rather than vanish.
  const id = typeof attrs.id === 'string' && attrs.id ? attrs.id : `${kind}:unnamed`;
  return {
    kind: kind as SuggestionKind,
    attrs: {
      id,
      author: typeof attrs.author === 'string' ? attrs.author : null,
      role: typeof attrs.role === 'string' ? (attrs.role as SuggestionAttrs['role']) : null,
      at: typeof attrs.at === 'string' ? attrs.at : null,
    },
  };
}

/** Whether a run's formatting attributes make it a pending insertion (not yet article text). */
export function isPendingInsertion(attributes: Record<string, unknown> | undefined): boolean {
  if (!attributes) return false;
  return Object.keys(attributes).some((name) => markNameOfAttribute(name) === suggestionMarks.insertion);
}

function collectSuggestionIds(parent: Y.XmlFragment | Y.XmlElement, ids: Set<string>): void {
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as Array<{ attributes?: Record<string, unknown> }>) {
        for (const [name, value] of Object.entries(op.attributes ?? {})) {
          const found = suggestionOf(name, value);
          if (found) ids.add(found.attrs.id);
        }
      }
    } else if (child instanceof Y.XmlElement) {
      // Node marks (a suggested figure, say) may be stored as element attributes.
      for (const [name, value] of Object.entries(child.getAttributes() as Record<string, unknown>)) {
        const found = suggestionOf(name, value);
        if (found) ids.add(found.attrs.id);
      }
      collectSuggestionIds(child, ids);
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Threads as stored (values that are not thread-shaped are skipped, never thrown on). */
export function commentThreads(doc: Y.Doc): CommentThread[] {
  const threads: CommentThread[] = [];
  doc.getMap<unknown>(COMMENTS_MAP).forEach((value, key) => {
    if (!isObject(value)) return;
    threads.push({ ...(value as unknown as CommentThread), id: typeof value.id === 'string' ? value.id : key });
  });
  return threads;
}

export function commentMessages(doc: Y.Doc): CommentMessage[] {
  const messages: CommentMessage[] = [];
  doc.getMap<unknown>(COMMENT_MESSAGES_MAP).forEach((value, key) => {
    if (!isObject(value) || typeof value.threadId !== 'string') return;
    messages.push({ ...(value as unknown as CommentMessage), id: typeof value.id === 'string' ? value.id : key });
  });
  return messages;
}

/** Open: not resolved, and at least one message not deleted. A detached thread is still open. */
export function isOpenThread(thread: CommentThread, messages: CommentMessage[]): boolean {
  if (thread.resolved) return false;
  return messages.some((m) => m.threadId === thread.id && !m.deleted);
}

/** Ids of the suggestions still waiting in the article, in document order. */
export function pendingSuggestionIds(doc: Y.Doc): string[] {
  const ids = new Set<string>();
  collectSuggestionIds(doc.getXmlFragment(ARTICLE_FRAGMENT), ids);
  return [...ids];
}

export function reviewCounts(doc: Y.Doc): ReviewCounts {
  const messages = commentMessages(doc);
  return {
    openComments: commentThreads(doc).filter((thread) => isOpenThread(thread, messages)).length,
    pendingSuggestions: pendingSuggestionIds(doc).length,
  };
}
