// One figure in the Captions panel: thumbnail, caption, credit, alt text, focal point and what
// is wrong with it. Drawn again only when what it shows changes; typing before the figure
// moves it, so its actions look its place up when they run (articleFigures.figurePosition).
import type { Editor } from '@tiptap/core';
import type { TFunction } from 'i18next';
import { memo } from 'react';
import { toNfc } from '../../electron/contract/text/normalize';
import { samePlainData } from '../editor/samePlainData';
import { figurePosition, revealFigure, setFigureAttr, setFigureCaption } from './articleFigures';
import type { FigureWithWarnings } from './captionWarnings';
import { FigureImagePicker } from './FigureImagePicker';
import { FocalPointPicker } from './FocalPointPicker';

export type ShownFigure = Omit<FigureWithWarnings, 'pos'>;

/** The figure's one-line texts beside its caption, each a field of its own. */
const FIGURE_TEXT_ATTRS = ['credit', 'alt'] as const;

interface CaptionItemProps {
  editor: Editor;
  articleId: string;
  mediaUrl: (file: string) => string;
  /** Which figure of the article, 0 first. */
  index: number;
  figure: ShownFigure;
  /** The panel's translator; a new one when the language changes. */
  t: TFunction;
}

function CaptionItemView({ editor, articleId, mediaUrl, index, figure, t }: CaptionItemProps) {
  const atFigure = (act: (pos: number) => void) => {
    const pos = figurePosition(editor, index);
    if (pos !== null) act(pos);
  };
  return (
    <li className="caption-item" data-testid="caption-item" data-figure={index + 1}>
      <button
        type="button"
        className="caption-thumb"
        data-testid="caption-reveal"
        title={t('furniture.captions.reveal')}
        onClick={() => atFigure((pos) => revealFigure(editor, pos))}
      >
        {figure.src ? (
          <img src={mediaUrl(figure.src)} alt="" loading="lazy" />
        ) : (
          <span className="caption-thumb-missing">{t('furniture.captions.noImage')}</span>
        )}
        <span className="caption-number">{t('furniture.captions.number', { n: index + 1 })}</span>
      </button>
      {!figure.src && <FigureImagePicker editor={editor} articleId={articleId} index={index} />}
      <label className="panel-field">
        <span className="panel-label">{t('furniture.captions.caption')}</span>
        <textarea
          rows={3}
          data-testid="caption-text"
          value={figure.caption}
          placeholder={t('furniture.captions.captionPlaceholder')}
          onChange={(event) => {
            const text = toNfc(event.target.value.replace(/\n/g, ' '));
            atFigure((pos) => setFigureCaption(editor, pos, text));
          }}
        />
      </label>
      {FIGURE_TEXT_ATTRS.map((attr) => (
        <label className="panel-field" key={attr}>
          <span className="panel-label">{t(`furniture.captions.${attr}`)}</span>
          <input
            type="text"
            data-testid={`caption-${attr}`}
            value={figure[attr]}
            placeholder={t(`furniture.captions.${attr}Placeholder`)}
            onChange={(event) => {
              const value = toNfc(event.target.value);
              atFigure((pos) => setFigureAttr(editor, pos, attr, value));
            }}
          />
        </label>
      ))}
      {figure.src && <FocalPointPicker editor={editor} index={index} src={figure.src} mediaUrl={mediaUrl} />}
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
  );
}

export const CaptionItem = memo(
  CaptionItemView,
  (a, b) =>
    a.editor === b.editor &&
    a.articleId === b.articleId &&
    a.mediaUrl === b.mediaUrl &&
    a.index === b.index &&
    a.t === b.t &&
    samePlainData(a.figure, b.figure),
);
