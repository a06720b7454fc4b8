// Who an open comment thread is given to as a task ("Giao cho"), and the choice to give it to
// someone else or take it back. The task shows in that person's library until the thread is resolved.
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { ReviewActor } from '../../../electron/contract/review';
import { assignThread } from './commentDesk';

interface CommentAssigneeProps {
  doc: Y.Doc;
  threadId: string;
  assignee: string;
  people: readonly string[];
  actor: ReviewActor;
  /** A resolved thread shows who had it, without the choice. */
  readOnly: boolean;
}

export function CommentAssignee({ doc, threadId, assignee, people, actor, readOnly }: CommentAssigneeProps) {
  const { t } = useTranslation();
  const choices = assignee && !people.includes(assignee) ? [assignee, ...people] : people;
  if (readOnly) {
    return assignee ? (
      <span className="comment-assignee" data-testid="comment-assignee">
        {t('desk.mentions.assignedTo', { name: assignee })}
      </span>
    ) : null;
  }
  return (
    <label className="comment-assign">
      <span className="comment-assign-label">{t('desk.mentions.assign')}</span>
      <select
        data-testid="comment-assign"
        value={assignee}
        onChange={(event) => assignThread(doc, threadId, event.target.value, actor)}
      >
        <option value="">{t('desk.mentions.nobody')}</option>
        {choices.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
