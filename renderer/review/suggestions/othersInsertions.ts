// In suggest mode, deleting words someone else proposed would erase their proposal without
// a trace (the engine deletes pending insertions for real). Those words are theirs to
// withdraw or for the reviewer to reject, so such an edit is refused with a notice.
import type { Transaction } from '@tiptap/pm/state';
import { ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform';
import { suggestionMarks, type ReviewActor } from '../../../electron/contract/review';

/** Whether `tr` removes any text of a pending insertion by another author. */
export function removesOthersInsertion(tr: Transaction, actor: ReviewActor): boolean {
  return tr.steps.some((step, index) => {
    if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) return false;
    const { from, to } = step as ReplaceStep;
    if (to <= from) return false;
    let found = false;
    tr.docs[index].nodesBetween(from, to, (node) => {
      if (found || !node.isText) return !found;
      const insertion = node.marks.find((mark) => mark.type.name === suggestionMarks.insertion);
      if (insertion && insertion.attrs.author !== actor.name) found = true;
      return false;
    });
    return found;
  });
}
