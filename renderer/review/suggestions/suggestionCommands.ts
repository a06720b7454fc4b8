// Accept and reject: one suggestion, all of one author's, or all. Each is ONE transaction,
// so one Ctrl+Z (the Yjs undo manager) brings the suggestions back.
import type { CommandProps } from '@tiptap/core';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';
import { suggestChangesKey } from '@handlewithcare/prosemirror-suggest-changes';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import { SUGGESTION_ANCHOR_CHAR, suggestionMarks } from '../../../electron/contract/review';
import { pendingSuggestions, type PendingSuggestion } from './pendingSuggestions';
import { resolveSuggestions } from './resolveSuggestions';

export const reviewMetaKey = 'soanSuggestionReview';

export type SuggestionFilter = { id: string } | { author: string } | 'all';

function matches(filter: SuggestionFilter, s: PendingSuggestion): boolean {
  if (filter === 'all') return true;
  if ('id' in filter) return s.id === filter.id;
  return (s.author ?? '') === filter.author;
}

/** Builds one transaction that accepts (or rejects) every matching suggestion. */
export function reviewTransaction(state: EditorState, filter: SuggestionFilter, accept: boolean): Transaction | null {
  const ids = pendingSuggestions(state.doc)
    .filter((s) => matches(filter, s))
    .map((s) => s.id);
  if (ids.length === 0) return null;
  const tr = state.tr;
  resolveSuggestions(tr, new Set(ids), accept);
  removeStrayAnchors(tr);
  // Paragraphs that were nothing but the removed words go too.
  removeEmptiedParagraphs(tr, whollyMarked(state, accept ? suggestionMarks.deletion : suggestionMarks.insertion, new Set(ids)));
  if (!tr.docChanged) return null;
  return tr.setMeta(reviewMetaKey, true).setMeta(suggestChangesKey, { skip: true });
}

/**
 * The engine's zero-width anchors mean nothing once their suggestion is decided (an
 * accepted insertion, a rejected deletion keep their text): unmarked, they would be stray
 * characters in the article.
 */
function removeStrayAnchors(tr: Transaction): void {
  const stray: number[] = [];
  tr.doc.descendants((node, pos) => {
    if (!node.isText) return true;
    if (node.marks.some((m) => m.type.name === suggestionMarks.insertion || m.type.name === suggestionMarks.deletion)) return false;
    const text = node.text ?? '';
    for (let i = text.indexOf(SUGGESTION_ANCHOR_CHAR); i >= 0; i = text.indexOf(SUGGESTION_ANCHOR_CHAR, i + 1)) stray.push(pos + i);
    return false;
  });
  for (const pos of stray.reverse()) tr.delete(pos, pos + 1);
}

/** Start positions of the paragraphs whose every letter carries one of these suggestions. */
function whollyMarked(state: EditorState, markName: string, ids: Set<string>): number[] {
  const found: number[] = [];
  state.doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let all = node.childCount > 0;
    node.forEach((child) => {
      const mark = child.marks.find((m) => m.type.name === markName);
      if (!mark || !ids.has(String(mark.attrs.id))) all = false;
    });
    if (all) found.push(pos);
    return false;
  });
  return found;
}

/**
 * Accepting the deletion of whole paragraphs (or rejecting their insertion) removes the
 * paragraphs, not only their words, where the article's shape allows it (the headline and
 * sapo always stay).
 */
function removeEmptiedParagraphs(tr: Transaction, starts: number[]): void {
  const targets = starts
    .map((pos) => tr.mapping.mapResult(pos, 1))
    .filter((r) => !r.deleted)
    .map((r) => r.pos);
  for (const pos of targets.reverse()) {
    const node = tr.doc.nodeAt(pos);
    if (!node || !node.isTextblock || node.content.size > 0) continue;
    const $pos = tr.doc.resolve(pos);
    const index = $pos.index();
    if ($pos.parent.canReplace(index, index + 1)) tr.delete(pos, pos + node.nodeSize);
  }
}

/** Keeps accept/reject a Ctrl+Z of its own, not merged with typing just before or after. */
function stopUndoCapture(state: EditorState): void {
  const undo = yUndoPluginKey.getState(state) as { undoManager?: { stopCapturing: () => void } } | undefined;
  undo?.undoManager?.stopCapturing();
}

function reviewCommand(filter: SuggestionFilter, accept: boolean) {
  return ({ dispatch, view, tr: commandTr }: CommandProps) => {
    // view.state, not the command's state: TipTap's chainable state hands out the command's
    // own transaction as state.tr, and this one is dispatched on its own, as one undo step.
    const state = view.state;
    const tr = reviewTransaction(state, filter, accept);
    if (!tr) return false;
    if (dispatch) {
      stopUndoCapture(state);
      // Dispatched directly: TipTap's command transaction would merge it with other steps.
      // TipTap then dispatches its own (now stale) transaction: "Applying a mismatched transaction".
      commandTr.setMeta('preventDispatch', true);
      view.dispatch(tr);
      stopUndoCapture(view.state);
    }
    return true;
  };
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestionReview: {
      acceptSuggestion: (id: string) => ReturnType;
      rejectSuggestion: (id: string) => ReturnType;
      acceptSuggestionsBy: (author: string) => ReturnType;
      rejectSuggestionsBy: (author: string) => ReturnType;
      acceptAllSuggestions: () => ReturnType;
      rejectAllSuggestions: () => ReturnType;
      /** Selects the suggested text and scrolls it into view. */
      selectSuggestion: (id: string) => ReturnType;
    };
  }
}

export function reviewCommands() {
  return {
    acceptSuggestion: (id: string) => reviewCommand({ id }, true),
    rejectSuggestion: (id: string) => reviewCommand({ id }, false),
    acceptSuggestionsBy: (author: string) => reviewCommand({ author }, true),
    rejectSuggestionsBy: (author: string) => reviewCommand({ author }, false),
    acceptAllSuggestions: () => reviewCommand('all', true),
    rejectAllSuggestions: () => reviewCommand('all', false),
    selectSuggestion:
      (id: string) =>
      ({ state, tr, dispatch }: CommandProps) => {
        const found = pendingSuggestions(state.doc).find((s) => s.id === id);
        if (!found) return false;
        if (dispatch) tr.setSelection(TextSelection.create(state.doc, found.from, found.to)).scrollIntoView();
        return true;
      },
  };
}
