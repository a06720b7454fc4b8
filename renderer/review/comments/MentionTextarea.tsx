// A comment's text box that offers the newsroom's people when "@" is typed: arrow keys move
// through them, Enter or Tab picks one ("@Thu Hà " goes into the text), Escape closes the list.
// Every other key works as in a plain textarea (Ctrl+Enter still sends).
import { forwardRef, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { insertMention, matchPeople, mentionAt, type MentionQuery } from './mentionQuery';

interface MentionTextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  value: string;
  onValueChange: (text: string) => void;
  people: readonly string[];
}

export const MentionTextarea = forwardRef<HTMLTextAreaElement, MentionTextareaProps>(function MentionTextarea(
  { value, onValueChange, people, onKeyDown, ...rest },
  ref,
) {
  const { t } = useTranslation();
  const listId = useId();
  const [mention, setMention] = useState<(MentionQuery & { caret: number }) | null>(null);
  const [active, setActive] = useState(0);
  const own = useRef<HTMLTextAreaElement | null>(null);
  // Where the caret goes once the text with the picked name is on screen (before the next key).
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    if (caret === null || !own.current) return;
    pendingCaret.current = null;
    own.current.focus();
    own.current.setSelectionRange(caret, caret);
  }, [value]);
  const choices = mention ? matchPeople(people, mention.query) : [];
  const open = choices.length > 0;

  const look = (text: string, caret: number) => {
    const found = mentionAt(text, caret);
    setMention(found ? { ...found, caret } : null);
    setActive(0);
  };

  const pick = (name: string) => {
    if (!mention) return;
    const next = insertMention(value, mention, mention.caret, name);
    pendingCaret.current = next.caret;
    onValueChange(next.text);
    setMention(null);
  };

  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open && !(event.ctrlKey || event.metaKey)) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : choices.length - 1)) % choices.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        pick(choices[active]);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setMention(null);
        return;
      }
    }
    onKeyDown?.(event);
  };

  return (
    <div className="mention-box">
      <textarea
        {...rest}
        ref={(element) => {
          own.current = element;
          if (typeof ref === 'function') ref(element);
          else if (ref) ref.current = element;
        }}
        value={value}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onChange={(event) => {
          onValueChange(event.target.value);
          look(event.target.value, event.target.selectionStart);
        }}
        onKeyDown={keyDown}
        onBlur={() => setMention(null)}
      />
      {open && (
        <ul className="mention-list" id={listId} role="listbox" aria-label={t('desk.mentions.listLabel')} data-testid="mention-list">
          {choices.map((name, index) => (
            <li
              key={name}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'is-active' : undefined}
              data-testid="mention-option"
              // mousedown, not click: the textarea must not lose its caret first.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(name);
              }}
            >
              @{name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
