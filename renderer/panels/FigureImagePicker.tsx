// "Chọn ảnh…" on a figure that has a caption but no photo yet (an imported placeholder):
// the chosen file goes to media:import and into that figure.
import { useRef } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { toNfc } from '../../electron/contract/text/normalize';
import { call } from '../platform/soanClient';
import { useNotices } from '../ui/Notices';
import { figurePosition, fillFigureImage } from './articleFigures';
import { HiddenFilePicker } from '../ui/HiddenFilePicker';

interface FigureImagePickerProps {
  editor: Editor;
  articleId: string;
  /** Which figure of the article, 0 first (its place is looked up when the photo arrives). */
  index: number;
}

export function FigureImagePicker({ editor, articleId, index }: FigureImagePickerProps) {
  const { t } = useTranslation();
  const { reportError } = useNotices();
  const input = useRef<HTMLInputElement>(null);

  const pick = async (file: File) => {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const info = await call('media:import', { articleId, fileName: toNfc(file.name), bytes });
      const pos = editor.isDestroyed ? null : figurePosition(editor, index);
      if (pos !== null) fillFigureImage(editor, pos, info);
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <>
      <button type="button" className="button-secondary button-small align-start" data-testid="caption-pick-image" onClick={() => input.current?.click()}>
        {t('furniture.captions.pickImage')}
      </button>
      <HiddenFilePicker ref={input} accept="image/png,image/jpeg,image/gif,image/webp" testId="caption-image-input" onFiles={([file]) => void pick(file!)} />
    </>
  );
}
