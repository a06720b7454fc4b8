// The number on the "Góp ý" tab: everything waiting for an answer in review — open comment
// threads and pending suggestions — so a tab showing nothing means there is nothing to do.
import type { Editor } from '@tiptap/core';
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

/** The badge for `openComments` open threads and `suggestions` pending suggestions. */
export function reviewBadge(openComments: number, suggestions: number): ReviewBadge {
  return { openComments, pendingSuggestions: suggestions, total: openComments + suggestions };
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
  return reviewBadge(openComments, suggestions);
}
