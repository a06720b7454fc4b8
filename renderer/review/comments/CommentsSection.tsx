// The comments part of the Review panel: open threads in the order of the text, then the
// threads whose text was deleted (kept, with their quote), then the resolved ones folded
// under "Đã giải quyết (n)". Clicking a card selects its text in the editor.
import { useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { ReviewActor } from '../../../electron/contract/review';
import { CommentCard, type ThreadState } from './CommentCard';
import { pieceAt } from './commentAnchors';
import { commentFocus, setCurrentThread } from './commentHighlights';
import { isLiveThread } from './commentStore';
import { useCommentThreads } from './useCommentThreads';

interface CommentsSectionProps {
  editor: Editor;
  doc: Y.Doc;
  actor: ReviewActor;
}

export function CommentsSection({ editor, doc, actor }: CommentsSectionProps) {
  const { t } = useTranslation();
  // Threads whose every message was deleted by its author are gone for the reader.
  const placed = useCommentThreads(editor, doc).filter((p) => isLiveThread(p.view));
  const current = useEditorState({ editor, selector: ({ editor: e }) => commentFocus(e.state).current });
  const [showResolved, setShowResolved] = useState(false);

  const open = placed.filter((p) => !p.view.thread.resolved && p.range);
  const detached = placed.filter((p) => !p.view.thread.resolved && !p.range);
  const resolved = placed.filter((p) => p.view.thread.resolved);

  const card = (p: (typeof placed)[number], state: ThreadState) => {
    const { range } = p;
    const id = p.view.thread.id;
    return (
      <CommentCard
        key={id}
        doc={doc}
        actor={actor}
        view={p.view}
        state={state}
        current={current === id}
        piece={range ? pieceAt(editor.state.doc, range.from) : p.view.thread.piece}
        onShow={
          range
            ? () => {
                setCurrentThread(editor, id);
                editor.chain().focus().setTextSelection(range).scrollIntoView().run();
              }
            : undefined
        }
      />
    );
  };

  return (
    <section className="comments-section" data-testid="comments-section" aria-label={t('comments.title')}>
      <h3 className="comments-title">{t('comments.title')}</h3>
      {placed.length === 0 && (
        <p className="panel-hint" data-testid="comments-empty">
          {t('comments.empty')}
        </p>
      )}
      {open.length > 0 && <div className="comment-list">{open.map((p) => card(p, 'open'))}</div>}
      {detached.length > 0 && (
        <div className="comment-group is-detached" data-testid="comments-detached">
          <h4 className="comment-group-title">{t('comments.detachedGroup', { count: detached.length })}</h4>
          <div className="comment-list">{detached.map((p) => card(p, 'detached'))}</div>
        </div>
      )}
      {resolved.length > 0 && (
        <div className="comment-group is-resolved">
          <button
            type="button"
            className="comment-group-toggle"
            data-testid="comments-resolved-toggle"
            aria-expanded={showResolved}
            onClick={() => setShowResolved((shown) => !shown)}
          >
            <span className={`comment-caret${showResolved ? ' is-open' : ''}`} aria-hidden="true" />
            {t('comments.resolvedGroup', { count: resolved.length })}
          </button>
          {showResolved && <div className="comment-list">{resolved.map((p) => card(p, 'resolved'))}</div>}
        </div>
      )}
    </section>
  );
}
