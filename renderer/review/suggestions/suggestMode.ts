// "Đề xuất" mode: while on, every local edit is turned into suggestions by the current
// author (insertions marked, deletions struck through but kept) instead of changing the
// text. The engine is @handlewithcare/prosemirror-suggest-changes; this extension decides
// which transactions it sees, names the author, and refuses what Yjs could not keep.
import { Extension } from '@tiptap/core';
import { AttrStep, DocAttrStep } from '@tiptap/pm/transform';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { suggestChangesKey, transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import { SUGGESTION_ANCHOR_CHAR, type ReviewActor } from '../../../electron/contract/review';
import { stampAuthor } from './stampAuthor';
import { newSuggestionId } from './suggestionIds';
import { moveNodeMarksToText } from './inlineBlockSuggestions';
import { reviewCommands, reviewMetaKey } from './suggestionCommands';
import { suggestionDecorations } from './suggestionDecorations';
import { keyDeletion } from './suggestKeys';
import { suggestComposedChange } from './composeOverSelection';
import { stripInheritedSuggestionMarks, stripMarksFromComposedText } from './plainEditMarks';
import { removesOthersInsertion } from './othersInsertions';

export interface SuggestModeOptions {
  /** The local profile at the moment of the edit. */
  actor: () => ReviewActor;
}

/** Why the last edit in suggest mode was not made, for a short notice; null when it was. */
export type SuggestNotice = 'structural' | 'othersInsertion' | null;

interface SuggestModeState {
  enabled: boolean;
  notice: SuggestNotice;
}

export const suggestModeKey = new PluginKey<SuggestModeState>('soanSuggestMode');

export function isSuggestModeOn(state: EditorState): boolean {
  return suggestModeKey.getState(state)?.enabled ?? false;
}

export function suggestNotice(state: EditorState): SuggestNotice {
  return suggestModeKey.getState(state)?.notice ?? null;
}

function isRemoteOrUndo(tr: Transaction): boolean {
  const ySync = (tr.getMeta(ySyncPluginKey) ?? {}) as { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean };
  return Boolean(ySync.isChangeOrigin || ySync.isUndoRedoOperation);
}

/** Whether a transaction about to be dispatched should become suggestions. */
export function shouldSuggest(tr: Transaction, state: EditorState): boolean {
  if (!tr.docChanged || !isSuggestModeOn(state)) return false;
  if (isRemoteOrUndo(tr) || tr.getMeta(reviewMetaKey)) return false;
  if ('skip' in ((tr.getMeta(suggestChangesKey) as object | undefined) ?? {})) return false;
  // Soạn's own automatic edits (the sapo's source prefix) are not anyone's suggestion.
  if (tr.getMeta('addToHistory') === false) return false;
  return true;
}

/**
 * Changes of a node's attributes (a heading level, a figure's picture) would be stored by
 * the engine as marks on the node itself, which y-tiptap does not keep: refused.
 */
function changesNodeAttributes(tr: Transaction): boolean {
  return tr.steps.some((step) => step instanceof AttrStep || step instanceof DocAttrStep);
}

export function suggestTransaction(tr: Transaction, state: EditorState, actor: ReviewActor): Transaction | null {
  let tracked: Transaction;
  try {
    tracked = transformToSuggestionTransaction(tr, state, () => newSuggestionId());
  } catch {
    return null; // the engine could not express this edit as a suggestion
  }
  if (changesNodeAttributes(tracked) || !moveNodeMarksToText(tracked)) return null;
  stampAuthor(tracked, actor);
  return tracked;
}

/**
 * A caret moved by the browser (End, Home, a click) reaches ProseMirror on the next
 * selectionchange event, which can come after a fast key press: read it from the DOM so
 * the deletion happens where the writer sees the caret.
 */
function syncSelectionFromDom(view: EditorView): void {
  const dom = view.dom.ownerDocument.getSelection();
  if (!dom || !dom.isCollapsed || !dom.focusNode || !view.dom.contains(dom.focusNode)) return;
  let pos: number;
  try {
    pos = view.posAtDOM(dom.focusNode, dom.focusOffset);
  } catch {
    return;
  }
  const { selection, doc } = view.state;
  if (!selection.empty || selection.head === pos || pos < 0 || pos > doc.content.size) return;
  if (doc.resolve(pos).parent.inlineContent) view.dispatch(view.state.tr.setSelection(TextSelection.create(doc, pos)));
}

/** A local, plain edit (suggest mode off): what it inserts must not join anyone's suggestion. */
function isPlainLocalEdit(tr: Transaction, state: EditorState): boolean {
  if (!tr.docChanged || isSuggestModeOn(state)) return false;
  return !isRemoteOrUndo(tr) && !tr.getMeta(reviewMetaKey) && !('skip' in ((tr.getMeta(suggestChangesKey) as object | undefined) ?? {}));
}

/** Plain compositions (suggest mode off): the document they began in, to clean up after. */
const composingPlain = new WeakMap<EditorView, EditorState['doc']>();

function finishComposingPlain(view: EditorView): void {
  const before = composingPlain.get(view);
  composingPlain.delete(view);
  if (!before || view.isDestroyed || view.composing) return;
  const tr = view.state.tr;
  stripMarksFromComposedText(before, tr);
  if (tr.docChanged) view.dispatch(tr.setMeta('addToHistory', false));
}

/** Compositions that began over a selection in suggest mode: the state they began in. */
const composingOver = new WeakMap<EditorView, EditorState>();

/** Whether this view's edits go through plainly for now (see composeOverSelection.ts). */
export function isComposingOverSelection(view: EditorView): boolean {
  return composingOver.has(view);
}

function finishComposingOver(view: EditorView, actor: () => ReviewActor): void {
  const start = composingOver.get(view);
  composingOver.delete(view);
  if (!start || view.isDestroyed) return;
  const result = suggestComposedChange(start, view.state, (tr, state) => suggestTransaction(tr, state, actor()));
  if (!result) return;
  const { tr, suggested } = result;
  tr.setMeta(suggestChangesKey, { skip: true });
  if (!suggested) tr.setMeta(suggestModeKey, { notice: 'structural' });
  view.dispatch(tr);
}

/** On/off and notice state, the ¶ at suggested paragraph breaks, and the keys suggest mode handles itself. */
export function suggestModePlugin(actor?: () => ReviewActor): Plugin<SuggestModeState> {
  return new Plugin<SuggestModeState>({
    key: suggestModeKey,
    state: {
      init: () => ({ enabled: false, notice: null }),
      apply: (tr, value) => {
        const meta = tr.getMeta(suggestModeKey) as Partial<SuggestModeState> | undefined;
        if (meta) return { ...value, ...meta };
        return tr.docChanged && value.notice ? { ...value, notice: null } : value;
      },
    },
    props: {
      decorations: suggestionDecorations,
      // The editing area itself says suggest mode is on (an outline in suggestions.css).
      attributes: (state): Record<string, string> => (isSuggestModeOn(state) ? { class: 'is-suggesting' } : {}),
      handleDOMEvents: {
        compositionstart(view) {
          if (!isSuggestModeOn(view.state) && !composingPlain.has(view)) composingPlain.set(view, view.state.doc);
          const { selection } = view.state;
          if (actor && isSuggestModeOn(view.state) && !view.composing && !selection.empty && selection instanceof TextSelection) {
            composingOver.set(view, view.state);
          }
          return false;
        },
        compositionend(view) {
          // After ProseMirror has read the last of the composition (a microtask, see prosemirror-view).
          if (actor && composingOver.has(view)) setTimeout(() => finishComposingOver(view, actor), 0);
          if (composingPlain.has(view)) setTimeout(() => finishComposingPlain(view), 0);
          return false;
        },
      },
      handleKeyDown(view, event) {
        if (!isSuggestModeOn(view.state)) return false;
        const $cursor = view.state.selection.empty ? view.state.selection.$from : null;
        // The engine's anchors are invisible: arrow keys step over them.
        if ($cursor && event.key === 'ArrowRight' && $cursor.nodeAfter?.text?.startsWith(SUGGESTION_ANCHOR_CHAR)) {
          view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, $cursor.pos + 1)));
        }
        if ($cursor && event.key === 'ArrowLeft' && $cursor.nodeBefore?.text?.endsWith(SUGGESTION_ANCHOR_CHAR)) {
          view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, $cursor.pos - 1)));
        }
        if (event.key === 'Backspace' || event.key === 'Delete') syncSelectionFromDom(view);
        const deletion = keyDeletion(view.state, event);
        if (!deletion) return false;
        view.dispatch(deletion);
        return true;
      },
    },
  });
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestMode: {
      setSuggestMode: (on: boolean) => ReturnType;
      toggleSuggestMode: () => ReturnType;
    };
  }
}

