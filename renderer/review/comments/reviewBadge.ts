// The number on the "Góp ý" tab: everything waiting for an answer in review — open comment
// threads and pending suggestions — so a tab showing nothing means there is nothing to do.
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { useEditorState } from '@tiptap/react';
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import { pendingSuggestions } from '../suggestions/pendingSuggestions';
import { useOpenCommentCount } from './useCommentThreads';

export interface ReviewBadge {
  openComments: number;
  pendingSuggestions: number;
  total: number;
}

const badge = (openComments: number, suggestions: number): ReviewBadge => ({
  openComments,
  pendingSuggestions: suggestions,
  total: openComments + suggestions,
});

/** The badge for `openComments` threads and the suggestions pending in `article`. */
export function reviewBadgeOf(openComments: number, article: PMNode): ReviewBadge {
  return badge(openComments, pendingSuggestions(article).length);
}

/** The badge's title: both numbers in words ("2 open comments and 1 pending suggestion"). */
export function reviewBadgeTitle(t: TFunction, badge: ReviewBadge): string {
  return t('comments.reviewBadge', {
    comments: t('comments.openCount', { count: badge.openComments }),
    suggestions: t('comments.pendingSuggestionCount', { count: badge.pendingSuggestions }),
  });
}

export function useReviewBadge(editor: Editor, doc: Y.Doc): ReviewBadge {
  const openComments = useOpenCommentCount(doc);
  const suggestions = useEditorState({
    editor,
    selector: ({ editor: e }) => (e && !e.isDestroyed ? pendingSuggestions(e.state.doc).length : 0),
  });
  return badge(openComments, suggestions);
}
