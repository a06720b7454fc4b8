// "Góp ý": everything reviewers leave on the article — the composer for a new comment,
// the comment threads, and the suggested changes.
import type { Editor } from '@tiptap/core';
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

export function ReviewPanel({ editor, doc, actor, composing, onComposeDone }: ReviewPanelProps) {
  return (
    <div className="review-panel" data-testid="review-panel">
      {composing && <CommentComposer doc={doc} actor={actor} at={composing} onDone={onComposeDone} />}
      <CommentsSection editor={editor} doc={doc} actor={actor} />
      <SuggestionsSection editor={editor} actor={actor} />
    </div>
  );
}
