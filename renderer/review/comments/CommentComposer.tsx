// The box for a new comment on the text that was selected when "Bình luận" was pressed.
// The anchor is taken at that moment, so the text may change while the comment is written.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { ReviewActor } from '../../../electron/contract/review';
import { limits } from '../../../electron/contract/ipc/limits';
import { addThread, type NewThreadAnchor } from './commentStore';
import { useCommentAction } from './useCommentAction';
import { MentionTextarea } from './MentionTextarea';
import { usePeople } from './usePeople';
import { assignThread, recordMentions } from './commentDesk';

interface CommentComposerProps {
  doc: Y.Doc;
  actor: ReviewActor;
  at: NewThreadAnchor;
  /** Called with the new thread's id, or null when the composer was cancelled. */
  onDone: (threadId: string | null) => void;
}

export function CommentComposer({ doc, actor, at, onDone }: CommentComposerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [assignee, setAssignee] = useState('');
  const people = usePeople();
  const { run, error, clear } = useCommentAction();
  const input = useRef<HTMLTextAreaElement>(null);

  useEffect(() => input.current?.focus(), [at]);

  const submit = () => {
    let id: string | null = null;
    const made = run(() => {
      const threadId = addThread(doc, at, text, actor);
      id = threadId;
      // Mentions and the assignment ride with the new thread (meta sets that merge).
      recordMentions(doc, threadId, text, people, actor);
      if (assignee) assignThread(doc, threadId, assignee, actor);
    });
    if (made) onDone(id);
  };

  return (
    <form
      className="comment-composer"
      data-testid="comment-composer-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <p className="comment-composer-about">
        {t('comments.composer.about')} <span className="comment-piece">{t(`comments.piece.${at.piece}`)}</span>
      </p>
      <blockquote className="comment-quote">{at.quote}</blockquote>
      <MentionTextarea
        maxLength={limits.commentChars}
        ref={input}
        data-testid="comment-composer"
        aria-label={t('comments.composer.label')}
        placeholder={t('comments.composer.placeholder')}
        value={text}
        people={people}
        aria-invalid={error ? 'true' : undefined}
        onValueChange={(next) => {
          setText(next);
          clear();
        }}
        onKeyDown={(event) => {
          // Ctrl+Enter sends, as in mail; Escape gives up.
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit();
          } else if (event.key === 'Escape') onDone(null);
        }}
      />
      <label className="comment-assign">
        <span className="comment-assign-label">{t('desk.mentions.assign')}</span>
        <select data-testid="comment-composer-assign" value={assignee} onChange={(event) => setAssignee(event.target.value)}>
          <option value="">{t('desk.mentions.nobody')}</option>
          {people.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p className="comment-error" role="alert" data-testid="comment-error">
          {error}
        </p>
      )}
      <div className="comment-actions">
        <button type="submit" className="button-primary button-small" data-testid="comment-submit">
          {t('comments.composer.submit')}
        </button>
        <button type="button" className="button-quiet button-small" data-testid="comment-cancel" onClick={() => onDone(null)}>
          {t('comments.composer.cancel')}
        </button>
      </div>
    </form>
  );
}
