// The suggestions part of the Review panel: one card per pending suggestion (who, when,
// what, where) with Accept / Reject, and above them accept/reject everything from one
// author or from everyone. A card and the suggested text point at each other: clicking a
// card selects the text; putting the cursor in suggested text makes its card current.
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { ReviewActor } from '../../../electron/contract/review';
import { formatAbsolute, formatRelative } from '../../i18n/formatTime';
import { authorColour } from './authorColour';
import { pendingSuggestions, suggestionAtSelection, suggestionAuthors, type PendingSuggestion } from './pendingSuggestions';

/** Accept/reject leave the focus where the writer was, so Ctrl+Z right after takes it back. */
const keepEditorFocus = (event: MouseEvent) => event.preventDefault();

interface SuggestionsSectionProps {
  editor: Editor;
  /** The local profile: its own suggestions are labelled as such. */
  actor: ReviewActor;
}

export function SuggestionsSection({ editor, actor }: SuggestionsSectionProps) {
  const { t } = useTranslation();
  const { list, current } = useEditorState({
    editor,
    selector: ({ editor: e }) => ({ list: pendingSuggestions(e.state.doc), current: suggestionAtSelection(e.state) }),
    equalityFn: (a, b) => !!b && a.current === b.current && JSON.stringify(a.list) === JSON.stringify(b.list),
  });
  const listRef = useRef<HTMLOListElement>(null);
  // "5 phút trước" keeps telling the truth while the panel stays open.
  const [, setMinute] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setMinute((n) => n + 1), 60_000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    if (!current) return;
    const card = listRef.current?.querySelector(`[data-suggestion-id="${CSS.escape(current)}"]`);
    card?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const authors = suggestionAuthors(list);
  const nameOf = (author: string | null) =>
    !author ? t('suggestions.unknownAuthor') : author === actor.name ? t('suggestions.you', { name: author }) : author;

  return (
    <section className="suggestions-section" data-testid="suggestions-section" aria-label={t('suggestions.title')}>
      <h3 className="suggestions-title">{t('suggestions.title')}</h3>
      {list.length === 0 ? (
        <p className="suggestions-empty" data-testid="suggestions-empty">
          {t('suggestions.empty')}
        </p>
      ) : (
        <>
          <div className="suggestions-bulk">
            <div className="suggestions-bulk-row">
              <button
                type="button"
                className="button-secondary suggestions-accept"
                data-testid="suggestions-accept-all"
                onMouseDown={keepEditorFocus}
                onClick={() => editor.commands.acceptAllSuggestions()}
              >
                {t('suggestions.acceptAll')}
              </button>
              <button
                type="button"
                className="button-secondary suggestions-reject"
                data-testid="suggestions-reject-all"
                onMouseDown={keepEditorFocus}
                onClick={() => editor.commands.rejectAllSuggestions()}
              >
                {t('suggestions.rejectAll')}
              </button>
            </div>
            {authors.map((author) => (
              <div className="suggestions-bulk-row is-author" key={author} data-author-colour={authorColour(author)}>
                <button
                  type="button"
                  className="button-secondary suggestions-accept"
                  data-testid="suggestions-accept-author"
                  data-author={author}
                  onMouseDown={keepEditorFocus}
                  onClick={() => editor.commands.acceptSuggestionsBy(author)}
                >
                  <span className="suggestion-dot" aria-hidden="true" />
                  {t('suggestions.acceptAuthor', { name: nameOf(author) })}
                </button>
                <button
                  type="button"
                  className="button-secondary suggestions-reject"
                  data-testid="suggestions-reject-author"
                  data-author={author}
                  onMouseDown={keepEditorFocus}
                  onClick={() => editor.commands.rejectSuggestionsBy(author)}
                >
                  <span className="suggestion-dot" aria-hidden="true" />
                  {t('suggestions.rejectAuthor', { name: nameOf(author) })}
                </button>
              </div>
            ))}
          </div>
          <ol className="suggestion-cards" ref={listRef}>
            {list.map((s) => (
              <SuggestionCard
                key={s.id}
                suggestion={s}
                current={s.id === current}
                authorName={nameOf(s.author)}
                onSelect={() => editor.chain().focus().selectSuggestion(s.id).run()}
                onAccept={() => editor.commands.acceptSuggestion(s.id)}
                onReject={() => editor.commands.rejectSuggestion(s.id)}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

interface CardProps {
  suggestion: PendingSuggestion;
  current: boolean;
  authorName: string;
  onSelect: () => void;
  onAccept: () => void;
  onReject: () => void;
}

function SuggestionCard({ suggestion: s, current, authorName, onSelect, onAccept, onReject }: CardProps) {
  const { t } = useTranslation();
  return (
    <li
      className={`suggestion-card${current ? ' is-current' : ''}`}
      data-testid="suggestion-card"
      data-suggestion-id={s.id}
      data-author={s.author ?? ''}
      data-kind={s.kind}
      data-author-colour={authorColour(s.author)}
      aria-current={current ? 'true' : undefined}
    >
      <button type="button" className="suggestion-card-body" onClick={onSelect} title={t('suggestions.showInText')}>
        <span className="suggestion-card-head">
          <span className="suggestion-dot" data-author-colour={authorColour(s.author)} aria-hidden="true" />
          <strong className="suggestion-author">{authorName}</strong>
          {s.role && <span className="suggestion-role">{t(`roles.${s.role}`)}</span>}
          {s.at && (
            <time className="suggestion-time" dateTime={s.at} title={formatAbsolute(s.at)}>
              {formatRelative(s.at)}
            </time>
          )}
        </span>
        <span className="suggestion-card-what">
          <span className="suggestion-kind">
            {/* Bold or italic in suggest mode: the same words, struck and re-inserted formatted. */}
            {t(s.kind === 'replace' && s.deleted === s.inserted ? 'suggestions.kind.format' : `suggestions.kind.${s.kind}`)}
          </span>
          <span className="suggestion-piece">{t(`suggestions.piece.${s.piece}`)}</span>
        </span>
        <span className="suggestion-card-text">
          {s.deleted && (
            <del className="suggestion-text-deleted" data-author-colour={authorColour(s.author)}>
              {s.deleted}
            </del>
          )}
          {s.deleted && s.inserted && <span className="suggestion-arrow" aria-hidden="true"> → </span>}
          {s.inserted && (
            <ins className="suggestion-text-inserted" data-author-colour={authorColour(s.author)}>
              {s.inserted}
            </ins>
          )}
          {!s.deleted && !s.inserted && <em className="suggestion-text-break">{t('suggestions.paragraphBreak')}</em>}
        </span>
      </button>
      <span className="suggestion-card-actions">
        <button type="button" className="button-secondary suggestion-accept" data-testid="suggestion-accept" onMouseDown={keepEditorFocus} onClick={onAccept}>
          {t('suggestions.accept')}
        </button>
        <button type="button" className="button-secondary suggestion-reject" data-testid="suggestion-reject" onMouseDown={keepEditorFocus} onClick={onReject}>
          {t('suggestions.reject')}
        </button>
      </span>
    </li>
  );
}