export const SuggestMode = Extension.create<SuggestModeOptions>({
  name: 'suggestMode',

  addOptions() {
    return { actor: () => ({ name: '', role: 'reporter' }) };
  },

  // Before the core keymap (priority 100), so Backspace/Delete in suggest mode are ours.
  priority: 110,

  addProseMirrorPlugins() {
    return [suggestModePlugin(() => this.options.actor())];
  },

  addCommands() {
    return {
      setSuggestMode:
        (on) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(suggestModeKey, { enabled: on, notice: null });
          return true;
        },
      toggleSuggestMode:
        () =>
        ({ state, commands }) =>
          commands.setSuggestMode(!isSuggestModeOn(state)),
      ...reviewCommands(),
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Alt-s': () => this.editor.commands.toggleSuggestMode() };
  },

  dispatchTransaction({ transaction, next }) {
    const state = this.editor.state;
    const view = this.editor.view;
    if (isPlainLocalEdit(transaction, state) && !view.composing) stripInheritedSuggestionMarks(transaction);
    if (!shouldSuggest(transaction, state) || isComposingOverSelection(view)) return next(transaction);
    if (removesOthersInsertion(transaction, this.options.actor())) {
      return next(state.tr.setMeta(suggestModeKey, { notice: 'othersInsertion' }).setMeta('addToHistory', false));
    }
    const tracked = suggestTransaction(transaction, state, this.options.actor());
    if (tracked) return next(tracked);
    next(state.tr.setMeta(suggestModeKey, { notice: 'structural' }).setMeta('addToHistory', false));
  },
});
