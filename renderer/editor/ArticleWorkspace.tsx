// The editor screen for an open article: toolbar, the article in one readable column,
// the "Bài viết" panel beside it, and the status bar.
import { useCallback, useEffect, useRef, useState } from 'react';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Problem } from '../../electron/contract/errors';
import type { ArticleSummary } from '../../electron/contract/types';
import type { ReviewActor } from '../../electron/contract/review';
import type { PresencePeer } from '../../electron/contract/sync';
import { PresenceBar } from '../sync/PresenceBar';
import { SyncIndicator } from '../sync/SyncIndicator';
import { useSyncStatus } from '../sync/useSyncStatus';
import { mediaUrl } from '../platform/soanClient';
import { useNotices } from '../ui/Notices';
import { Icon } from '../ui/Icon';
import { ProblemsBanner } from '../ui/ProblemsBanner';
import { ChecksPanel } from '../language/ChecksPanel';
import { FindingMenu } from '../language/FindingMenu';
import { ReadingStats } from '../language/ReadingStats';
import { LengthFitStatus } from '../desk/LengthFitStatus';
import { ConvertNotice } from './paste/ConvertNotice';
import { PasteNotes } from './paste/PasteNotes';
import { SidePanels, type SidePanelTab } from '../panels/SidePanels';
import { ReviewPanel } from '../review/ReviewPanel';
import { anchorContextOf, anchorFromRange } from '../review/comments/commentAnchors';
import { COMMENT_SHORTCUT, commentFocus, setCurrentThread, setPendingComment } from '../review/comments/commentHighlights';
import type { NewThreadAnchor } from '../review/comments/commentStore';
import { SuggestModeToggle } from '../review/suggestions/SuggestModeToggle';
import { ExportDialog } from '../export/ExportDialog';
import { ImportNotes } from '../import/ImportNotes';
import { EditorPackageActions } from '../packages/EditorPackageActions';
import { articleExtensions } from './articleExtensions';
import { articleStats } from './articleStats';
import { ArticlePanel } from './ArticlePanel';
import { LinkDialog } from './LinkDialog';
import type { SaveStatusStore } from './saveStatus';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { useArticleMeta } from './useArticleMeta';
import { useImageImport } from './useImageImport';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { useSettledEditorState } from './useSettledEditorState';
import i18next from 'i18next';
import { HiddenFilePicker } from '../ui/HiddenFilePicker';

interface ArticleWorkspaceProps {
  doc: Y.Doc;
  summary: ArticleSummary;
  problems: Problem[];
  /** Read only by what shows it, so a save does not redraw the workspace. */
  saveStatus: SaveStatusStore;
  /** The local profile: author of comments and suggestions made here. */
  actor: ReviewActor;
  /** Everyone else on the article (sync server). */
  peers: PresencePeer[];
  onBack: () => void;
}

const ACCEPTED_IMAGES = 'image/png,image/jpeg,image/gif,image/webp';

