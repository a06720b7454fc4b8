// A date and time the desk sets (embargo end, publish time, deadline): local time in the
// field, an ISO instant in the article; a button takes it away again.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromLocalInput, toLocalInput } from './localDateTime';

interface DateTimeFieldProps {
  label: string;
  /** ISO instant, or undefined when not set. */
  value: string | undefined;
  /** The new ISO instant; '' removes it. */
  onChange: (iso: string) => void;
  testId: string;
  hint?: string;
}

export function DateTimeField({ label, value, onChange, testId, hint }: DateTimeFieldProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(toLocalInput(value));
  useEffect(() => setDraft(toLocalInput(value)), [value]);
  const commit = (next: string) => {
    setDraft(next);
    const iso = fromLocalInput(next);
    if (iso) onChange(iso);
    else if (!next) onChange('');
  };
  return (
    <div className="panel-field">
      <label className="panel-label" htmlFor={`${testId}-input`}>
        {label}
      </label>
      <div className="desk-time-row">
        <input id={`${testId}-input`} type="datetime-local" data-testid={testId} value={draft} onChange={(event) => commit(event.target.value)} />
        {value && (
          <button type="button" className="button-quiet button-small" data-testid={`${testId}-clear`} onClick={() => commit('')}>
            {t('desk.clear')}
          </button>
        )}
      </div>
      {hint && <span className="field-hint">{hint}</span>}
    </div>
  );
}
