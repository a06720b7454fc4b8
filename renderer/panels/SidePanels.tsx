// The column beside the editor: the "Bài viết" facts and the furniture panels, one at a
// time behind tabs so each has room. The newsroom settings and library vocabulary are read
// here once for all of them.
import { useEffect, useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { BylinePanel } from './BylinePanel';
import { CaptionsPanel } from './CaptionsPanel';
import { FurniturePanel } from './FurniturePanel';
import { figuresWithWarnings } from './captionWarnings';
import { useSettledEditorState } from '../editor/useSettledEditorState';
import { addSourcePrefix, isBlankArticle } from './sourcePrefix';
import { TagsPanel } from './TagsPanel';
import { mergeLists, useNewsroom } from './useNewsroom';
import { HistoryPanel } from '../review/HistoryPanel';
import { WorkflowPanel } from '../review/WorkflowPanel';
import { reviewBadgeTitle, useReviewBadge } from '../review/comments/reviewBadge';
import { DeskPanel } from '../desk/DeskPanel';
import { AltHeadlinesSection } from './AltHeadlinesSection';

export const sidePanelTabs = ['article', 'captions', 'byline', 'tags', 'publish', 'desk', 'review', 'workflow', 'history'] as const;
export type SidePanelTab = (typeof sidePanelTabs)[number];

interface SidePanelsProps {
  editor: Editor;
  doc: Y.Doc;
  articleId: string;
  mediaUrl: (file: string) => string;
  /** The existing "Bài viết" panel. */
  articlePanel: ReactNode;
  /** The "Góp ý" panel: comments and suggestions. */
  reviewPanel: ReactNode;
  /** The tab shown, when the workspace decides it (a clicked comment opens "Góp ý"). */
  tab?: SidePanelTab;
  onTabChange?: (tab: SidePanelTab) => void;
}

export function SidePanels(props: SidePanelsProps) {
  const { editor, doc, articleId, mediaUrl, articlePanel, reviewPanel } = props;
  const { t } = useTranslation();
  const [ownTab, setOwnTab] = useState<SidePanelTab>('article');
  const tab = props.tab ?? ownTab;
  const setTab = (next: SidePanelTab) => {
    setOwnTab(next);
    props.onTabChange?.(next);
  };
  // Open comments and pending suggestions: the tab shows everything review still waits on.
  const review = useReviewBadge(editor, doc);
  const newsroom = useNewsroom();
  const prefix = newsroom.newsroom?.sourcePrefix ?? '';
  // How many things the Captions panel would flag, shown on its tab so they are not missed.
  const figureWarnings = useSettledEditorState({
    editor,
    selector: ({ editor: e }) => (e ? figuresWithWarnings(e.state.doc).reduce((n, f) => n + f.warnings.length, 0) : 0),
  });

  // A new article starts with the house prefix in its sapo, once the settings are known.
  useEffect(() => {
    if (prefix && !editor.isDestroyed && isBlankArticle(editor)) addSourcePrefix(editor, prefix, true);
  }, [editor, prefix]);

  return (
    <div className="side-panels">
      <div className="side-tabs" role="tablist" aria-label={t('panel.sideLabel')}>
        {sidePanelTabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`side-tab-${name}`}
            aria-selected={tab === name}
            aria-controls="side-tabpanel"
            className={`side-tab${tab === name ? ' is-current' : ''}`}
            data-testid={`panel-tab-${name}`}
            onClick={() => setTab(name)}
          >
            {t(`furniture.tabs.${name}`)}
            {name === 'captions' && figureWarnings > 0 && (
              <span className="side-tab-badge" data-testid="captions-warning-count" title={t('furniture.captions.warningCount', { count: figureWarnings })}>
                {figureWarnings}
              </span>
            )}
            {name === 'review' && review.total > 0 && (
              <span className="side-tab-badge" data-testid="review-open-count" title={reviewBadgeTitle(t, review)}>
                {review.total}
              </span>
            )}
          </button>
        ))}
      </div>
      <div className="side-tabpanel" role="tabpanel" id="side-tabpanel" aria-labelledby={`side-tab-${tab}`}>
        {tab === 'article' ? (
          articlePanel
        ) : (
          <section className="panel" data-testid={`panel-${tab}`}>
            <h2 className="panel-title">{t(`furniture.titles.${tab}`)}</h2>
            {tab === 'captions' && <CaptionsPanel editor={editor} articleId={articleId} mediaUrl={mediaUrl} />}
            {tab === 'byline' && (
              <BylinePanel
                editor={editor}
                doc={doc}
                names={mergeLists([newsroom.settings?.profile?.name ?? ''], newsroom.vocabulary.bylineNames)}
                roles={newsroom.vocabulary.bylineRoles}
              />
            )}
            {tab === 'tags' && <TagsPanel doc={doc} articleId={articleId} newsroom={newsroom} />}
            {tab === 'publish' && <FurniturePanel editor={editor} doc={doc} newsroom={newsroom.newsroom} />}
            {tab === 'publish' && <AltHeadlinesSection editor={editor} doc={doc} mediaUrl={mediaUrl} />}
            {tab === 'desk' && <DeskPanel editor={editor} doc={doc} articleId={articleId} newsroom={newsroom} />}
            {tab === 'review' && reviewPanel}
            {tab === 'workflow' && <WorkflowPanel doc={doc} articleId={articleId} role={newsroom.role} />}
            {tab === 'history' && <HistoryPanel doc={doc} articleId={articleId} />}
          </section>
        )}
      </div>
    </div>
  );
}
