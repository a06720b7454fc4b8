// Backspace and Delete in suggest mode. Left to the browser, a deletion inside text changes
// the DOM first and ProseMirror reconstructs the edit by comparing text, which goes wrong
// once deleted letters stay on screen (a struck-through "30 km" came back as "30 km km").
// So in suggest mode these keys are turned into explicit deletions of a character or a word.
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';
import { SUGGESTION_ANCHOR_CHAR } from '../../../electron/contract/review';

const WORD_BEFORE = /(?:[\p{L}\p{M}\p{N}_]+[^\p{L}\p{M}\p{N}_\n]*|[^\p{L}\p{M}\p{N}_\n]+)$/u;
const WORD_AFTER = /^(?:[^\p{L}\p{M}\p{N}_\n]*[\p{L}\p{M}\p{N}_]+|[^\p{L}\p{M}\p{N}_\n]+)/u;

/** Length in UTF-16 units of the last (or first) character: an emoji's surrogate pair stays whole. */
function charLength(text: string, backward: boolean): number {
  const chars = [...text]; // text is NFC (nfcText.ts): one code point per Vietnamese letter
  return (backward ? chars[chars.length - 1] : chars[0])?.length ?? 1;
}

/**
 * The deletion a key press means, as a transaction, or null to leave the key to the
 * editor's own handling (a selection, the start or end of a paragraph, other keys).
 */
export function keyDeletion(
  state: EditorState,
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>,
): Transaction | null {
  const backward = event.key === 'Backspace';
  if (!backward && event.key !== 'Delete') return null;
  if (event.shiftKey && !backward) return null; // Shift+Delete is cut
  const selection = state.selection;
  if (!(selection instanceof TextSelection) || !selection.empty || !selection.$cursor) return null;
  const $cursor = selection.$cursor;
  const parent = $cursor.parent;
  const start = $cursor.start();
  const end = $cursor.end();
  const pos = $cursor.pos;
  const byWord = event.ctrlKey || event.altKey || event.metaKey;
  // Anchors are invisible: what is before/after the cursor, as the writer sees it.
  const before = parent.textBetween(0, pos - start, undefined, '\uFFFC');
  const after = parent.textBetween(pos - start, end - start, undefined, '\uFFFC');
  if (backward) {
    if (!before.replaceAll(SUGGESTION_ANCHOR_CHAR, '')) return null; // joining paragraphs: the keymap's job
    const length = byWord ? (WORD_BEFORE.exec(before)?.[0].length ?? 1) : charLength(before, true);
    return state.tr.delete(pos - length, pos).scrollIntoView();
  }
  if (!after.replaceAll(SUGGESTION_ANCHOR_CHAR, '')) return null;
  const length = byWord ? (WORD_AFTER.exec(after)?.[0].length ?? 1) : charLength(after, false);
  return state.tr.delete(pos, pos + length).scrollIntoView();
}
