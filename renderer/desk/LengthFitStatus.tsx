// The status bar's copyfit: the article's count against the length the desk planned
// (nothing when none is planned), decided by the contract's lengthFit rule.
import type * as Y from 'yjs';
import { metaKeys } from '../../electron/contract/article/articleNames';
import { lengthFit } from '../../electron/contract/article/lengthFit';
import { useMetaValue } from '../panels/useMetaValue';
import { asPlannedLength } from './deskMetaValues';
import { LengthFitBadge } from './LengthFitBadge';

export function LengthFitStatus({ doc, counts }: { doc: Y.Doc; counts: { words: number; characters: number } }) {
  const [plan] = useMetaValue(doc, metaKeys.plannedLength, asPlannedLength);
  if (!plan) return null;
  return (
    <>
      <span className="statusbar-sep" aria-hidden="true">·</span>
      <LengthFitBadge fit={lengthFit(counts, plan)} testId="status-copyfit" />
    </>
  );
}
