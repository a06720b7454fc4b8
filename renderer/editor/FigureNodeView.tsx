// How a figure looks while writing: the image (or a clear notice when its file is gone),
// the caption right under it, and a small field for the alt text.
import { useEffect, useState, type ChangeEvent } from 'react';
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { toNfc } from '../../electron/contract/text/normalize';
import { onMediaArrived } from '../sync/mediaArrivals';
import type { FigureOptions } from './figure';

export function FigureNodeView({ node, updateAttributes, extension, selected }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const { src, alt, credit, width, height } = node.attrs as {
    src: string | null;
    alt: string;
    credit: string;
    width: number | null;
    height: number | null;
  };
  const [missing, setMissing] = useState(!src);
  useEffect(() => setMissing(!src), [src]);
  // An image that came down from the sync server after the figure did: show it now.
  useEffect(() => onMediaArrived((files) => src !== null && files.includes(src) && setMissing(false)), [src]);

  const mediaUrl = (extension.options as FigureOptions).mediaUrl;
  const onAltChange = (event: ChangeEvent<HTMLInputElement>) => updateAttributes({ alt: toNfc(event.target.value) });

  return (
    <NodeViewWrapper as="figure" className={`figure soan-figure${selected ? ' is-selected' : ''}`} data-src={src ?? ''}>
      <div className="soan-figure-media" contentEditable={false} data-drag-handle="">
        {!src ? (
          // A placeholder (import, paste): the photo is still to be chosen.
          <div className="soan-figure-missing" role="img" aria-label={t('editor.figure.placeholder')} data-testid="figure-placeholder">
            <strong>{t('editor.figure.placeholder')}</strong>
            <span className="soan-figure-missing-hint">{t('editor.figure.placeholderHint')}</span>
          </div>
        ) : missing ? (
          <div className="soan-figure-missing" role="img" aria-label={t('editor.figure.missing')}>
            <strong>{t('editor.figure.missing')}</strong>
            <span className="soan-figure-missing-hint">{t('editor.figure.missingHint', { file: src })}</span>
          </div>
        ) : (
          <img
            src={mediaUrl(src as string)}
            alt={alt}
            width={width ?? undefined}
            height={height ?? undefined}
            draggable={false}
            onError={() => setMissing(true)}
          />
        )}
      </div>
      <NodeViewContent className="soan-figure-caption-slot" />
      {/* House style: the photographer under the caption as "Ảnh: <credit>"; edited in the Captions panel. */}
      {credit?.trim() && (
        <p className="soan-figure-credit" contentEditable={false} data-testid="figure-credit">
          {t('editorFigure.credit', { credit: credit.trim() })}
        </p>
      )}
      <label className="soan-figure-alt" contentEditable={false}>
        <span>{t('editor.figure.altLabel')}</span>
        <input
          type="text"
          data-testid="figure-alt"
          value={alt}
          placeholder={t('editor.figure.altPlaceholder')}
          onChange={onAltChange}
          spellCheck
        />
      </label>
    </NodeViewWrapper>
  );
}
