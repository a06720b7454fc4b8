// "Quy trình": the article's state as a pill, the moves this role may make as buttons (a note
// is asked for a return), and the timeline of every move with who, when and the note.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { metaKeys } from '../../electron/contract/article/articleNames';
import type { Role } from '../../electron/contract/types';
import { movesNeedingNote, nextStates, workflowStates } from '../../electron/contract/workflow';
import type { WorkflowLogEntry, WorkflowState } from '../../electron/contract/workflow';
import { describeError } from '../i18n/describeError';
import { currentLocale } from '../i18n/i18n';
import { useMetaValue } from '../panels/useMetaValue';
import { call } from '../platform/soanClient';
import { useReviewChange } from './useReviewChange';

const asState = (raw: unknown): WorkflowState =>
  (workflowStates as readonly unknown[]).includes(raw) ? (raw as WorkflowState) : 'draft';
const asLog = (raw: unknown): WorkflowLogEntry[] => (Array.isArray(raw) ? (raw as WorkflowLogEntry[]) : []);

export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString(currentLocale(), { dateStyle: 'short', timeStyle: 'short' });
}

export function WorkflowPanel({ doc, articleId, role }: { doc: Y.Doc; articleId: string; role: Role }) {
  const { t } = useTranslation();
  const [status] = useMetaValue(doc, metaKeys.status, asState);
  const [log] = useMetaValue(doc, metaKeys.workflowLog, asLog);
  const [noteFor, setNoteFor] = useState<WorkflowState | null>(null);
  const [note, setNote] = useState('');
  const { run, error, busy } = useReviewChange(doc);

  const move = async (to: WorkflowState, withNote = '') => {
    const done = await run(() => call('article:transition', { id: articleId, to, from: status, ...(withNote ? { note: withNote } : {}) }));
    if (done) {
      setNoteFor(null);
      setNote('');
    }
  };

  return (
    <div className="workflow-panel" data-testid="workflow-panel">
      <p>
        <span className={`status-pill status-${status}`} data-testid="workflow-status">
          {t(`status.${status}`)}
        </span>
      </p>
      <div className="workflow-moves">
        {nextStates(role, status).map((to) => (
          <button
            key={to}
            type="button"
            className={to === 'returned' ? 'button-quiet' : 'button-primary'}
            data-testid={`workflow-move-${to}`}
            disabled={busy}
            onClick={() => (movesNeedingNote.includes(to) ? setNoteFor(to) : void move(to))}
          >
            {t(`review.workflow.moveTo.${to}`)}
          </button>
        ))}
      </div>
      {noteFor && (
        <form
          className="workflow-note"
          role="dialog"
          aria-label={t('review.workflow.noteTitle')}
          data-testid="workflow-note-dialog"
          onSubmit={(event) => {
            event.preventDefault();
            if (note.trim()) void move(noteFor, note);
          }}
        >
          <label>
            {t('review.workflow.noteLabel')}
            <textarea data-testid="workflow-note" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} autoFocus />
          </label>
          <div className="workflow-note-actions">
            <button type="button" className="button-quiet" onClick={() => setNoteFor(null)}>
              {t('review.cancel')}
            </button>
            <button type="submit" className="button-primary" data-testid="workflow-note-confirm" disabled={!note.trim() || busy}>
              {t(`review.workflow.moveTo.${noteFor}`)}
            </button>
          </div>
        </form>
      )}
      {error !== null && (
        <p className="field-error" role="alert" data-testid="workflow-error">
          {describeError(t, error)}
        </p>
      )}
      <h3 className="panel-subtitle">{t('review.workflow.timeline')}</h3>
      {log.length === 0 ? (
        <p className="muted">{t('review.workflow.noMoves')}</p>
      ) : (
        <ol className="timeline" data-testid="workflow-timeline">
          {[...log].reverse().map((entry, index) => (
            <li key={`${entry.at}-${index}`} className="timeline-entry">
              <div>
                <strong>{t(`status.${entry.to}`)}</strong> · {entry.by.name} ({t(`roles.${entry.by.role}`)})
              </div>
              <time className="muted" dateTime={entry.at}>
                {formatWhen(entry.at)}
              </time>
              {entry.note && <p className="timeline-note">{entry.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
