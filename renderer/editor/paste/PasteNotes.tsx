// After a paste: what Soạn changed or left out, in plain words (the same words as after an
// import), until dismissed or the next paste.
import { useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import type { PasteNoteStore } from './pasteNotes';

const nothing = { subscribe: () => () => undefined, current: () => null, dismiss: () => undefined };

export function PasteNotes({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const store = (editor.storage.pasteCleaning?.pasteNotes as PasteNoteStore | undefined) ?? nothing;
  const note = useSyncExternalStore(store.subscribe, store.current);
  if (!note) return null;
  return (
    <div className="banner banner-warning paste-notes" role="status" aria-live="polite" data-testid="paste-notes">
      <Icon name="warning" />
      <div>
        <p className="banner-title">{t('paste.notesTitle', { count: note.notes.length })}</p>
        <ul>
          {note.notes.map((item, index) => (
            <li key={index} data-code={item.code}>
              {t(`import.warning.${item.code}`, { ...item.params, defaultValue: item.code })}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="button-quiet" data-testid="paste-notes-dismiss" onClick={store.dismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
