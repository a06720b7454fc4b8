// The paste pipeline: every pasted HTML is sanitized to the article schema and every pasted
// text is NFC without invisible junk. A paste that may be in a legacy Vietnamese encoding
// (a .VnTime/VNI font in the HTML, or letters Unicode Vietnamese never uses) is taken over:
// language:convert answers asynchronously, then the converted text goes in where the
// selection was (mapped through any edits meanwhile), with a notice offering one-step undo.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { toNfc } from '../../../electron/contract/text/normalize';
import { convertLegacyRuns, type LegacyRun } from './convertLegacyRuns';
import { ConversionNoticeStore, previewOf } from './conversionNotice';
import { legacyFontOf, looksLegacy } from './legacyFontHint';
import { removeInvisibleJunk } from './removeInvisibleJunk';
import { parsePastedHtml, sanitizePastedHtml } from './sanitizePastedHtml';
import { dropTrackedRange, setTrackedRange, trackedRange, trackedRangesPlugin } from './trackedRanges';

export interface PasteCleaningStorage {
  notices: ConversionNoticeStore;
}

declare module '@tiptap/core' {
  interface Storage {
    pasteCleaning: PasteCleaningStorage;
  }
}

interface Clipboard {
  html: string;
  text: string;
}

interface LegacyPaste {
  runs: LegacyRun[];
  /** Rebuilds the paste with the given text for each run (HTML pastes keep their structure). */
  rebuild: (texts: string[]) => Clipboard;
}

function findLegacyRuns(clipboard: Clipboard): LegacyPaste | null {
  if (clipboard.html) {
    const doc = parsePastedHtml(clipboard.html);
    const nodes: Text[] = [];
    const runs: LegacyRun[] = [];
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const text = node.data;
      const fontName = legacyFontOf(node);
      if (text.trim() && (fontName || looksLegacy(text))) {
        nodes.push(node);
        runs.push({ text, fontName });
      }
    }
    if (runs.length === 0) return null;
    return {
      runs,
      rebuild: (texts) => {
        nodes.forEach((node, i) => (node.data = texts[i]));
        return { html: doc.body.innerHTML, text: '' };
      },
    };
  }
  if (clipboard.text && looksLegacy(clipboard.text)) {
    return { runs: [{ text: clipboard.text }], rebuild: ([text]) => ({ html: '', text }) };
  }
  return null;
}

let pasteCounter = 0;

export const PasteCleaning = Extension.create<Record<string, never>, PasteCleaningStorage>({
  name: 'pasteCleaning',

  addStorage() {
    return { notices: new ConversionNoticeStore() };
  },

  addProseMirrorPlugins() {
    const notices = this.storage.notices;
    // True while we replay a paste ourselves; `raw` keeps the text exactly as pasted (undo).
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

    const convertAndInsert = async (view: EditorView, clipboard: Clipboard, legacy: LegacyPaste, id: string) => {
      let converted: Clipboard | null = null;
      let encoding: Awaited<ReturnType<typeof convertLegacyRuns>>['encoding'] = 'unicode';
      try {
        const answer = await convertLegacyRuns(legacy.runs);
        if (answer.changed) {
          converted = legacy.rebuild(answer.texts);
          encoding = answer.encoding;
        }
      } catch {
        // The converter is unavailable: the paste still goes in, as it came.
      }
      if (view.isDestroyed || !selectRange(view, id)) return;
      if (!converted) {
        replay(view, clipboard, false);
        return;
      }
      const start = view.state.selection.from;
      replay(view, converted, false);
      const undoId = `${id}-undo`;
      view.dispatch(setTrackedRange(view.state.tr, undoId, { from: start, to: view.state.selection.to }));
      notices.show({
        id,
        encoding,
        before: previewOf(legacy.runs.map((run) => run.text).join(' ')),
        after: previewOf(converted.html ? parsePastedHtml(converted.html).body.textContent ?? '' : converted.text),
        undo: () => {
          notices.dismiss(id);
          if (view.isDestroyed || !selectRange(view, undoId)) return;
          replay(view, clipboard, true);
          view.focus();
        },
      });
    };

    return [
      trackedRangesPlugin(),
      new Plugin({
        key: new PluginKey('pasteCleaning'),
        props: {
          transformPastedHTML: (html) => (raw ? sanitizeAsIs(html) : sanitizePastedHtml(html)),
          transformPastedText: (text) => (raw ? text : removeInvisibleJunk(toNfc(text))),
          handlePaste(view, event) {
            const data = event.clipboardData;
            if (replaying || !data || data.files.length > 0) return false;
            const clipboard = { html: data.getData('text/html'), text: data.getData('text/plain') };
            const legacy = findLegacyRuns(clipboard);
            if (!legacy) return false;
            event.preventDefault();
            const id = `paste-${++pasteCounter}`;
            const { from, to } = view.state.selection;
            view.dispatch(setTrackedRange(view.state.tr, id, { from, to }));
            void convertAndInsert(view, clipboard, legacy, id);
            return true;
          },
        },
      }),
    ];
  },
});

/** Undo puts back the text exactly as pasted: still sanitized, but no character removed. */
function sanitizeAsIs(html: string): string {
  return sanitizePastedHtml(html, { keepText: true });
}
