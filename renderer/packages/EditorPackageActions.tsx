// The editor's package buttons: "Gửi bài" (send this article) and "Mở gói" (open a package
// received for it). A package of the open article is merged by the services and its merged
// state applied to the editor's copy at once, then the report shows what came in.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { Icon } from '../ui/Icon';
import { useSaveStatus, type SaveStatusStore } from '../editor/saveStatus';
import { SERVICE_ORIGIN } from '../review/useReviewChange';
import { MergeReportDialog } from './MergeReportDialog';
import { SendDialog } from './SendDialog';
import { usePackageOpen } from './usePackageOpen';
import { HiddenFilePicker } from '../ui/HiddenFilePicker';

interface EditorPackageActionsProps {
  articleId: string;
  doc: Y.Doc;
  /** While keystrokes are still being saved a package cannot be sent: it must hold them. */
  saveStatus: SaveStatusStore;
}

export function EditorPackageActions({ articleId, doc, saveStatus }: EditorPackageActionsProps) {
  const { t } = useTranslation();
  const [sending, setSending] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const packages = usePackageOpen({ articleId, doc });
  return (
    <>
      <button type="button" className="button-quiet" data-testid="package-open" title={t('packages.open.hint')} disabled={packages.busy} onClick={() => input.current?.click()}>
        <Icon name="fileImport" />
        {packages.busy ? t('packages.open.running') : t('packages.open.button')}
      </button>
      <button type="button" className="button-secondary" data-testid="package-send" title={t('packages.send.hint')} onClick={() => setSending(true)}>
        <Icon name="send" />
        {t('packages.send.button')}
      </button>
      <HiddenFilePicker ref={input} accept=".soan" testId="package-file-input" onFiles={([file]) => void packages.openFile(file!)} />
      {sending && <SendWhenSaved articleId={articleId} saveStatus={saveStatus} onClose={() => setSending(false)} />}
      {packages.opened && (
        <MergeReportDialog
          opened={packages.opened}
          onClose={packages.close}
          onChanged={(update) => {
            if (packages.opened?.summary.id === articleId) Y.applyUpdate(doc, update, SERVICE_ORIGIN);
          }}
        />
      )}
    </>
  );
}

/** "Gửi bài", ready once the last keystrokes are saved; only the open dialog follows the saves. */
function SendWhenSaved({ articleId, saveStatus, onClose }: { articleId: string; saveStatus: SaveStatusStore; onClose: () => void }) {
  const saved = useSaveStatus(saveStatus, (status) => status.state !== 'saving');
  return <SendDialog articleId={articleId} ready={saved} onClose={onClose} />;
}
