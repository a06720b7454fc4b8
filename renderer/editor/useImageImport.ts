// Image files (toolbar, drop, paste) → media:import → a figure after the current block,
// cursor in its caption. Files go one after another, so figures keep the chosen order.
import { useCallback } from 'react';
import type { Editor } from '@tiptap/core';
import { toNfc } from '../../electron/contract/text/normalize';
import { call } from '../platform/soanClient';

export function useImageImport(articleId: string, onError: (error: unknown) => void) {
  return useCallback(
    async (editor: Editor, files: File[]) => {
      for (const file of files) {
        try {
          const bytes = new Uint8Array(await file.arrayBuffer());
          const info = await call('media:import', { articleId, fileName: toNfc(file.name), bytes });
          if (editor.isDestroyed) return;
          editor.chain().focus().insertFigure({ src: info.file, width: info.width, height: info.height }).run();
        } catch (error) {
          onError(error);
        }
      }
    },
    [articleId, onError],
  );
}
