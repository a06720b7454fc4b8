// A `.soan` file → package:open → the merge report. Used by the library (import button and
// drag-and-drop) and by the editor (a package for the open article: its merged state is
// applied to the editor's copy, as a restore's is). A refused package gets the backend's
// reason in plain words in the app's banner.
import { useCallback, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import * as Yjs from 'yjs';
import { PACKAGE_EXTENSION, type PackageOpened } from '../../electron/contract/packages';
import { toNfc } from '../../electron/contract/text/normalize';
import { call, onPackageFile } from '../platform/soanClient';
import { SERVICE_ORIGIN } from '../review/useReviewChange';
import { useNotices } from '../ui/Notices';

export function isPackageFile(file: File): boolean {
  return file.name.toLowerCase().endsWith(PACKAGE_EXTENSION);
}

/** `open` is the article open in the editor, if any: a package of it is merged into its copy too. */
export function usePackageOpen(open?: { articleId: string; doc: Y.Doc }) {
  const { reportError, clearError } = useNotices();
  const [busy, setBusy] = useState(false);
  const [opened, setOpened] = useState<PackageOpened | null>(null);

  const openFile = useCallback(
    async (file: File) => {
      if (busy) return;
      setBusy(true);
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const result = await call('package:open', { fileName: toNfc(file.name), bytes });
        if (open && result.summary.id === open.articleId) Yjs.applyUpdate(open.doc, result.update, SERVICE_ORIGIN);
        clearError();
        setOpened(result);
      } catch (error) {
        reportError(error);
      } finally {
        setBusy(false);
      }
    },
    [busy, open, reportError, clearError],
  );

  // A package double-clicked in the system's file manager arrives here too.
  const openFileRef = useRef(openFile);
  openFileRef.current = openFile;
  useEffect(() => onPackageFile((file) => void openFileRef.current(new File([file.bytes as Uint8Array<ArrayBuffer>], file.fileName))), []);

  return { openFile, busy, opened, close: () => setOpened(null) };
}
