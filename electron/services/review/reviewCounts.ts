// What is still open in an article's review: comment threads (COMMENTS_MAP +
// COMMENT_MESSAGES_MAP) and the pending suggestions the article reader finds in its text.
// The library shows these counts and export pre-flight blocks on them.
import type * as Y from 'yjs';
import { COMMENTS_MAP, COMMENT_MESSAGES_MAP, isOpenThread } from '../../contract/review';
import type { ReviewCounts } from '../../contract/review';
import { readCommentMaps, type ThreadWithMessages } from '../../contract/reviewParse';
import { readArticle } from '../../contract/article/readArticle';

/** Every valid thread with its messages, read by the contract's one parser (invalid values skipped). */
export function commentThreads(doc: Y.Doc): ThreadWithMessages[] {
  return readCommentMaps(doc.getMap<unknown>(COMMENTS_MAP).entries(), doc.getMap<unknown>(COMMENT_MESSAGES_MAP).entries());
}

/** Ids of the suggestions still waiting in the article, in document order. */
export function pendingSuggestionIds(doc: Y.Doc): string[] {
  return readArticle(doc).suggestions.map((s) => s.id);
}

export function reviewCounts(doc: Y.Doc): ReviewCounts {
  return {
    openComments: commentThreads(doc).filter((view) => isOpenThread(view.thread, view.messages)).length,
    pendingSuggestions: readArticle(doc).suggestions.length,
  };
}
