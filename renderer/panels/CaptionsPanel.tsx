// "Chú thích ảnh": every figure in order, with its caption (the same text as under the
// image in the editor), photo credit and alt text, and what is wrong with each. An article
// with many figures draws the first few and more as the side column is scrolled towards them:
// each figure's fields cost ~15 KB of memory, and a column shows three or four at a time.
import type { Editor } from '@tiptap/core';
import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { figuresWithWarnings, type FigureWithWarnings } from './captionWarnings';
import { useSettledEditorState } from '../editor/useSettledEditorState';
import { CaptionItem, type ShownFigure } from './CaptionItem';
import { useRevealedCount } from '../language/useRevealedCount';

/** Figures drawn at first, and drawn more each time the list's end comes near. */
export const CAPTIONS_PER_STEP = 8;

interface CaptionsPanelProps {
  editor: Editor;
  articleId: string;
  mediaUrl: (file: string) => string;
}

const withoutPosition = ({ pos: _pos, ...shown }: FigureWithWarnings): ShownFigure => shown;

// Memoised: the workspace draws again on every save (its state), forty figures need not.
export const CaptionsPanel = memo(function CaptionsPanel({ editor, articleId, mediaUrl }: CaptionsPanelProps) {
  const { t } = useTranslation();
  // What each figure shows, without where it sits (typing moves that on every keystroke): the
  // list catches up when typing pauses, and draws again only a figure whose words changed.
  const figures = useSettledEditorState({
    editor,
    selector: ({ editor: e }) => (e ? figuresWithWarnings(e.state.doc).map(withoutPosition) : []),
  });
  const list = useRef<HTMLOListElement>(null);
  // The side column (ArticleWorkspace's <aside class="side">) is what scrolls, not the list.
  const scrollBox = useMemo(
    () => ({
      get current() {
        return list.current?.closest('.side') ?? null;
      },
    }),
    [],
  );
  const { count, moreRef } = useRevealedCount(scrollBox, CAPTIONS_PER_STEP);

  if (figures.length === 0) {
    return <p className="panel-empty" data-testid="captions-empty">{t('furniture.captions.empty')}</p>;
  }

  return (
    <>
      <ol ref={list} className="caption-list" data-testid="captions-panel">
        {figures.slice(0, count).map((figure, index) => (
          <CaptionItem key={index} editor={editor} articleId={articleId} mediaUrl={mediaUrl} index={index} figure={figure} t={t} />
        ))}
      </ol>
      {figures.length > count && <div ref={moreRef} className="captions-more" data-testid="captions-more" aria-hidden="true" />}
    </>
  );
});
