// App-wide notices: any failed call is reported here and shown once, in plain words, in a
// banner at the top (data-testid="error-banner"). Short confirmations appear as a toast.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../i18n/describeError';
import { Icon } from './Icon';

interface NoticeApi {
  reportError: (error: unknown) => void;
  clearError: () => void;
  confirm: (message: string) => void;
}

const NoticeContext = createContext<NoticeApi>({
  reportError: () => undefined,
  clearError: () => undefined,
  confirm: () => undefined,
});

export function useNotices(): NoticeApi {
  return useContext(NoticeContext);
}

export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [toast, setToast] = useState<{ message: string; id: number } | null>(null);

  const reportError = useCallback((e: unknown) => setError(() => e), []);
  const clearError = useCallback(() => setError(null), []);
  const confirm = useCallback((message: string) => {
    const id = Date.now();
    setToast({ message, id });
    setTimeout(() => setToast((current) => (current?.id === id ? null : current)), 3500);
  }, []);
  const api = useMemo(() => ({ reportError, clearError, confirm }), [reportError, clearError, confirm]);

  return (
    <NoticeContext.Provider value={api}>
      {error !== null && (
        <div className="banner banner-error" role="alert" data-testid="error-banner">
          <Icon name="warning" />
          <p>{describeError(t, error)}</p>
          <button type="button" className="button-quiet" onClick={clearError}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      {children}
      {toast && (
        <div className="toast" role="status" key={toast.id}>
          {toast.message}
        </div>
      )}
    </NoticeContext.Provider>
  );
}
