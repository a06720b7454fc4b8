// "Xuất bản": the pre-flight list, the exported page as a preview, the destination, and
// the export itself. Blocking items (open comments and pending suggestions among them) stop
// it unless the desk gives a reason; other roles are told only the desk can.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportPreview, ExportReport } from '../../electron/contract/types';
import { useSaveStatus, type SaveStatusStore } from '../editor/saveStatus';
import { describeError } from '../i18n/describeError';
import { useNewsroom } from '../panels/useNewsroom';
import { call, mediaUrl } from '../platform/soanClient';
import { Dialog } from '../ui/Dialog';
import { ExportDestination } from './ExportDestination';
import { ExportPreviewFrame } from './ExportPreviewFrame';
import { PreflightList } from './PreflightList';
import { previewHtml } from './previewHtml';

interface ExportDialogProps {
  articleId: string;
  /** The editor's save status: the backend exports what it has, so wait for the last edits. */
  saveStatus: SaveStatusStore;
  onClose: () => void;
}

export function ExportDialog({ articleId, saveStatus, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const saveState = useSaveStatus(saveStatus, (status) => status.state);
  const newsroom = useNewsroom();
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [zip, setZip] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ExportReport | null>(null);

  const load = useCallback(async () => {
    try {
      setPreview(await call('article:exportPreview', { id: articleId }));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [articleId]);

  // Read again whenever the last edits have reached the backend, so the preview is current.
  useEffect(() => {
    if (saveState !== 'saving') void load();
  }, [load, saveState]);

  const blocked = (preview?.preflight.blocking.length ?? 0) > 0;
  // A legal hold is not overridden: the desk clears the flag first (services: export-legal-hold).
  const legalHeld = !!preview?.preflight.blocking.some((issue) => issue.code === 'legal-hold');
  // The services refuse an override from anyone else (export-override-desk-only).
  const mayOverride = newsroom.role === 'desk';
  const destination = newsroom.newsroom?.exportPath ?? '';
  const canExport = !!preview && !busy && saveState !== 'saving' && !!destination && (!blocked || (mayOverride && !legalHeld && reason.trim().length > 0));

  const run = async () => {
    if (!canExport) return;
    setBusy(true);
    setError(null);
    try {
      const done = await call('article:export', {
        id: articleId,
        zip,
        ...(blocked ? { overrideReason: reason.trim() } : {}),
      });
      setReport(done);
    } catch (e) {
      setError(e);
    }
    setBusy(false);
  };

  return (
    <Dialog
      title={t('export.title')}
      onClose={onClose}
      onSubmit={() => void run()}
      testId="export-dialog"
      className="dialog-export"
      actions={
        <>
          <label className="checkbox">
            <input type="checkbox" data-testid="export-zip" checked={zip} onChange={(event) => setZip(event.target.checked)} />
            {t('export.zip')}
          </label>
          <span className="spacer" />
          <button type="button" className="button-secondary" data-testid="export-close" onClick={onClose}>
            {report ? t('common.dismiss') : t('common.cancel')}
          </button>
          <button type="submit" className="button-primary" data-testid="export-run" disabled={!canExport}>
            {busy ? t('export.running') : blocked ? t('export.runAnyway') : t('export.run')}
          </button>
        </>
      }
    >
      <div className="export-layout">
        <div className="export-side">
          <h3 className="export-heading">{t('export.preflightTitle')}</h3>
          {preview ? <PreflightList preflight={preview.preflight} /> : !error && <p className="muted">{t('export.loading')}</p>}
          {legalHeld && (
            <p className="field-hint" data-testid="export-legal-hold">
              {t('desk.legal.exportHint')}
            </p>
          )}
          {blocked && !legalHeld && (
            mayOverride ? (
              <label className="field">
                <span className="field-label">{t('export.overrideReason')}</span>
                <textarea
                  rows={2}
                  data-testid="export-override"
                  value={reason}
                  maxLength={500}
                  placeholder={t('export.overridePlaceholder')}
                  onChange={(event) => setReason(event.target.value)}
                />
              </label>
            ) : (
              <p className="field-hint" data-testid="export-desk-only">{t('export.blockedReporter')}</p>
            )
          )}
          <ExportDestination path={destination} onSave={(path) => newsroom.updateNewsroom({ exportPath: path })} />
          {error !== null && (
            <p className="field-error" role="alert" data-testid="export-error">
              {describeError(t, error)}
            </p>
          )}
          {report && (
            <div className="export-done" role="status" data-testid="export-done">
              <strong>{t('export.done')}</strong>
              <span>{t('export.doneFolder')}</span>
              <code data-testid="export-done-folder">{report.folder}</code>
              {report.zipPath && (
                <>
                  <span>{t('export.doneZip')}</span>
                  <code data-testid="export-done-zip">{report.zipPath}</code>
                </>
              )}
            </div>
          )}
        </div>
        <div className="export-preview">
          {preview ? (
            <ExportPreviewFrame html={previewHtml(preview.html, (file) => mediaUrl(articleId, file))} />
          ) : (
            <div className="export-preview-empty muted">{t('export.previewPending')}</div>
          )}
        </div>
      </div>
    </Dialog>
  );
}
