// "Góp ý": everything reviewers leave on the article — the composer for a new comment,
// the comment threads, and the suggested changes.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { ReviewActor } from '../../electron/contract/review';
import { CommentComposer } from './comments/CommentComposer';
import { CommentsSection } from './comments/CommentsSection';
import type { NewThreadAnchor } from './comments/commentStore';
import { SuggestionsSection } from './suggestions/SuggestionsSection';

interface ReviewPanelProps {
  editor: Editor;
  doc: Y.Doc;
  actor: ReviewActor;
  /** The text a new comment is being written about, if the composer is open. */
  composing: NewThreadAnchor | null;
  onComposeDone: (threadId: string | null) => void;
}

/** What the panel shows instead of its content when that content failed to render. */
export function ReviewPanelFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" data-testid="review-panel-error">
      <p className="comment-error">{t('comments.panelError')}</p>
      <button type="button" className="button-quiet button-small" onClick={onRetry}>
        {t('comments.panelRetry')}
      </button>
    </div>
  );
}

/**
 * Keeps a bug in the review content (a thread from a damaged copy, say) inside the panel:
 * the panel says so in plain words and the editor and the rest of the window keep working,
 * instead of React unmounting the whole window.
 */
export class ReviewErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('review panel failed', error, info.componentStack);
  }

  render(): ReactNode {
    if (this.state.failed) return <ReviewPanelFailed onRetry={() => this.setState({ failed: false })} />;
    return this.props.children;
  }
}

export function ReviewPanel({ editor, doc, actor, composing, onComposeDone }: ReviewPanelProps) {
  return (
    <div className="review-panel" data-testid="review-panel">
      <ReviewErrorBoundary>
        {composing && <CommentComposer doc={doc} actor={actor} at={composing} onDone={onComposeDone} />}
        <CommentsSection editor={editor} doc={doc} actor={actor} />
        <SuggestionsSection editor={editor} actor={actor} />
      </ReviewErrorBoundary>
    </div>
  );
}
