// After an import: what Soạn changed or left out, in plain words, until dismissed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import { dropImportNotes, importNotesFor } from './importNotes';

export function ImportNotes({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState(() => importNotesFor(articleId));
  if (notes.length === 0) return null;
  const dismiss = () => {
    dropImportNotes(articleId);
    setNotes([]);
  };
  return (
    <div className="banner banner-warning import-notes" role="status" data-testid="import-notes">
      <Icon name="warning" />
      <div>
        <p className="banner-title">{t('import.notesTitle', { count: notes.length })}</p>
        <ul>
          {notes.map((note, index) => (
            <li key={index} data-code={note.code}>
              {t(`import.warning.${note.code}`, { ...note.params, defaultValue: note.code })}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="button-quiet" data-testid="import-notes-dismiss" onClick={dismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
