// Outside suggest mode an edit is plain text, whoever's suggestion it lands in. ProseMirror
// gives typed text the marks around it, so words typed inside someone's pending insertion
// or deletion would silently join that suggestion — and vanish when it is rejected or
// accepted. These helpers take the suggestion marks off what a plain edit inserts.
import { Fragment, type Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { isSuggestionMarkType } from './suggestionMarkTypes';

function stripRange(tr: Transaction, from: number, to: number): void {
  if (to <= from) return;
  for (const type of Object.values(tr.doc.type.schema.marks)) {
    if (isSuggestionMarkType(type)) tr.removeMark(from, to, type);
  }
}

/** Removes suggestion marks from every range the transaction's steps inserted. */
export function stripInheritedSuggestionMarks(tr: Transaction): void {
  const inserted: Array<[number, number]> = [];
  tr.steps.forEach((step, index) => {
    const later = tr.mapping.slice(index + 1);
    step.getMap().forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      if (newEnd > newStart) inserted.push([later.map(newStart, -1), later.map(newEnd, 1)]);
    });
  });
  for (const [from, to] of inserted) stripRange(tr, from, to);
}

/** After an input-method composition: removes suggestion marks from the text it changed (from `before` to `tr.doc`). */
export function stripMarksFromComposedText(before: PMNode, tr: Transaction): void {
  const after = tr.doc;
  const start = Fragment.from(before.content).findDiffStart(after.content);
  if (start == null) return;
  const end = before.content.findDiffEnd(after.content);
  if (!end) return;
  stripRange(tr, start, Math.max(start, end.b));
}
