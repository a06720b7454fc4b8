// "Gửi bài": the article — with its photos, comments, suggestions, workflow log and history —
// as one `.soan` file in the export folder, to carry on a USB stick or send by chat or e-mail.
// Picking a package received from the person it goes to sends only what they lack.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageSent } from '../../electron/contract/packages';
import { describeError } from '../i18n/describeError';
import { useNewsroom } from '../panels/useNewsroom';
import { call } from '../platform/soanClient';
import { Dialog } from '../ui/Dialog';
import { ExportDestination } from '../export/ExportDestination';

interface SendDialogProps {
  articleId: string;
  /** False while the editor's last keystrokes are on their way to the services. */
  ready?: boolean;
  onClose: () => void;
}

export function SendDialog({ articleId, ready = true, onClose }: SendDialogProps) {
  const { t } = useTranslation();
  const newsroom = useNewsroom();
  const [replyTo, setReplyTo] = useState<File | null>(null);
  const [sent, setSent] = useState<PackageSent | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const destination = newsroom.newsroom?.exportPath ?? '';

  const send = async () => {
    if (busy || !ready || !destination) return;
    setBusy(true);
    setError(null);
    try {
      const bytes = replyTo ? new Uint8Array(await replyTo.arrayBuffer()) : undefined;
      setSent(await call('package:send', { id: articleId, ...(bytes ? { replyTo: bytes } : {}) }));
    } catch (caught) {
      setError(caught);
    }
    setBusy(false);
  };

  return (
    <Dialog
      title={t('packages.send.title')}
      onClose={onClose}
      onSubmit={() => void send()}
      testId="send-dialog"
      wide
      actions={
        <>
          <span className="spacer" />
          <button type="button" className="button-secondary" data-testid="send-close" onClick={onClose}>
            {sent ? t('common.dismiss') : t('common.cancel')}
          </button>
          <button type="submit" className="button-primary" data-testid="send-run" disabled={busy || !ready || !destination}>
            {busy ? t('packages.send.running') : t('packages.send.run')}
          </button>
        </>
      }
    >
      <p className="send-lead">{t('packages.send.lead')}</p>
      <div className="field">
        <span className="field-label">{t('packages.send.replyLabel')}</span>
        <div className="send-reply">
          {replyTo ? (
            <>
              <code data-testid="send-reply-name">{replyTo.name}</code>
              <button type="button" className="button-quiet" onClick={() => setReplyTo(null)}>
                {t('packages.send.replyClear')}
              </button>
            </>
          ) : (
            <button type="button" className="button-secondary" data-testid="send-reply-pick" onClick={() => input.current?.click()}>
              {t('packages.send.replyPick')}
            </button>
          )}
        </div>
        <span className="field-hint">{t('packages.send.replyHint')}</span>
        <input
          ref={input}
          type="file"
          accept=".soan"
          hidden
          data-testid="send-reply-input"
          onChange={(event) => {
            setReplyTo(event.target.files?.[0] ?? null);
            event.target.value = '';
          }}
        />
      </div>
      <ExportDestination path={destination} onSave={(path) => newsroom.updateNewsroom({ exportPath: path })} />
      {error !== null && (
        <p className="field-error" role="alert" data-testid="send-error">
          {describeError(t, error)}
        </p>
      )}
      {sent && (
        <div className="export-done" role="status" data-testid="send-done">
          <strong>{t(sent.delta ? 'packages.send.doneDelta' : 'packages.send.done')}</strong>
          <code data-testid="send-done-path">{sent.path}</code>
          <span className="muted">{t('packages.send.doneHint', { size: Math.max(1, Math.round(sent.size / 1024)) })}</span>
        </div>
      )}
    </Dialog>
  );
}
