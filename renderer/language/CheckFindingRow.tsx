// One finding in the Checks panel. Typing moves every finding after the caret, which gives
// them new positions but not new words: a row draws again only when what it shows changes
// (its actions look the finding's current place up by id when clicked). The panel hands each
// row its `t`: useTranslation in every row of thousands held a copy of i18next's instance, a
// language subscription and a dozen hooks per row (30 MB at 8,000 findings).
import type { Editor } from '@tiptap/core';
import type { TFunction } from 'i18next';
import { memo } from 'react';
import { applySuggestion, selectFinding } from './findingActions';
import type { PlacedFinding } from './languageDeskStore';

interface CheckFindingRowProps {
  editor: Editor;
  finding: PlacedFinding;
  /** The panel's translator; a new one when the language changes. */
  t: TFunction;
}

function CheckFindingRowView({ editor, finding, t }: CheckFindingRowProps) {
  const suggestion = finding.suggestions[0];
  return (
    <li className="checks-item">
      <button
        type="button"
        className={`check-finding check-finding--${finding.severity}`}
        data-testid="check-finding"
        data-rule={finding.rule}
        data-severity={finding.severity}
        onClick={() => selectFinding(editor, finding)}
      >
        {/* One string, one text node (JSX around {…} makes three per row). */}
        <span className="check-finding-text">{`“${finding.text}”`}</span>
        <span className="check-finding-message">{finding.message}</span>
      </button>
      {suggestion !== undefined && (
        <button
          type="button"
          className="button-quiet check-fix"
          data-testid="check-fix"
          title={t('language.panel.fixTo', { suggestion })}
          aria-label={t('language.panel.fixTo', { suggestion })}
          onClick={() => applySuggestion(editor, finding, suggestion)}
        >
          {t('language.panel.fixShort', { suggestion })}
        </button>
      )}
    </li>
  );
}

const sameShown = (a: CheckFindingRowProps, b: CheckFindingRowProps) =>
  a.editor === b.editor &&
  a.t === b.t &&
  a.finding.id === b.finding.id &&
  a.finding.text === b.finding.text &&
  a.finding.message === b.finding.message &&
  a.finding.severity === b.finding.severity &&
  a.finding.rule === b.finding.rule &&
  a.finding.suggestions[0] === b.finding.suggestions[0];

export const CheckFindingRow = memo(CheckFindingRowView, sameShown);
