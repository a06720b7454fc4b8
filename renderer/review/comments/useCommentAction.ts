// Runs a comment change and keeps the reason it was refused, in plain words, for the UI.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../electron/contract/ipc/limits';
import { describeError } from '../../i18n/describeError';
import { CommentError } from './commentStore';

export function useCommentAction() {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  /** Runs `change`; true if it was made, false (with `error` set) if refused. */
  const run = useCallback(
    (change: () => void): boolean => {
      try {
        change();
        setError(null);
        return true;
      } catch (caught) {
        const max = new Intl.NumberFormat(i18n.language).format(limits.commentChars);
        setError(caught instanceof CommentError ? t(`comments.error.${caught.code}`, { max }) : describeError(t, caught));
        return false;
      }
    },
    [t, i18n],
  );
  const clear = useCallback(() => setError(null), []);
  return { run, error, clear };
}
