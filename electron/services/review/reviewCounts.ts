// What is still open in an article's review, read straight from its Yjs document: comment
// threads (COMMENTS_MAP + COMMENT_MESSAGES_MAP) and suggestion marks in the article fragment.
// The library shows these counts and export pre-flight blocks on them.
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from '../../contract/articleSchema';
import { COMMENTS_MAP, COMMENT_MESSAGES_MAP, countedSuggestionMarks, isOpenThread, suggestionMarks } from '../../contract/review';
import type { ReviewCounts, SuggestionAttrs } from '../../contract/review';
import { readCommentMaps, type ThreadWithMessages } from '../../contract/reviewParse';
import { markNameOfAttribute } from '../article/yjsJson';

/** The suggestion kinds that count as pending (contract: countedSuggestionMarks). */
export type SuggestionKind = typeof suggestionMarks.insertion | typeof suggestionMarks.deletion;

const countedKinds = new Set<string>(countedSuggestionMarks);

/** The suggestion a formatting attribute stands for, if it is one that counts. */
export function suggestionOf(attributeName: string, value: unknown): { kind: SuggestionKind; attrs: SuggestionAttrs } | undefined {
  const kind = markNameOfAttribute(attributeName);
  if (!countedKinds.has(kind)) return undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const attrs = value as Partial<SuggestionAttrs>;
  // Keyed as the Review panel keys it (pendingSuggestions.ts: String(id), the mark's default
  // id being null), so a mark without a usable id is one suggestion in both counts.
  const id = String(attrs.id ?? null);
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
      // Only text runs carry suggestions: y-tiptap writes a node's attrs as element
      // attributes but never its marks, and no node of the schema has a suggestion attr.
      collectSuggestionIds(child, ids);
    }
  }
}

/** Every valid thread with its messages, read by the contract's one parser (invalid values skipped). */
export function commentThreads(doc: Y.Doc): ThreadWithMessages[] {
  return readCommentMaps(doc.getMap<unknown>(COMMENTS_MAP).entries(), doc.getMap<unknown>(COMMENT_MESSAGES_MAP).entries());
}

/** Ids of the suggestions still waiting in the article, in document order. */
export function pendingSuggestionIds(doc: Y.Doc): string[] {
  const ids = new Set<string>();
  collectSuggestionIds(doc.getXmlFragment(ARTICLE_FRAGMENT), ids);
  return [...ids];
}

export function reviewCounts(doc: Y.Doc): ReviewCounts {
  return {
    openComments: commentThreads(doc).filter((view) => isOpenThread(view.thread, view.messages)).length,
    pendingSuggestions: pendingSuggestionIds(doc).length,
  };
}
