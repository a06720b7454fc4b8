// An input method's composition (Telex/VNI on macOS, ibus, Windows) that starts over a
// selection in suggest mode. The browser replaces the selected text in the DOM with the
// composition; were each step made a suggestion, the struck-through word would be put back
// mid-composition, ProseMirror would redraw that stretch, and the input method would lose its
// place ("hôm nay" → "ssáng"). So such a composition edits the text plainly while it lasts,
// and when it ends its net change is made one suggestion: the selection struck through once,
// the composed word inserted once.
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';

/**
 * The transaction that turns the plain change from `start` (the state when the composition
 * began) to `current` into the suggestion `suggest` makes of it; when `suggest` refuses
 * the edit, the transaction only undoes the plain change (`suggested` false). Null when
 * nothing changed.
 */
export function suggestComposedChange(
  start: EditorState,
  current: EditorState,
  suggest: (tr: Transaction, state: EditorState) => Transaction | null,
): { tr: Transaction; suggested: boolean } | null {
  const before = start.doc;
  const after = current.doc;
  const diffStart = after.content.findDiffStart(before.content);
  const diffEnd = after.content.findDiffEnd(before.content);
  if (diffStart == null || !diffEnd) return null;
  // The whole selected word is what was replaced, even where the new one shares letters with
  // it ("ba" → "bà" strikes "ba", not "a"); the text around the range is the same in both.
  const delta = after.content.size - before.content.size;
  const from = Math.min(diffStart, start.selection.from, diffEnd.b, diffEnd.a);
  const toBefore = Math.max(diffEnd.b, start.selection.to, diffStart, diffStart - delta);
  const toAfter = toBefore + delta;
  // Undo the plain change, then replay the suggestion's steps on the same document.
  const tr = current.tr.replace(from, toAfter, before.slice(from, toBefore));
  if (!tr.doc.eq(before)) return null;
  const tracked = suggest(start.tr.replace(from, toBefore, after.slice(from, toAfter)), start);
  if (!tracked) return { tr, suggested: false };
  for (const step of tracked.steps) {
    if (tr.maybeStep(step).failed) return null;
  }
  const caret = Math.min(tracked.selection.head, tr.doc.content.size);
  return { tr: tr.setSelection(TextSelection.near(tr.doc.resolve(caret))), suggested: true };
}

