// Entry point: translations first (no screen may flash untranslated), then the app.
import './platform/zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';
import { NoticeProvider } from './ui/Notices';
import { prefetchListing } from './library/listingPrefetch';
import './styles/fonts.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/library.css';
import './styles/prosemirror.css';
import './styles/article.css';
import './styles/editor.css';
import './styles/panels.css';
import './styles/captionsPanel.css';
import './styles/bylineTagsPanels.css';
import './styles/exportDialog.css';
import './styles/libraryImport.css';
import './styles/language.css';
import './styles/review.css';
import './styles/comments.css';
import './styles/suggestions.css';
import './styles/packages.css';
import './styles/desk.css';
import './styles/syncMerge.css';

prefetchListing();
void initI18n().then(() => {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <NoticeProvider>
        <App />
      </NoticeProvider>
    </StrictMode>,
  );
});
