// One comment thread as a card: who started it and when, the commented text, every
// message (own ones can be edited or deleted), a reply box, and resolve or reopen.
// Clicking the card brings the commented text into view in the editor.
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { ArticlePiece, CommentMessage, ReviewActor } from '../../../electron/contract/review';
import { limits } from '../../../electron/contract/ipc/limits';
import { formatAbsolute, formatRelative } from '../../i18n/formatTime';
import { canChangeMessage, deleteMessage, editMessage, reopenThread, reply, resolveThread, type ThreadView } from './commentStore';
import { useCommentAction } from './useCommentAction';
import { CommentAssignee } from './CommentAssignee';
import { recordMentions } from './commentDesk';
import { MentionText } from './MentionText';
import { MentionTextarea } from './MentionTextarea';
import { useCommentDesk } from './useCommentDesk';
import { usePeople } from './usePeople';

export type ThreadState = 'open' | 'resolved' | 'detached';

interface CommentCardProps {
  doc: Y.Doc;
  actor: ReviewActor;
  view: ThreadView;
  state: ThreadState;
  current: boolean;
  /** Where the text is now (it may have moved, e.g. from the sapo into the body). */
  piece: ArticlePiece;
  /** Select the commented text in the editor (absent when the text is gone). */
  onShow?: () => void;
}

function When({ iso }: { iso: string }) {
  return (
    <time className="comment-time" dateTime={iso} title={formatAbsolute(iso)}>
      {formatRelative(iso)}
    </time>
  );
}

function Author({ by, actor }: { by: ReviewActor; actor: ReviewActor }) {
  const { t } = useTranslation();
  return (
    <>
      <strong className="comment-author">{by.name === actor.name ? t('comments.you', { name: by.name }) : by.name}</strong>
      <span className="comment-role">{t(`roles.${by.role}`)}</span>
    </>
  );
}

interface MessageProps {
  doc: Y.Doc;
  actor: ReviewActor;
  message: CommentMessage;
  /** Resolved threads are history: their messages are shown, not changed. */
  readOnly: boolean;
  /** The people this thread @mentions, marked in the text. */
  mentioned: readonly string[];
}

