// "Đề xuất" mode: while on, every local edit is turned into suggestions by the current
// author (insertions marked, deletions struck through but kept) instead of changing the
// text. The engine is @handlewithcare/prosemirror-suggest-changes; this extension decides
// which transactions it sees, names the author, and refuses what Yjs could not keep.
import { Extension } from '@tiptap/core';
import { AddNodeMarkStep, AttrStep, DocAttrStep, RemoveNodeMarkStep } from '@tiptap/pm/transform';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import {
  isSuggestChangesEnabled,
  suggestChanges,
  suggestChangesKey,
  transformToSuggestionTransaction,
} from '@handlewithcare/prosemirror-suggest-changes';
import type { ReviewActor } from '../../../electron/contract/review';
import { stampAuthor } from './stampAuthor';
import { newSuggestionId } from './suggestionIds';
import { isSuggestionMark } from './suggestionMarkTypes';
import { reviewCommands, reviewMetaKey } from './suggestionCommands';

export interface SuggestModeOptions {
  /** The local profile at the moment of the edit. */
  actor: () => ReviewActor;
}

/** Why the last edit in suggest mode was not made, for a short notice; null when it was. */
export type SuggestNotice = 'structural' | null;

export const suggestModeKey = new PluginKey<{ notice: SuggestNotice }>('soanSuggestMode');

export function isSuggestModeOn(state: EditorState): boolean {
  return isSuggestChangesEnabled(state);
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
  if (!tr.docChanged || !isSuggestChangesEnabled(state)) return false;
  if (isRemoteOrUndo(tr) || tr.getMeta(reviewMetaKey)) return false;
  if ('skip' in ((tr.getMeta(suggestChangesKey) as object | undefined) ?? {})) return false;
  // Soạn's own automatic edits (the sapo's source prefix) are not anyone's suggestion.
  if (tr.getMeta('addToHistory') === false) return false;
  return true;
}

/**
 * y-tiptap keeps marks on text only, not on block nodes: a suggestion the engine would
 * store on a whole paragraph, a figure or a heading level would be lost on save, so such
 * edits are refused in suggest mode rather than silently accepted or dropped.
 */
function usesNodeLevelSuggestions(tr: Transaction): boolean {
  return tr.steps.some(
    (step) =>
      step instanceof AttrStep ||
      step instanceof DocAttrStep ||
      ((step instanceof AddNodeMarkStep || step instanceof RemoveNodeMarkStep) && isSuggestionMark(step.mark)),
  );
}

export function suggestTransaction(tr: Transaction, state: EditorState, actor: ReviewActor): Transaction | null {
  let tracked: Transaction;
  try {
    tracked = transformToSuggestionTransaction(tr, state, () => newSuggestionId());
  } catch {
    return null; // the engine could not express this edit as a suggestion
  }
  if (usesNodeLevelSuggestions(tracked)) return null;
  stampAuthor(tracked, actor);
  return tracked;
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

  addProseMirrorPlugins() {
    return [
      // The engine's plugin: on/off state, the ¶ marks at suggested paragraph breaks, and
      // arrow keys that step over its invisible anchors.
      suggestChanges(),
      new Plugin({
        key: suggestModeKey,
        state: {
          init: () => ({ notice: null as SuggestNotice }),
          apply: (tr, value) => {
            const meta = tr.getMeta(suggestModeKey) as { notice: SuggestNotice } | undefined;
            if (meta) return meta;
            return tr.docChanged && value.notice ? { notice: null } : value;
          },
        },
      }),
    ];
  },

  addCommands() {
    return {
      setSuggestMode:
        (on) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(suggestChangesKey, { skip: true, enabled: on }).setMeta(suggestModeKey, { notice: null });
          return true;
        },
      toggleSuggestMode:
        () =>
        ({ state, commands }) =>
          commands.setSuggestMode(!isSuggestChangesEnabled(state)),
      ...reviewCommands(),
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Alt-s': () => this.editor.commands.toggleSuggestMode() };
  },

  dispatchTransaction({ transaction, next }) {
    const state = this.editor.state;
    if (!shouldSuggest(transaction, state)) return next(transaction);
    const tracked = suggestTransaction(transaction, state, this.options.actor());
    if (tracked) return next(tracked);
    next(state.tr.setMeta(suggestModeKey, { notice: 'structural' }).setMeta('addToHistory', false));
  },
});
