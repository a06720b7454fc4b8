// "Độ dài dự kiến": the length the desk plans — words for the web, characters for print —
// and how the article stands against it right now.
import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { lengthUnits, metaKeys, type LengthUnit } from '../../electron/contract/article/articleNames';
import { lengthFit } from '../../electron/contract/article/lengthFit';
import { articleStats } from '../editor/articleStats';
import { useMetaValue } from '../panels/useMetaValue';
import { asPlannedLength } from './deskMetaValues';
import { LengthFitBadge } from './LengthFitBadge';
import { RegisterConflict } from './RegisterConflict';

export function PlannedLengthSection({ editor, doc }: { editor: Editor; doc: Y.Doc }) {
  const { t } = useTranslation();
  const [plan, setPlan] = useMetaValue(doc, metaKeys.plannedLength, asPlannedLength);
  const [amount, setAmount] = useState(plan ? String(plan.amount) : '');
  const [unit, setUnit] = useState<LengthUnit>(plan?.unit ?? 'words');
  useEffect(() => {
    setAmount(plan ? String(plan.amount) : '');
    if (plan) setUnit(plan.unit);
  }, [plan]);
  const counts = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const stats = e ? articleStats(e.state.doc) : null;
      return { words: stats?.words ?? 0, characters: stats?.characters ?? 0 };
    },
  });
  const invalid = amount.trim() !== '' && !asPlannedLength({ amount, unit });

  // Written as soon as it is a whole number: a half-typed plan never reaches the article.
  const write = (nextAmount: string, nextUnit: LengthUnit) => {
    setAmount(nextAmount);
    setUnit(nextUnit);
    if (!nextAmount.trim()) return setPlan(undefined);
    const next = asPlannedLength({ amount: nextAmount, unit: nextUnit });
    if (next) setPlan(next);
  };

  return (
    <section className="desk-section" data-testid="desk-length" aria-labelledby="desk-length-title">
      <h3 className="desk-section-title" id="desk-length-title">
        {t('desk.length.sectionTitle')}
      </h3>
      <div className="desk-length-row">
        <label className="panel-field">
          <span className="panel-label">{t('desk.length.amount')}</span>
          <input
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            data-testid="length-amount"
            value={amount}
            aria-invalid={invalid ? 'true' : undefined}
            onChange={(event) => write(event.target.value, unit)}
          />
        </label>
        <label className="panel-field">
          <span className="panel-label">{t('desk.length.unitLabel')}</span>
          <select data-testid="length-unit" value={unit} onChange={(event) => write(amount, event.target.value as LengthUnit)}>
            {lengthUnits.map((u) => (
              <option key={u} value={u}>
                {t(`desk.length.unit.${u}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {invalid && (
        <p className="field-error" data-testid="length-error">
          {t('desk.length.invalid')}
        </p>
      )}
      <RegisterConflict doc={doc} metaKey={metaKeys.plannedLength} describe={(value) => {
        const p = asPlannedLength(value);
        return p ? `${p.amount} ${t(`desk.length.unit.${p.unit}`)}` : '';
      }} />
      {plan && <LengthFitBadge fit={lengthFit(counts, plan)} testId="desk-copyfit" />}
      <span className="field-hint">{t('desk.length.hint')}</span>
    </section>
  );
}
