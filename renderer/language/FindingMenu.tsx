// The small menu a right-click on an underlined word opens: suggestions (click applies),
// add to the newsroom dictionary, ignore in this article.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useNotices } from '../ui/Notices';
import { addToDictionary, applySuggestion, ignoreFinding } from './findingActions';
import { languageDeskOf, useLanguageDesk } from './useLanguageDesk';

const MENU_WIDTH = 280;
const SPELLING_RULE = 'spelling';

export function FindingMenu({ editor, doc }: { editor: Editor; doc: Y.Doc }) {
  const { t } = useTranslation();
  const { reportError } = useNotices();
  const { menu } = useLanguageDesk(editor);
  const desk = languageDeskOf(editor);
  const ref = useRef<HTMLDivElement>(null);
  const close = () => desk?.update({ menu: null });

  useEffect(() => {
    if (!menu) return;
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const onDown = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) desk?.update({ menu: null });
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        desk?.update({ menu: null });
        editor.view.focus();
      }
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const items = Array.from(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
        const at = items.indexOf(document.activeElement as HTMLButtonElement);
        const next = (at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
        items[next]?.focus();
      }
    };
    document.addEventListener('mousedown', onDown, true);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('mousedown', onDown, true);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [menu, desk, editor]);

  // Near the bottom of the window the menu opens upwards, so every item stays reachable.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!menu || !element) return;
    const height = element.getBoundingClientRect().height;
    if (menu.top + 4 + height > window.innerHeight - 8) element.style.top = `${Math.max(8, menu.top - height - 24)}px`;
  }, [menu]);

  if (!menu) return null;
  const { finding } = menu;
  const left = Math.min(menu.left, window.innerWidth - MENU_WIDTH - 8);

  return (
    <div
      ref={ref}
      className="finding-menu"
      role="menu"
      aria-label={finding.message}
      data-testid="finding-menu"
      style={{ left, top: menu.top + 4 }}
    >
      <p className="finding-menu-message">{finding.message}</p>
      {finding.suggestions.length > 0 ? (
        finding.suggestions.slice(0, 5).map((suggestion) => (
          <button
            key={suggestion}
            type="button"
            role="menuitem"
            className="finding-menu-item finding-menu-suggestion"
            data-testid="finding-suggestion"
            onClick={() => {
              close();
              applySuggestion(editor, finding, suggestion);
            }}
          >
            {suggestion}
          </button>
        ))
      ) : (
        <p className="finding-menu-empty">{t('language.menu.noSuggestions')}</p>
      )}
      <hr className="finding-menu-sep" />
      {finding.rule === SPELLING_RULE && (
        <button
          type="button"
          role="menuitem"
          className="finding-menu-item"
          data-testid="finding-add-dictionary"
          onClick={() => {
            close();
            addToDictionary(finding.text).then(() => desk?.recheck(), reportError);
          }}
        >
          {t('language.menu.addToDictionary')}
        </button>
      )}
      <button
        type="button"
        role="menuitem"
        className="finding-menu-item"
        data-testid="finding-ignore"
        onClick={() => {
          close();
          ignoreFinding(editor, doc, finding);
          editor.view.focus();
        }}
      >
        {t('language.menu.ignore')}
      </button>
    </div>
  );
}
