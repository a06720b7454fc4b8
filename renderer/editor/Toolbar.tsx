// The editor toolbar. Buttons keep the editor focused (mousedown is swallowed) and are
// disabled where the command cannot apply, e.g. bold in the headline.
import type { ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import { useSettledEditorState } from './useSettledEditorState';
import { useTranslation } from 'react-i18next';
import { nodeNames } from '../../electron/contract/article/articleNames';
import { Icon, type IconName } from '../ui/Icon';

interface ToolbarProps {
  editor: Editor;
  onLink: () => void;
  onImage: () => void;
  /** Review controls (comment, suggest mode), in their own group at the end. */
  review?: ReactNode;
}

interface ButtonSpec {
  name: string;
  icon?: IconName;
  text?: string;
  active?: boolean;
  enabled: boolean;
  run: () => void;
  shortcut?: string;
}

export function Toolbar({ editor, onLink, onImage, review }: ToolbarProps) {
  const { t } = useTranslation();
  // A dozen command dry runs: worked out when typing pauses, or at once when the caret moves.
  const state = useSettledEditorState({
    editor,
    selector: ({ editor: e }) => {
      // The byline is a plain last line: the schema would let it become a heading, the desk would not.
      const inByline = e.state.selection.$from.parent.type.name === nodeNames.byline;
      return {
        canUndo: e.can().undo(),
        canRedo: e.can().redo(),
        bold: e.isActive('bold'),
        canBold: e.can().toggleBold(),
        italic: e.isActive('italic'),
        canItalic: e.can().toggleItalic(),
        h2: e.isActive('heading', { level: 2 }),
        canH2: !inByline && e.can().toggleHeading({ level: 2 }),
        h3: e.isActive('heading', { level: 3 }),
        canH3: !inByline && e.can().toggleHeading({ level: 3 }),
        quote: e.isActive('blockquote'),
        canQuote: !inByline && e.can().toggleBlockquote(),
        bulletList: e.isActive('bulletList'),
        canBulletList: !inByline && e.can().toggleBulletList(),
        orderedList: e.isActive('orderedList'),
        canOrderedList: !inByline && e.can().toggleOrderedList(),
        link: e.isActive('link'),
        canLink: e.isActive('link') || e.can().setLink({ href: 'https://example.org' }),
      };
    },
  });

  const chain = () => editor.chain().focus();
  const groups: ButtonSpec[][] = [
    [
      { name: 'undo', icon: 'undo', enabled: state.canUndo, run: () => chain().undo().run(), shortcut: 'Ctrl+Z' },
      { name: 'redo', icon: 'redo', enabled: state.canRedo, run: () => chain().redo().run(), shortcut: 'Ctrl+Shift+Z' },
    ],
    [
      { name: 'bold', icon: 'bold', active: state.bold, enabled: state.canBold, run: () => chain().toggleBold().run(), shortcut: 'Ctrl+B' },
      { name: 'italic', icon: 'italic', active: state.italic, enabled: state.canItalic, run: () => chain().toggleItalic().run(), shortcut: 'Ctrl+I' },
      { name: 'link', icon: 'link', active: state.link, enabled: state.canLink, run: onLink, shortcut: 'Ctrl+K' },
    ],
    [
      { name: 'h2', text: 'H2', active: state.h2, enabled: state.canH2, run: () => chain().toggleHeading({ level: 2 }).run() },
      { name: 'h3', text: 'H3', active: state.h3, enabled: state.canH3, run: () => chain().toggleHeading({ level: 3 }).run() },
      { name: 'quote', icon: 'quote', active: state.quote, enabled: state.canQuote, run: () => chain().toggleBlockquote().run() },
      { name: 'bullet-list', icon: 'bulletList', active: state.bulletList, enabled: state.canBulletList, run: () => chain().toggleBulletList().run() },
      { name: 'ordered-list', icon: 'orderedList', active: state.orderedList, enabled: state.canOrderedList, run: () => chain().toggleOrderedList().run() },
    ],
    [
      { name: 'image', icon: 'image', enabled: true, run: onImage },
      { name: 'byline', icon: 'byline', enabled: true, run: () => chain().focusByline().run() },
    ],
  ];

  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar.label')}>
      {groups.map((group, index) => (
        <div className="toolbar-group" key={index}>
          {group.map((button) => {
            const label = t(`editor.toolbar.${button.name}`);
            return (
              <button
                key={button.name}
                type="button"
                className={`toolbar-button${button.active ? ' is-active' : ''}${button.text ? ' is-text' : ''}`}
                data-testid={`toolbar-${button.name}`}
                aria-label={label}
                aria-pressed={button.active === undefined ? undefined : button.active}
                title={button.shortcut ? `${label} (${button.shortcut})` : label}
                disabled={!button.enabled}
                onMouseDown={(event) => event.preventDefault()}
                onClick={button.run}
              >
                {button.icon ? <Icon name={button.icon} /> : button.text}
                {(button.name === 'image' || button.name === 'byline') && (
                  <span className="toolbar-caption">{t(`editor.toolbar.${button.name}Short`)}</span>
                )}
              </button>
            );
          })}
        </div>
      ))}
      {review && <div className="toolbar-group toolbar-review">{review}</div>}
    </div>
  );
}
