// A .txt or .docx file → article:import → the new article opens (a .soan package goes to onPackage). What the import had to
// change or leave out is kept for the editor to show; a file Soạn cannot read gets the
// backend's reason in plain words in the app's banner.
import { useCallback, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toNfc } from '../../electron/contract/text/normalize';
import { call } from '../platform/soanClient';
import { useNotices } from '../ui/Notices';
import { keepImportNotes } from './importNotes';

export const IMPORT_ACCEPT = '.txt,.docx,.soan,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** `onPackage`: what to do with a `.soan` package instead (open it: renderer/packages). */
export function useArticleImport(onOpen: (articleId: string) => void, onPackage?: (file: File) => void) {
  const { t } = useTranslation();
  const { reportError, clearError } = useNotices();
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);

  const importFile = useCallback(
    async (file: File) => {
      if (busy) return;
      if (onPackage && file.name.toLowerCase().endsWith('.soan')) return onPackage(file);
      setBusy(true);
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const report = await call('article:import', { fileName: toNfc(file.name), bytes });
        keepImportNotes(report.summary.id, report.warnings);
        clearError();
        onOpen(report.summary.id);
      } catch (error) {
        reportError(error);
        setBusy(false);
      }
    },
    [busy, onOpen, onPackage, reportError, clearError],
  );

  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

  /** Spread on the element that accepts a dropped file. */
  const dropProps = {
    // Shown over the library while a file is dragged onto it (see libraryImport.css).
    'data-drop-hint': t('import.dropHint'),
    onDragOver: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    onDragLeave: (event: DragEvent) => {
      if (event.currentTarget === event.target) setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer.files[0];
      if (file) void importFile(file);
    },
  };

  return { importFile, busy, dragging, dropProps };
}
