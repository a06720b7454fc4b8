// "Chú thích ảnh": every figure in order, with its caption (the same text as under the
// image in the editor), photo credit and alt text, and what is wrong with each.
import type { Editor } from '@tiptap/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { figuresWithWarnings, type FigureWithWarnings } from './captionWarnings';
import { useSettledEditorState } from '../editor/useSettledEditorState';
import { CaptionItem, type ShownFigure } from './CaptionItem';

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

  if (figures.length === 0) {
    return <p className="panel-empty" data-testid="captions-empty">{t('furniture.captions.empty')}</p>;
  }

  return (
    <ol className="caption-list" data-testid="captions-panel">
      {figures.map((figure, index) => (
        <CaptionItem key={index} editor={editor} articleId={articleId} mediaUrl={mediaUrl} index={index} figure={figure} t={t} />
      ))}
    </ol>
  );
});
