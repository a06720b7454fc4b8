// One case of a merge report a person should look at, in plain words, with its choices:
// keep either of two overlapping edits, either of two choices of one rewrite made apart, or
// one of two values set on both sides.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeChoice, MergeFlag, PackageSender } from '../../electron/contract/packages';
import { describeError } from '../i18n/describeError';

interface MergeFlagItemProps {
  flag: MergeFlag;
  sender: PackageSender;
  /** Makes the choice (package:resolve); resolves once the article has it. */
  onChoose: (choice: MergeChoice) => Promise<void>;
}

export function MergeFlagItem({ flag, sender, onChoose }: MergeFlagItemProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (choice: MergeChoice, label: string) => {
    setBusy(true);
    setError(null);
    try {
      await onChoose(choice);
      setChosen(label);
    } catch (caught) {
      setError(caught);
    }
    setBusy(false);
  };

  const piece = (name: string) => t(`packages.piece.${name}`);
  let body;
  switch (flag.kind) {
    case 'kept-deleted-text':
      body = (
        <>
          <p>{t(`packages.flag.kept.${flag.deletedOn}`, { piece: piece(flag.piece), author: flag.author, sender: sender.name })}</p>
          <blockquote className="merge-passage">{flag.text}</blockquote>
        </>
      );
      break;
    case 'overlapping-edits': {
      const keepLocal = t('packages.flag.overlap.keepLocal');
      const keepIncoming = t('packages.flag.overlap.keepIncoming', { sender: sender.name });
      body = (
        <>
          <p>{t('packages.flag.overlap.text', { piece: piece(flag.piece), sender: sender.name })}</p>
          <p className="merge-now">
            <span className="merge-side-label">{t('packages.flag.overlap.now')}</span> <q data-testid="merge-passage">{flag.passage}</q>
          </p>
          <div className="merge-sides">
            <div className="merge-side" data-testid="merge-side-local">
              <span className="merge-side-label">{t('packages.flag.overlap.local')}</span>
              <blockquote className="merge-passage">
                {flag.before}
                <mark>{flag.local}</mark>
                {flag.after}
              </blockquote>
            </div>
            <div className="merge-side" data-testid="merge-side-incoming">
              <span className="merge-side-label">{t('packages.flag.overlap.incoming', { sender: sender.name })}</span>
              <blockquote className="merge-passage">
                {flag.before}
                <mark>{flag.incoming}</mark>
                {flag.after}
              </blockquote>
              {flag.incomingUnread && (
                <p className="merge-note" data-testid="merge-incoming-unread">
                  {t('packages.flag.overlap.incomingUnread', { sender: sender.name })}
                </p>
              )}
            </div>
          </div>
          {chosen === null && (
            <div className="merge-choices">
              <button type="button" className="button-secondary" data-testid="merge-keep-local" disabled={busy} onClick={() => void choose({ kind: 'overlapping-edits', flagId: flag.id, passage: flag.passage, drop: flag.dropIncoming }, keepLocal)}>
                {keepLocal}
              </button>
              <button type="button" className="button-secondary" data-testid="merge-keep-incoming" disabled={busy} onClick={() => void choose({ kind: 'overlapping-edits', flagId: flag.id, passage: flag.passage, drop: flag.dropLocal }, keepIncoming)}>
                {keepIncoming}
              </button>
            </div>
          )}
        </>
      );
      break;
    }
    case 'meta-conflict':
      body = (
        <>
          <p>{t('packages.flag.meta', { key: t(`packages.meta.${flag.key}`, { defaultValue: flag.key }) })}</p>
          {chosen === null && (
            <div className="merge-choices">
              {flag.choices.map((choice) => {
                const label = flag.key === 'status' ? t(`status.${choice.label}`, { defaultValue: choice.label }) : choice.label;
                return (
                  <button key={choice.json} type="button" className="button-secondary" data-testid="merge-keep-value" disabled={busy} onClick={() => void choose({ kind: 'meta-conflict', key: flag.key, json: choice.json }, label)}>
                    {t('packages.flag.keepValue', { value: label })}
                  </button>
                );
              })}
            </div>
          )}
        </>
      );
      break;
    case 'workflow-moved-on-both':
      body = <p>{t('packages.flag.workflow', { states: flag.states.map((s) => t(`status.${s}`)).join(', '), kept: t(`status.${flag.kept}`) })}</p>;
      break;
    case 'detached-comment':
      body = <p>{t('packages.flag.detached', { by: flag.by, quote: flag.quote })}</p>;
      break;
    case 'rewrite-choices-differ': {
      const nameOf = (by: string) => by || t('packages.someone');
      body = (
        <>
          <p>{t('packages.flag.differ.text', { piece: piece(flag.piece), now: flag.now })}</p>
          <div className="merge-sides">
            {flag.sides.map((side) => (
              <div key={side.record} className="merge-side" data-testid="merge-side-chosen">
                <span className="merge-side-label">{t('packages.flag.differ.side', { by: nameOf(side.by) })}</span>
                <blockquote className="merge-passage">
                  {side.before}
                  <mark>{side.text}</mark>
                  {side.after}
                </blockquote>
              </div>
            ))}
          </div>
          {chosen === null && (
            <div className="merge-choices">
              {flag.sides.map((side, i) => {
                const label = t('packages.flag.differ.keep', { by: nameOf(side.by) });
                const other = flag.sides[1 - i].record;
                return (
                  <button key={side.record} type="button" className="button-secondary" data-testid="merge-keep-chosen" disabled={busy} onClick={() => void choose({ kind: 'rewrite-choices-differ', keep: side.record, other }, label)}>
                    {label}
                  </button>
                );
              })}
            </div>
          )}
        </>
      );
      break;
    }
    case 'choice-record-refused':
      body = <p>{t('packages.flag.recordsRefused', { count: flag.count })}</p>;
      break;
    case 'lost-text':
      body = (
        <>
          <p>{t('syncMerge.lostText', { piece: piece(flag.piece), author: flag.author })}</p>
          <blockquote className="merge-passage">{flag.text}</blockquote>
        </>
      );
      break;
  }

  return (
    <li className="merge-flag" data-testid="merge-flag" data-kind={flag.kind} data-state={chosen === null ? 'open' : 'chosen'}>
      {body}
      {chosen !== null && (
        <p className="merge-chosen" role="status">
          {t('packages.flag.chosen', { choice: chosen })}
        </p>
      )}
      {error !== null && (
        <p className="field-error" role="alert">
          {describeError(t, error)}
        </p>
      )}
    </li>
  );
}
