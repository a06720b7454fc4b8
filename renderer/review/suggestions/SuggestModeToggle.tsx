// The "Đề xuất" toolbar button: suggest mode on or off (Ctrl+Alt+S). While on, the button
// stays pressed (and the editor carries the class `is-suggesting`, set by suggestMode.ts);
// an edit suggest mode had to refuse is explained next to it.
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { isSuggestModeOn, suggestNotice } from './suggestMode';

export const SUGGEST_MODE_SHORTCUT = 'Ctrl+Alt+S';

export function SuggestModeToggle({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const { on, notice } = useEditorState({
    editor,
    selector: ({ editor: e }) => ({ on: isSuggestModeOn(e.state), notice: suggestNotice(e.state) }),
  });

  const label = t('suggestions.mode.label');
  return (
    <>
      <button
        type="button"
        className={`toolbar-button is-text suggest-mode-toggle${on ? ' is-active' : ''}`}
        data-testid="suggest-mode-toggle"
        aria-pressed={on}
        title={`${t(on ? 'suggestions.mode.turnOff' : 'suggestions.mode.turnOn')} (${SUGGEST_MODE_SHORTCUT})`}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => editor.chain().focus().toggleSuggestMode().run()}
      >
        {label}
      </button>
      {notice && (
        <span className="suggest-mode-notice" role="status" data-testid="suggest-mode-notice">
          {t(`suggestions.notice.${notice}`)}
        </span>
      )}
    </>
  );
}
