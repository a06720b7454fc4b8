// Rename an article (its headline) from the library, without opening it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toNfc } from '../../electron/contract/text/normalize';
import type { ArticleSummary } from '../../electron/contract/types';
import { Dialog } from '../ui/Dialog';

// Mirrors limits.headlineChars in contract/ipc/schemas.ts (not imported: it would bundle zod).
const HEADLINE_MAX_CHARS = 1000;

interface RenameDialogProps {
  article: ArticleSummary;
  onCancel: () => void;
  onRename: (headline: string) => Promise<void>;
}

export function RenameDialog({ article, onCancel, onRename }: RenameDialogProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(article.headline);
  const [busy, setBusy] = useState(false);
  const headline = toNfc(value).replace(/\s+/gu, ' ').trim();

  const submit = async () => {
    if (!headline || busy) return;
    setBusy(true);
    try {
      await onRename(headline);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('library.renameTitle')}
      onClose={onCancel}
      onSubmit={submit}
      testId="rename-dialog"
      wide
      actions={
        <>
          <span className="spacer" />
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button-primary" data-testid="rename-confirm" disabled={!headline || busy}>
            {t('library.renameConfirm')}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">{t('library.renameLabel')}</span>
        <input
          type="text"
          data-testid="rename-input"
          value={value}
          maxLength={HEADLINE_MAX_CHARS}
          autoFocus
          onFocus={(event) => event.target.select()}
          onChange={(event) => setValue(event.target.value)}
        />
      </label>
    </Dialog>
  );
}
