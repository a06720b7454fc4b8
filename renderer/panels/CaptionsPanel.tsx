// "Chú thích ảnh": every figure in order, with its caption (the same text as under the
// image in the editor), photo credit and alt text, and what is wrong with each.
import type { Editor } from '@tiptap/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { toNfc } from '../../electron/contract/text/normalize';
import { revealFigure, setFigureAttr, setFigureCaption } from './articleFigures';
import { figuresWithWarnings } from './captionWarnings';
import { useSettledEditorState } from '../editor/useSettledEditorState';
import { FigureImagePicker } from './FigureImagePicker';
import { FocalPointPicker } from './FocalPointPicker';

interface CaptionsPanelProps {
  editor: Editor;
  articleId: string;
  mediaUrl: (file: string) => string;
}

// Memoised: the workspace draws again on every save (its state), forty figures need not.
export const CaptionsPanel = memo(function CaptionsPanel({ editor, articleId, mediaUrl }: CaptionsPanelProps) {
  const { t } = useTranslation();
  // Positions move with every keystroke before a figure: the list catches up when typing pauses
  // (a panel's own edits, and the editor losing focus, bring it up to date at once).
  const figures = useSettledEditorState({
    editor,
    selector: ({ editor: e }) => (e ? figuresWithWarnings(e.state.doc) : []),
  });

  if (figures.length === 0) {
    return <p className="panel-empty" data-testid="captions-empty">{t('furniture.captions.empty')}</p>;
  }

  return (
    <ol className="caption-list" data-testid="captions-panel">
      {figures.map((figure, index) => (
        <li key={index} className="caption-item" data-testid="caption-item" data-figure={index + 1}>
          <button
            type="button"
            className="caption-thumb"
            data-testid="caption-reveal"
            title={t('furniture.captions.reveal')}
            onClick={() => revealFigure(editor, figure.pos)}
          >
            {figure.src ? (
              <img src={mediaUrl(figure.src)} alt="" loading="lazy" />
            ) : (
              <span className="caption-thumb-missing">{t('furniture.captions.noImage')}</span>
            )}
            <span className="caption-number">{t('furniture.captions.number', { n: index + 1 })}</span>
          </button>
          {!figure.src && <FigureImagePicker editor={editor} articleId={articleId} pos={figure.pos} />}
          <label className="panel-field">
            <span className="panel-label">{t('furniture.captions.caption')}</span>
            <textarea
              rows={3}
              data-testid="caption-text"
              value={figure.caption}
              placeholder={t('furniture.captions.captionPlaceholder')}
              onChange={(event) => setFigureCaption(editor, figure.pos, toNfc(event.target.value.replace(/\n/g, ' ')))}
            />
          </label>
          <label className="panel-field">
            <span className="panel-label">{t('furniture.captions.credit')}</span>
            <input
              type="text"
              data-testid="caption-credit"
              value={figure.credit}
              placeholder={t('furniture.captions.creditPlaceholder')}
              onChange={(event) => setFigureAttr(editor, figure.pos, 'credit', toNfc(event.target.value))}
            />
          </label>
          <label className="panel-field">
            <span className="panel-label">{t('furniture.captions.alt')}</span>
            <input
              type="text"
              data-testid="caption-alt"
              value={figure.alt}
              placeholder={t('furniture.captions.altPlaceholder')}
              onChange={(event) => setFigureAttr(editor, figure.pos, 'alt', toNfc(event.target.value))}
            />
          </label>
          {figure.src && <FocalPointPicker editor={editor} pos={figure.pos} src={figure.src} mediaUrl={mediaUrl} />}
          {figure.warnings.length > 0 && (
            <ul className="panel-warnings" data-testid="caption-warnings">
              {figure.warnings.map((warning) => (
                <li key={warning.code} data-code={warning.code}>
                  {t(`furniture.captions.warning.${warning.code}`, { n: warning.paragraph })}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
});