function Message({ doc, actor, message, readOnly, mentioned }: MessageProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const { run, error, clear } = useCommentAction();
  const save = () => {
    if (editing !== null && run(() => editMessage(doc, message.id, editing, actor))) setEditing(null);
  };

  return (
    <li className={`comment-message${message.deleted ? ' is-deleted' : ''}`} data-testid="comment-message" data-message-id={message.id}>
      <div className="comment-message-head">
        <Author by={message.by} actor={actor} />
        <When iso={message.at} />
        {message.editedAt && !message.deleted && <span className="comment-edited">({t('comments.edited')})</span>}
      </div>
      {editing !== null ? (
        <form
          className="comment-edit-form"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <textarea
            maxLength={limits.commentChars}
            data-testid="comment-edit-input"
            aria-label={t('comments.editLabel')}
            value={editing}
            autoFocus
            aria-invalid={error ? 'true' : undefined}
            onChange={(event) => {
              setEditing(event.target.value);
              clear();
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                save();
              } else if (event.key === 'Escape') setEditing(null);
            }}
          />
          <div className="comment-actions">
            <button type="submit" className="button-primary button-small" data-testid="comment-edit-save">
              {t('comments.save')}
            </button>
            <button type="button" className="button-quiet button-small" onClick={() => setEditing(null)}>
              {t('comments.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <p className="comment-text">{message.deleted ? <em>{t('comments.deletedMessage')}</em> : <MentionText text={message.text} names={mentioned} />}</p>
      )}
      {editing === null && !readOnly && canChangeMessage(message, actor) && (
        <div className="comment-message-actions">
          <button type="button" className="comment-link-button" data-testid="comment-edit" onClick={() => setEditing(message.text)}>
            {t('comments.edit')}
          </button>
          <button
            type="button"
            className="comment-link-button is-danger"
            data-testid="comment-delete"
            onClick={() => run(() => deleteMessage(doc, message.id, actor))}
          >
            {t('comments.delete')}
          </button>
        </div>
      )}
      {error && (
        <p className="comment-error" role="alert" data-testid="comment-error">
          {error}
        </p>
      )}
    </li>
  );
}

export function CommentCard({ doc, actor, view, state, current, piece, onShow }: CommentCardProps) {
  const { t } = useTranslation();
  const { thread, messages } = view;
  const [answer, setAnswer] = useState('');
  const { run, error, clear } = useCommentAction();
  const card = useRef<HTMLElement>(null);
  const people = usePeople();
  const desk = useCommentDesk(doc);

  // A highlight clicked in the text: bring its card into view.
  useEffect(() => {
    if (current) card.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [current]);

  const send = () => {
    const sent = run(() => {
      reply(doc, thread.id, answer, actor);
      recordMentions(doc, thread.id, answer, people, actor);
    });
    if (sent) setAnswer('');
  };

  // Clicks on the card's own controls do their job; anywhere else shows the text.
  const onCardClick = (event: MouseEvent) => {
    if ((event.target as Element).closest('button, textarea, input, a, form')) return;
    onShow?.();
  };

  return (
    <article
      ref={card}
      className={`comment-card is-${state}${current ? ' is-current' : ''}${onShow ? ' is-linked' : ''}`}
      data-testid="comment-thread"
      data-thread-id={thread.id}
      data-state={state}
      aria-current={current ? 'true' : undefined}
      onClick={onCardClick}
    >
      <header className="comment-card-head">
        <span className="comment-piece">{t(`comments.piece.${piece}`)}</span>
        {onShow ? (
          <button type="button" className="comment-quote-button" data-testid="comment-show" title={t('comments.showInText')} onClick={onShow}>
            <blockquote className="comment-quote">{thread.quote}</blockquote>
          </button>
        ) : (
          <blockquote className="comment-quote is-gone">{thread.quote}</blockquote>
        )}
        {state === 'detached' && <p className="comment-detached-note">{t('comments.detachedNote')}</p>}
        <CommentAssignee doc={doc} threadId={thread.id} assignee={desk.assigneeOf(thread.id)} people={people} actor={actor} readOnly={!!thread.resolved} />
      </header>
      <ol className="comment-messages">
        {messages.map((message) => (
          <Message key={message.id} doc={doc} actor={actor} message={message} readOnly={!!thread.resolved} mentioned={desk.mentionedIn(thread.id)} />
        ))}
      </ol>
      {thread.resolved ? (
        <div className="comment-resolved">
          <span>{t('comments.resolvedBy', { name: thread.resolved.by.name, time: formatAbsolute(thread.resolved.at) })}</span>
          <button type="button" className="button-quiet button-small" data-testid="comment-reopen" onClick={() => run(() => reopenThread(doc, thread.id))}>
            {t('comments.reopen')}
          </button>
        </div>
      ) : (
        <form
          className="comment-reply"
          onSubmit={(event) => {
            event.preventDefault();
            send();
          }}
        >
          <MentionTextarea
            maxLength={limits.commentChars}
            data-testid="comment-reply-input"
            aria-label={t('comments.reply.label')}
            placeholder={t('comments.reply.placeholder')}
            value={answer}
            people={people}
            aria-invalid={error ? 'true' : undefined}
            onValueChange={(next) => {
              setAnswer(next);
              clear(); // the reason shown was about what was there before
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                send();
              }
            }}
          />
          <div className="comment-actions">
            <button type="submit" className="button-primary button-small" data-testid="comment-reply-submit">
              {t('comments.reply.submit')}
            </button>
            <button
              type="button"
              className="button-quiet button-small"
              data-testid="comment-resolve"
              onClick={() => run(() => resolveThread(doc, thread.id, actor))}
            >
              {t('comments.resolve')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="comment-error" role="alert" data-testid="comment-error">
          {error}
        </p>
      )}
    </article>
  );
}
