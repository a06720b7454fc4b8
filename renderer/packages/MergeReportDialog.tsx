// After a package is opened: what came in from whom, in plain words, and every case a
// person should look at, with its choices. Nothing here is needed to keep the work safe —
// the merge already kept everything — it says what happened and lets people tidy it.
import { useTranslation } from 'react-i18next';
import type { MergeChoice, MergeReport, PackageOpened } from '../../electron/contract/packages';
import { formatAbsolute } from '../i18n/formatTime';
import { call } from '../platform/soanClient';
import { Dialog } from '../ui/Dialog';
import { MergeFlagItem } from './MergeFlagItem';

interface MergeReportDialogProps {
  /** A package opened, or a sync catch-up's kept report (report.via 'sync'). */
  opened: Pick<PackageOpened, 'report'>;
  onClose: () => void;
  /** Open the article in the editor (from the library). */
  onOpenArticle?: (id: string) => void;
  /** The article's state after a choice, for an editor that has it open. */
  onChanged?: (update: Uint8Array) => void;
}

function CameIn({ report }: { report: MergeReport }) {
  const { t } = useTranslation();
  const { cameIn } = report;
  const lines: Array<{ key: string; text: string }> = [
    ...cameIn.pieces.map((p) => ({ key: `piece-${p.piece}`, text: t('packages.cameIn.piece', { piece: t(`packages.piece.${p.piece}`), added: p.added, removed: p.removed }) })),
    ...cameIn.comments.map((c) => ({ key: `comments-${c.by}`, text: t('packages.cameIn.comments', { by: c.by, threads: c.threads, replies: c.replies }) })),
    ...cameIn.suggestions.map((s) => ({ key: `suggestions-${s.by}`, text: t('packages.cameIn.suggestions', { by: s.by || t('packages.someone'), count: s.count }) })),
    ...cameIn.workflow.map((w, i) => ({ key: `workflow-${i}`, text: t('packages.cameIn.workflow', { by: w.by.name, from: t(`status.${w.from}`), to: t(`status.${w.to}`) }) })),
    ...(cameIn.meta.length ? [{ key: 'meta', text: t('packages.cameIn.meta', { keys: cameIn.meta.map((k) => t(`packages.meta.${k}`, { defaultValue: k })).join(', ') }) }] : []),
    ...(cameIn.media ? [{ key: 'media', text: t('packages.cameIn.media', { count: cameIn.media }) }] : []),
  ];
  if (!lines.length) return <p className="muted">{t('packages.cameIn.nothing')}</p>;
  return (
    <ul className="merge-came-in">
      {lines.map((line) => (
        <li key={line.key} data-testid="merge-came-in">
          {line.text}
        </li>
      ))}
    </ul>
  );
}

export function MergeReportDialog({ opened, onClose, onOpenArticle, onChanged }: MergeReportDialogProps) {
  const { t } = useTranslation();
  const { report } = opened;
  const bySync = report.via === 'sync';
  const headline = report.headline || t('library.untitled');
  // A sync merge may not know whose work came in: "the other side" stands for them.
  const sender = bySync && !report.sender.name ? { ...report.sender, name: t('syncMerge.otherSide') } : report.sender;
  const choose = async (choice: MergeChoice) => {
    const made = await call('package:resolve', { id: report.articleId, choice });
    onChanged?.(made.update);
  };
  return (
    <Dialog
      title={bySync ? t('syncMerge.title') : t(`packages.report.title.${report.outcome}`, { sender: report.sender.name })}
      onClose={onClose}
      testId="merge-report"
      wide
      className="dialog-merge-report"
      actions={
        <>
          <span className="spacer" />
          <button type="button" className="button-secondary" data-testid="merge-report-close" onClick={onClose}>
            {t('common.dismiss')}
          </button>
          {onOpenArticle && (
            <button type="button" className="button-primary" data-testid="merge-report-open" onClick={() => onOpenArticle(report.articleId)}>
              {t('packages.report.openArticle')}
            </button>
          )}
        </>
      }
    >
      <p className="dialog-lead" data-testid="merge-report-outcome" data-outcome={report.outcome}>
        {bySync
          ? t(report.sender.name ? 'syncMerge.leadFrom' : 'syncMerge.lead', { headline, people: report.sender.name, time: formatAbsolute(report.sentAt) })
          : t('packages.report.lead', {
              headline,
              sender: report.sender.name,
              role: t(`roles.${report.sender.role}`),
              time: formatAbsolute(report.sentAt),
            })}
      </p>
      <h3 className="merge-heading">{t('packages.report.cameInTitle')}</h3>
      <CameIn report={report} />
      {report.flags.length > 0 && (
        <>
          <h3 className="merge-heading">{t('packages.report.flagsTitle', { count: report.flags.length })}</h3>
          <ul className="merge-flags">
            {report.flags.map((flag) => (
              <MergeFlagItem key={flag.id} flag={flag} sender={sender} onChoose={choose} />
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