export function ArticleWorkspace(props: ArticleWorkspaceProps) {
  const { doc, summary, problems, saveStatus, actor, peers, onBack } = props;
  const { t } = useTranslation();
  const syncStatus = useSyncStatus();
  const { reportError } = useNotices();
  const [linkOpen, setLinkOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [showProblems, setShowProblems] = useState(true);
  const [sideTab, setSideTab] = useState<SidePanelTab>('article');
  const [composing, setComposing] = useState<NewThreadAnchor | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const importImages = useImageImport(summary.id, reportError);
  // Extensions are built once per document; callbacks reach the current closures via refs.
  const onFilesRef = useRef<(files: File[]) => void>(() => undefined);
  const actorRef = useRef(actor);
  actorRef.current = actor;

  const editor = useEditor(
    {
      extensions: articleExtensions({
        doc,
        articleId: summary.id,
        mediaUrl: (file) => mediaUrl(summary.id, file),
        placeholder: (piece) => i18next.t(`editor.placeholder.${piece}`),
        onImageFiles: (files) => onFilesRef.current(files),
        actor: () => actorRef.current,
      }),
      injectCSS: false, // the CSP forbids inline <style>; editor.css carries those rules
      enableInputRules: ['heading', 'blockquote', 'bold', 'italic'], // "- " opens dialogue in Vietnamese, not a list
      editorProps: {
        attributes: {
          class: 'article-text',
          'aria-label': i18next.t('editor.ariaLabel'),
          spellcheck: 'true',
        },
        handleKeyDown: (_view, event) => {
          if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
            setLinkOpen(true);
            return true;
          }
          return false;
        },
      },
    },
    [doc],
  );

  onFilesRef.current = (files) => {
    if (editor) void importImages(editor, files);
  };

  // The text first: counts, side panels and the checks list are drawn in the task after the
  // article's first paint (reading a long article for them delayed the text on opening).
  const textPainted = useAfterFirstPaint();
  // Counts catch up when typing pauses: a new count each keystroke redrew the whole workspace.
  const stats = useSettledEditorState({ editor, selector: ({ editor: e }) => (e && textPainted ? articleStats(e.state.doc) : null) });
  const meta = useArticleMeta(doc);

  // Comments: the button needs selected text; a clicked highlight or Ctrl+Alt+M opens "Góp ý".
  const review = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      if (!e) return { canComment: false, openRequest: 0, composeRequest: 0 };
      const { from, to, empty } = e.state.selection;
      const canComment = !empty && e.state.doc.textBetween(from, to, ' ', ' ').trim().length > 0;
      return { canComment, ...commentFocus(e.state) };
    },
  });
  const startComment = useCallback(() => {
    if (!editor || editor.isDestroyed) return;
    const ctx = anchorContextOf(editor.state);
    const { from, to } = editor.state.selection;
    if (!ctx || from === to) return;
    try {
      setComposing(anchorFromRange(editor.state.doc, from, to, ctx));
    } catch {
      return; // nothing but spaces selected: the button is disabled for this too
    }
    setPendingComment(editor, { from, to });
    setSideTab('review');
  }, [editor]);
  const finishComment = useCallback(
    (threadId: string | null) => {
      setComposing(null);
      if (!editor) return;
      setPendingComment(editor, null);
      if (threadId) setCurrentThread(editor, threadId);
    },
    [editor],
  );
  const openRequest = review?.openRequest ?? 0;
  const composeRequest = review?.composeRequest ?? 0;
  useEffect(() => {
    if (openRequest > 0) setSideTab('review');
  }, [openRequest]);
  useEffect(() => {
    if (composeRequest > 0) startComment();
  }, [composeRequest, startComment]);

  // A new article opens with the cursor in the headline.
  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.state.doc.firstChild?.content.size === 0) {
      editor.commands.focus('start');
    }
  }, [editor]);

  // The window title names the article, as the desk sees it in the task bar.
  const headline = stats?.headline ?? '';
  useEffect(() => {
    document.title = headline ? `${headline} — Soạn` : 'Soạn';
    return () => {
      document.title = 'Soạn';
    };
  }, [headline]);

  const pickImage = useCallback(() => fileInput.current?.click(), []);
  // One function for the article's photos, so the memoised panels are not redrawn by every save.
  const articleMediaUrl = useCallback((file: string) => mediaUrl(summary.id, file), [summary.id]);

  return (
    <div className="screen editor-screen">
      <header className="appbar">
        <button type="button" className="button-quiet appbar-back" data-testid="back-to-library" onClick={onBack}>
          <Icon name="back" />
          {t('editor.backToLibrary')}
        </button>
        <div className="appbar-title" title={stats?.headline || undefined}>
          {stats?.headline || <span className="muted">{t('library.untitled')}</span>}
        </div>
        <EditorPackageActions articleId={summary.id} doc={doc} saveStatus={saveStatus} />
        <PresenceBar peers={peers} />
        <button type="button" className="button-primary appbar-publish" data-testid="export-open" onClick={() => setExportOpen(true)}>
          <Icon name="publish" />
          {t('export.open')}
        </button>
      </header>
      {editor && (
        <Toolbar
          editor={editor}
          onLink={() => setLinkOpen(true)}
          onImage={pickImage}
          review={
            <>
              <button
                type="button"
                className="toolbar-button is-text comment-add"
                data-testid="comment-add"
                title={`${t(review?.canComment ? 'comments.addTitle' : 'comments.addNeedsSelection')} (${COMMENT_SHORTCUT})`}
                disabled={!review?.canComment}
                onMouseDown={(event) => event.preventDefault()}
                onClick={startComment}
              >
                {t('comments.add')}
              </button>
              <SuggestModeToggle editor={editor} />
            </>
          }
        />
      )}
      {showProblems && problems.length > 0 && (
        <ProblemsBanner problems={problems} onDismiss={() => setShowProblems(false)} />
      )}
      <ImportNotes articleId={summary.id} />
      {editor && <PasteNotes editor={editor} />}
      <div className="editor-scroll">
        <div className="editor-layout">
          <div className="page" data-testid="editor" lang={meta.language}>
            <EditorContent editor={editor} />
          </div>
          <aside className="side" aria-label={t('panel.sideLabel')}>
            {editor && stats && (
              <SidePanels
                editor={editor}
                doc={doc}
                articleId={summary.id}
                mediaUrl={articleMediaUrl}
                tab={sideTab}
                onTabChange={setSideTab}
                reviewPanel={<ReviewPanel editor={editor} doc={doc} actor={actor} composing={composing} onComposeDone={finishComment} />}
                articlePanel={
                  <ArticlePanel
                    stats={stats}
                    meta={meta}
                    createdAt={summary.createdAt}
                    saveStatus={saveStatus}
                    updatedAt={summary.updatedAt}
                  />
                }
              />
            )}
            {editor && textPainted && <ChecksPanel editor={editor} />}
          </aside>
        </div>
      </div>
      {stats && (
        <StatusBar
          stats={stats}
          saveStatus={saveStatus}
          readingStats={
            editor && (
              <>
                <ReadingStats editor={editor} articleWords={stats.words} />
                <LengthFitStatus doc={doc} counts={stats} />
              </>
            )
          }
          sync={<SyncIndicator status={syncStatus} articleId={summary.id} />}
        />
      )}
      <HiddenFilePicker
        ref={fileInput}
        accept={ACCEPTED_IMAGES}
        multiple
        testId="image-file-input"
        onFiles={(files) => editor && void importImages(editor, files)}
      />
      {linkOpen && editor && <LinkDialog editor={editor} onClose={() => setLinkOpen(false)} />}
      {editor && <FindingMenu editor={editor} doc={doc} />}
      {editor && <ConvertNotice editor={editor} />}
      {exportOpen && <ExportDialog articleId={summary.id} saveStatus={saveStatus} onClose={() => setExportOpen(false)} />}
    </div>
  );
}
