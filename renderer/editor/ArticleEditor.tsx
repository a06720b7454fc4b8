// Opens one article for editing and hands it to the workspace; on the way back to the
// library every unsaved change is flushed first, and the user stays if that fails.
import { useState } from 'react';
import type { Role } from '../../electron/contract/types';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../ui/Notices';
import { describeError } from '../i18n/describeError';
import { ArticleWorkspace } from './ArticleWorkspace';
import { useArticleSession } from './useArticleSession';

interface ArticleEditorProps {
  articleId: string;
  authorName: string;
  authorRole: Role;
  onBack: () => void;
}

export function ArticleEditor({ articleId, authorName, authorRole, onBack }: ArticleEditorProps) {
  const { t } = useTranslation();
  const { reportError, clearError } = useNotices();
  const session = useArticleSession(articleId, authorName);
  const [leaving, setLeaving] = useState(false);

  if (session.phase === 'loading') {
    return <div className="screen screen-center muted">{t('editor.opening')}</div>;
  }
  if (session.phase === 'failed') {
    return (
      <div className="screen screen-center">
        <div className="notice-card" role="alert" data-testid="error-banner">
          <p>{t('editor.openFailed')}</p>
          <p className="muted">{describeError(t, session.error)}</p>
          <button type="button" className="button-primary" data-testid="back-to-library" onClick={onBack}>
            {t('editor.backToLibrary')}
          </button>
        </div>
      </div>
    );
  }

  const back = async () => {
    if (leaving) return;
    setLeaving(true);
    try {
      await session.leave();
      clearError();
      onBack();
      return;
    } catch (error) {
      reportError(error);
    }
    setLeaving(false);
  };

  return (
    <ArticleWorkspace
      doc={session.doc}
      summary={session.summary}
      problems={session.problems}
      saveStatus={session.saveStatus}
      actor={{ name: authorName, role: authorRole }}
      peers={session.peers}
      onBack={back}
    />
  );
}
