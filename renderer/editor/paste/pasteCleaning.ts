// The paste pipeline. Clipboard HTML from outside the editor (Word, Google Docs, LibreOffice,
// Outlook, web pages) goes to paste:convert — the services' HTML-to-article conversion that a
// .docx import uses too — and the article blocks it answers (photos already stored) go in
// where the selection was, mapped through any edits meanwhile, with a notice of what could not
// come in as it was. A paste that may be in a legacy Vietnamese encoding (a .VnTime/VNI font,
// or letters Unicode Vietnamese never uses) goes to language:convert first, with a notice
// offering one-step undo. Plain text is NFC without invisible junk; the editor's own copies
// and any paste the services cannot answer are sanitized here, as before.
import { Extension } from '@tiptap/core';
import type { Slice } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { toNfc } from '../../../electron/contract/text/normalize';
import type { CodedMessage, PastedBlocks } from '../../../electron/contract/types';
import { call } from '../../platform/soanClient';
import { convertLegacyRuns, type RunConversion } from './convertLegacyRuns';
import { ConversionNoticeStore, previewOf } from './conversionNotice';
import { htmlHasText, pastedSlice } from './insertPastedBlocks';
import { findLegacyRuns, type Clipboard, type LegacyPaste } from './legacyRuns';
import { isInPlainField, pasteSlice } from './pasteIntoPlainField';
import { PasteNoteStore, type PasteNote } from './pasteNotes';
import { removeInvisibleJunk } from './removeInvisibleJunk';
import { sanitizePastedHtml } from './sanitizePastedHtml';
import { dropTrackedRange, setTrackedRange, trackedRange, trackedRangesPlugin } from './trackedRanges';

export interface PasteCleaningOptions {
  /** The open article: photos in a paste are stored in its media. */
  articleId: string;
}

export interface PasteCleaningStorage {
  notices: ConversionNoticeStore;
  pasteNotes: PasteNoteStore;
}

declare module '@tiptap/core' {
  interface Storage {
    pasteCleaning: PasteCleaningStorage;
  }
}

/** ProseMirror marks its own clipboard; those pastes keep the editor's own handling. */
const fromThisEditor = (html: string) => /\bdata-pm-slice=/.test(html);

let pasteCounter = 0;

