// The app's screens: first run (no profile yet) → library ⇄ editor, with settings as a
// dialog over the library. Settings are read once at start and after every change.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../electron/contract/types';
import { ArticleEditor } from '../editor/ArticleEditor';
import { describeError } from '../i18n/describeError';
import { setLanguage } from '../i18n/i18n';
import { LibraryView } from '../library/LibraryView';
import { call, onPush } from '../platform/soanClient';
import { useNotices } from '../ui/Notices';
import { SyncMergeNotice } from '../sync/SyncMergeNotice';
import { mediaArrived } from '../sync/mediaArrivals';
import { FirstRunView } from './FirstRunView';
import { SettingsDialog } from './SettingsDialog';

type Screen =
  | { kind: 'starting' }
  | { kind: 'unavailable'; error: unknown }
  | { kind: 'first-run' }
  | { kind: 'library' }
  | { kind: 'editor'; articleId: string };

export function App() {
  const { t } = useTranslation();
  const { clearError } = useNotices();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [screen, setScreen] = useState<Screen>({ kind: 'starting' });
  const [settingsOpen, setSettingsOpen] = useState(false);
  // Bumped after settings change, so the library reloads (the folder may have moved).
  const [libraryKey, setLibraryKey] = useState(0);

  const start = useCallback(async () => {
    setScreen({ kind: 'starting' });
    try {
      const loaded = await call('settings:get', {});
      await setLanguage(loaded.language);
      setSettings(loaded);
      setScreen(loaded.profile ? { kind: 'library' } : { kind: 'first-run' });
    } catch (error) {
      setScreen({ kind: 'unavailable', error });
    }
  }, []);

  useEffect(() => {
    void start();
  }, [start]);

  // Images that came down from the sync server reach the figures waiting for them.
  useEffect(() => onPush((push) => push.kind === 'media:arrived' && mediaArrived(push.files)), []);

  const showFirstRun = useCallback(() => setScreen({ kind: 'first-run' }), []);

  const applySettings = async (saved: Settings) => {
    await setLanguage(saved.language);
    setSettings(saved);
    setLibraryKey((key) => key + 1);
  };

  switch (screen.kind) {
    case 'starting':
      return <div className="screen screen-center muted">{t('app.starting')}</div>;
    case 'unavailable':
      return (
        <div className="screen screen-center">
          <div className="notice-card" role="alert" data-testid="error-banner">
            <p>{t('app.unavailable')}</p>
            <p className="muted">{describeError(t, screen.error)}</p>
            <button type="button" className="button-primary" onClick={() => void start()}>
              {t('common.retry')}
            </button>
          </div>
        </div>
      );
    case 'first-run':
      return (
        <FirstRunView
          settings={settings as Settings}
          onDone={(saved) => {
            void applySettings(saved);
            setScreen({ kind: 'library' });
          }}
        />
      );
    case 'editor':
      return (
        <>
          <SyncMergeNotice />
          <ArticleEditor
            key={screen.articleId}
            articleId={screen.articleId}
            authorName={settings?.profile?.name ?? ''}
            authorRole={settings?.profile?.role ?? 'reporter'}
            onBack={() => setScreen({ kind: 'library' })}
          />
        </>
      );
    case 'library':
      return (
        <>
          <SyncMergeNotice key={`merges-${libraryKey}`} onOpenArticle={(articleId) => setScreen({ kind: 'editor', articleId })} />
          <LibraryView
            key={libraryKey}
            onOpen={(articleId) => {
              clearError();
              setScreen({ kind: 'editor', articleId });
            }}
            onOpenSettings={() => setSettingsOpen(true)}
            onSetupRequired={showFirstRun}
          />
          {settingsOpen && settings && (
            <SettingsDialog
              settings={settings}
              onClose={() => setSettingsOpen(false)}
              onSaved={(saved) => {
                setSettingsOpen(false);
                void applySettings(saved);
              }}
            />
          )}
        </>
      );
  }
}
