// Deleting never destroys: the article moves to the library's trash and can be restored.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../electron/contract/types';
import { Dialog } from '../ui/Dialog';

interface DeleteDialogProps {
  article: ArticleSummary;
  onCancel: () => void;
  onDelete: () => Promise<void>;
}

export function DeleteDialog({ article, onCancel, onDelete }: DeleteDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await onDelete();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={t('library.deleteTitle')}
      onClose={onCancel}
      onSubmit={submit}
      testId="delete-dialog"
      actions={
        <>
          <span className="spacer" />
          <button type="button" className="button-secondary" onClick={onCancel} autoFocus>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button-danger" data-testid="confirm-delete" disabled={busy}>
            {t('library.deleteConfirm')}
          </button>
        </>
      }
    >
      <p className="dialog-lead">“{article.headline || t('library.untitled')}”</p>
      <p>{t('library.deleteExplain')}</p>
    </Dialog>
  );
}