export const PasteCleaning = Extension.create<PasteCleaningOptions, PasteCleaningStorage>({
  name: 'pasteCleaning',

  addOptions() {
    return { articleId: '' };
  },

  addStorage() {
    return { notices: new ConversionNoticeStore(), pasteNotes: new PasteNoteStore() };
  },

  addProseMirrorPlugins() {
    const { notices, pasteNotes } = this.storage;
    const { articleId } = this.options;
    // True while we put a paste in ourselves; `raw` keeps the text exactly as pasted (undo).
    let replaying = false;
    let raw = false;

    const replay = (view: EditorView, clipboard: Clipboard, asIs: boolean) => {
      replaying = true;
      raw = asIs;
      try {
        if (clipboard.html) view.pasteHTML(clipboard.html);
        else view.pasteText(clipboard.text);
      } finally {
        replaying = false;
        raw = false;
      }
    };

    const selectRange = (view: EditorView, id: string): boolean => {
      const range = trackedRange(view.state, id);
      if (!range) return false;
      const { doc } = view.state;
      const selection = TextSelection.between(doc.resolve(range.from), doc.resolve(range.to));
      view.dispatch(dropTrackedRange(view.state.tr.setSelection(selection), id));
      return true;
    };

    /** Clipboard HTML → article blocks; null when the services cannot answer (then: as before). */
    const convertHtml = async (html: string, asPasted: boolean): Promise<PastedBlocks | null> => {
      try {
        return await call('paste:convert', asPasted ? { articleId, html, asPasted } : { articleId, html });
      } catch {
        return null;
      }
    };

    /** Puts a slice in over the selection (as text in the headline and byline); what to tell. */
    const putSlice = (view: EditorView, slice: Slice): CodedMessage[] => {
      const { tr, notes } = pasteSlice(view.state, slice);
      view.dispatch(tr.scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'));
      return notes;
    };

    /** Puts converted blocks in over the selection; without an answer, the sanitized HTML. */
    const insert = (view: EditorView, clipboard: Clipboard, pasted: PastedBlocks | null, asIs: boolean): CodedMessage[] => {
      const slice = pasted ? pastedSlice(view.state.schema, pasted.blocks) : null;
      if (slice) {
        replaying = true;
        try {
          return putSlice(view, slice);
        } finally {
          replaying = false;
        }
      } else if (!pasted) replay(view, clipboard, asIs);
      // An answer with no blocks: nothing in the HTML was article content (a lone <script>).
      return [];
    };

    const legacyConversion = async (legacy: LegacyPaste | null): Promise<{ converted: Clipboard; answer: RunConversion } | null> => {
      if (!legacy) return null;
      try {
        const answer = await convertLegacyRuns(legacy.runs);
        return answer.changed ? { converted: legacy.rebuild(answer.texts), answer } : null;
      } catch {
        return null; // the converter is unavailable: the paste still goes in, as it came
      }
    };

    const offerUndo = (view: EditorView, id: string, start: number, legacy: LegacyPaste, done: { converted: Clipboard; answer: RunConversion }, restore: () => Promise<void>) => {
      const undoId = `${id}-undo`;
      view.dispatch(setTrackedRange(view.state.tr, undoId, { from: start, to: view.state.selection.to }));
      const { answer } = done;
      notices.show({
        id,
        encoding: answer.encoding,
        before: previewOf(legacy.runs.map((run) => run.text).join(' ')),
        // The converted runs themselves, as "before" shows them (no list markers in between).
        after: previewOf(answer.texts.join(' ')),
        undo: () => {
          notices.dismiss(id);
          void restore();
        },
      });
    };

    const pasteHtml = async (view: EditorView, clipboard: Clipboard, id: string) => {
      const legacy = findLegacyRuns(clipboard);
      const done = await legacyConversion(legacy);
      const source = done?.converted ?? clipboard;
      const pasted = await convertHtml(source.html, false);
      if (view.isDestroyed || !selectRange(view, id)) return;
      const start = view.state.selection.from;
      const notes = [...(pasted?.notes ?? []), ...insert(view, source, pasted, false)];
      pasteNotes.show(notes.length ? { id, notes } : null);
      if (!legacy || !done) return;
      offerUndo(view, id, start, legacy, done, async () => {
        const original = await convertHtml(clipboard.html, true);
        if (view.isDestroyed || !selectRange(view, `${id}-undo`)) return;
        insert(view, clipboard, original, true);
        view.focus();
      });
    };

    const pasteLegacyText = async (view: EditorView, clipboard: Clipboard, legacy: LegacyPaste, id: string) => {
      const done = await legacyConversion(legacy);
      if (view.isDestroyed || !selectRange(view, id)) return;
      const start = view.state.selection.from;
      replay(view, done?.converted ?? clipboard, false);
      if (!done) return;
      offerUndo(view, id, start, legacy, done, async () => {
        if (view.isDestroyed || !selectRange(view, `${id}-undo`)) return;
        replay(view, clipboard, true);
        view.focus();
      });
    };

    return [
      trackedRangesPlugin(),
      new Plugin({
        key: new PluginKey('pasteCleaning'),
        props: {
          transformPastedHTML: (html) => (raw ? sanitizeAsIs(html) : sanitizePastedHtml(html)),
          transformPastedText: (text) => (raw ? text : removeInvisibleJunk(toNfc(text))),
          handlePaste(view, event, slice) {
            const data = event.clipboardData;
            // The headline and byline take any paste (the editor's own copies, plain text,
            // a replayed one) as one line of text.
            const inPlainField = isInPlainField(view.state);
            if (replaying || !data) {
              if (inPlainField) pasteNotes.show(withNotes(putSlice(view, slice)));
              return inPlainField;
            }
            const clipboard = { html: data.getData('text/html'), text: data.getData('text/plain') };
            const outsideHtml = Boolean(articleId) && Boolean(clipboard.html) && !fromThisEditor(clipboard.html);
            // A copied picture comes as a file (imageDrop); Word's clipboard may carry a picture of
            // the text too, but then its HTML has the text itself.
            if (data.files.length > 0 && !(outsideHtml && htmlHasText(clipboard.html))) return false;
            const legacy = outsideHtml ? null : findLegacyRuns(clipboard);
            if (!outsideHtml && !legacy) {
              if (inPlainField) pasteNotes.show(withNotes(putSlice(view, slice)));
              return inPlainField;
            }
            event.preventDefault();
            const id = `paste-${++pasteCounter}`;
            const { from, to } = view.state.selection;
            view.dispatch(setTrackedRange(view.state.tr, id, { from, to }));
            void (outsideHtml ? pasteHtml(view, clipboard, id) : pasteLegacyText(view, clipboard, legacy!, id));
            return true;
          },
        },
      }),
    ];
  },
});

function withNotes(notes: CodedMessage[]): PasteNote | null {
  return notes.length ? { id: `paste-${++pasteCounter}`, notes } : null;
}

/** Undo puts back the text exactly as pasted: still sanitized, but no character removed. */
function sanitizeAsIs(html: string): string {
  return sanitizePastedHtml(html, { keepText: true });
}
