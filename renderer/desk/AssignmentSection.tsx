// "Giao bài": who the article is assigned to (one of the newsroom's people, or any name), its
// line in the desk's budget and its deadline. The library filters on these ("mine", "late").
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { metaKeys } from '../../electron/contract/article/articleNames';
import { isLate } from '../../electron/contract/article/deskAssignment';
import { toNfc } from '../../electron/contract/text/normalize';
import { formatAbsolute, formatRelative } from '../i18n/formatTime';
import { useArticleMeta } from '../editor/useArticleMeta';
import { asText, useMetaValue } from '../panels/useMetaValue';
import { DateTimeField } from './DateTimeField';
import { asInstant } from './deskMetaValues';
import { RegisterConflict } from './RegisterConflict';
import { useNow } from './useNow';

export function AssignmentSection({ doc, people }: { doc: Y.Doc; people: string[] }) {
  const { t } = useTranslation();
  const now = useNow();
  const [assignee, setAssignee] = useMetaValue(doc, metaKeys.assignee, asText);
  const [budgetLine, setBudgetLine] = useMetaValue(doc, metaKeys.budgetLine, asText);
  const [deadline, setDeadline] = useMetaValue(doc, metaKeys.deadline, asInstant);
  const { status } = useArticleMeta(doc);
  const late = isLate({ deadline }, status, now);

  return (
    <section className="desk-section" data-testid="desk-assignment" aria-labelledby="desk-assignment-title">
      <h3 className="desk-section-title" id="desk-assignment-title">
        {t('desk.assignment.title')}
      </h3>
      <label className="panel-field">
        <span className="panel-label">{t('desk.assignment.assignee')}</span>
        <input
          type="text"
          list="desk-people"
          maxLength={200}
          data-testid="assignee-input"
          value={assignee}
          placeholder={t('desk.assignment.assigneePlaceholder')}
          onChange={(event) => setAssignee(toNfc(event.target.value))}
        />
        <datalist id="desk-people">
          {people.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </label>
      <RegisterConflict doc={doc} metaKey={metaKeys.assignee} describe={(value) => asText(value)} />
      <label className="panel-field">
        <span className="panel-label">{t('desk.assignment.budgetLine')}</span>
        <input
          type="text"
          maxLength={300}
          data-testid="budget-line-input"
          value={budgetLine}
          placeholder={t('desk.assignment.budgetLinePlaceholder')}
          onChange={(event) => setBudgetLine(toNfc(event.target.value.replace(/\n/g, ' ')))}
        />
      </label>
      <DateTimeField label={t('desk.assignment.deadline')} value={deadline} onChange={setDeadline} testId="deadline" />
      <RegisterConflict doc={doc} metaKey={metaKeys.deadline} describe={(value) => formatAbsolute(asInstant(value) ?? '')} />
      {deadline && (
        <p className={`desk-status ${late ? 'is-blocking' : 'is-ok'}`} data-testid="deadline-status" data-late={late}>
          {late
            ? t('desk.assignment.late', { time: formatAbsolute(deadline), relative: formatRelative(deadline, now) })
            : t('desk.assignment.due', { time: formatAbsolute(deadline), relative: formatRelative(deadline, now) })}
        </p>
      )}
    </section>
  );
}
