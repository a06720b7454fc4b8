// "Điểm chính" of a figure in the Captions panel: click (or move with the arrow keys) the spot
// of the photo that must stay in view; the three crops the export will cut around it
// (landscape, square, portrait) are previewed under it, computed by the contract's own rule.
// Folded away until asked for (open when a focal point is set), to keep the panel short.
import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Editor } from '@tiptap/core';
import { useSettledEditorState } from '../editor/useSettledEditorState';
import { useTranslation } from 'react-i18next';
import { cropShapes, focalCrop, type FocalPoint } from '../../electron/contract/article/focalCrop';
import { figurePosition } from './articleFigures';
import { figureFocalAt, setFigureFocal } from './figureFocal';

interface FocalPointPickerProps {
  editor: Editor;
  /** Which figure of the article, 0 first (typing moves it: its place is looked up when needed). */
  index: number;
  src: string;
  mediaUrl: (file: string) => string;
}

const PREVIEW_HEIGHT = 72;
const STEP = 0.05;

function CropPreview({ url, size, focal, shape }: { url: string; size: { width: number; height: number }; focal: FocalPoint; shape: (typeof cropShapes)[number] }) {
  const { t } = useTranslation();
  const rect = focalCrop(size.width, size.height, focal, shape);
  const scale = PREVIEW_HEIGHT / rect.height;
  return (
    <figure className="focal-crop" data-testid="focal-crop" data-shape={shape.name}>
      <div className="focal-crop-frame" style={{ width: Math.round(rect.width * scale), height: PREVIEW_HEIGHT }}>
        <img
          src={url}
          alt=""
          style={{ width: size.width * scale, height: size.height * scale, left: -rect.left * scale, top: -rect.top * scale }}
        />
      </div>
      <figcaption>{t(`desk.focal.shape.${shape.name}`)}</figcaption>
    </figure>
  );
}

export function FocalPointPicker({ editor, index, src, mediaUrl }: FocalPointPickerProps) {
  const { t } = useTranslation();
  const focalNow = (e: Editor) => {
    const pos = figurePosition(e, index);
    return pos === null ? null : figureFocalAt(e, pos);
  };
  const focal = useSettledEditorState({ editor, selector: ({ editor: e }) => focalNow(e) });
  const stored = useSettledEditorState({
    editor,
    selector: ({ editor: e }) => {
      const pos = figurePosition(e, index);
      const attrs = pos === null ? undefined : e.state.doc.nodeAt(pos)?.attrs;
      return { width: Number(attrs?.width) || 0, height: Number(attrs?.height) || 0 };
    },
  });
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null);
  // Open from the start when a focal point is set: it is worth seeing.
  const [open, setOpen] = useState(() => focalNow(editor) !== null);
  const setFocal = (point: FocalPoint | null) => {
    const pos = figurePosition(editor, index);
    if (pos !== null) setFigureFocal(editor, pos, point);
  };
  const size = natural ?? (stored.width && stored.height ? stored : null);
  const url = mediaUrl(src);

  const pick = (event: MouseEvent<HTMLButtonElement>) => {
    // Measured on the photo itself, not the frame around it (its border would shift the point).
    const box = (event.currentTarget.querySelector('img') ?? event.currentTarget).getBoundingClientRect();
    if (!box.width || !box.height) return;
    setFocal({ x: (event.clientX - box.left) / box.width, y: (event.clientY - box.top) / box.height });
  };
  const nudge = (event: KeyboardEvent<HTMLButtonElement>) => {
    const moves: Record<string, [number, number]> = { ArrowLeft: [-STEP, 0], ArrowRight: [STEP, 0], ArrowUp: [0, -STEP], ArrowDown: [0, STEP] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const from = focal ?? { x: 0.5, y: 0.5 };
    const clamp = (n: number) => Math.min(1, Math.max(0, n));
    setFocal({ x: clamp(from.x + move[0]), y: clamp(from.y + move[1]) });
  };

  return (
    <div className="focal-picker" data-testid="focal-picker">
      <button
        type="button"
        className="focal-toggle panel-label"
        data-testid="focal-toggle"
        aria-expanded={open}
        onClick={() => setOpen((was) => !was)}
      >
        <span className={`comment-caret${open ? ' is-open' : ''}`} aria-hidden="true" />
        {t('desk.focal.label')}
        {focal && (
          <span className="panel-badge is-custom" data-testid="focal-value">
            {t('desk.focal.value', { x: Math.round(focal.x * 100), y: Math.round(focal.y * 100) })}
          </span>
        )}
      </button>
      {open && (
        <>
          <button
            type="button"
            className="focal-frame"
            data-testid="focal-frame"
            aria-label={t('desk.focal.pick')}
            title={t('desk.focal.pick')}
            onClick={pick}
            onKeyDown={nudge}
          >
            <img src={url} alt="" draggable={false} onLoad={(e) => setNatural({ width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })} />
            {focal && <span className="focal-marker" data-testid="focal-marker" style={{ left: `${focal.x * 100}%`, top: `${focal.y * 100}%` }} aria-hidden="true" />}
          </button>
          {focal && size ? (
            <>
              <div className="focal-crops" aria-label={t('desk.focal.cropsLabel')}>
                {cropShapes.map((shape) => (
                  <CropPreview key={shape.name} url={url} size={size} focal={focal} shape={shape} />
                ))}
              </div>
              <button type="button" className="button-quiet button-small align-start" data-testid="focal-clear" onClick={() => setFocal(null)}>
                {t('desk.focal.clear')}
              </button>
            </>
          ) : (
            <span className="field-hint">{t('desk.focal.hint')}</span>
          )}
        </>
      )}
    </div>
  );
}
