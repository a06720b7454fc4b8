// Like TipTap's useEditorState, for what the panels, counts and toolbar show: while the writer
// types in the text, the value is worked out once typing pauses (at least every 1.5 s), when
// the browser is idle after the keystroke has painted. The caret moving, a change of structure
// (heading, list, new paragraph, marks), an edit made from a panel, the editor losing focus
// show at once.
// Every React commit while the text has focus walks the whole editable DOM (React saves and
// restores the selection of a focused contenteditable), so drawing panels inside each
// keystroke cost more than the keystroke itself on a long article.
import type { Editor } from '@tiptap/core';
import { ReplaceStep, type Transform } from '@tiptap/pm/transform';
import type { EditorState } from '@tiptap/pm/state';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { samePlainData } from './samePlainData';

/** Quiet time after the last keystroke before panels catch up. */
export const SETTLE_PAUSE_MS = 300;
/** Longest the panels wait while typing goes on. */
export const SETTLE_MAX_WAIT_MS = 1500;
/** Longest stretch of working out panels' values ahead before a keystroke may get in. */
const PREPARE_SLICE_MS = 4;

/** One per editor: a version number that moves when the panels may look at the editor again. */
class SettledEditor {
  version = 0;
  private listeners = new Set<() => void>();
  /** Each works out one hook's value for the next version ahead of time (see settle). */
  private preparers = new Set<(version: number) => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idle: number | undefined;
  private waitingSince = 0;

  constructor(editor: Editor) {
    editor.on('transaction', ({ transaction }) => {
      const focused = !editor.isDestroyed && editor.view.hasFocus();
      // While the text has focus, typing in it and plugins' own bookkeeping (checks answering)
      // wait for a pause; the caret or the marks to type with moving, a heading, a list, a
      // split paragraph, bold show at once.
      const bookkeeping = !transaction.docChanged && !transaction.selectionSet && !transaction.storedMarksSet;
      if (focused && (bookkeeping || isTypingInText(transaction))) this.later();
      else this.now();
    });
    editor.on('destroy', () => this.cancel());
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  current = () => this.version;

  ahead = (prepare: (version: number) => void) => {
    this.preparers.add(prepare);
    return () => {
      this.preparers.delete(prepare);
    };
  };

  private now(): void {
    this.cancel();
    this.version++;
    for (const listener of this.listeners) listener();
  }

  private later(): void {
    const now = performance.now();
    if (!this.waitingSince) this.waitingSince = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(SETTLE_PAUSE_MS, this.waitingSince + SETTLE_MAX_WAIT_MS - now));
    this.timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'undefined') return this.now();
      if (this.idle === undefined) this.idle = requestIdleCallback(() => this.settle(), { timeout: 200 });
    }, wait);
  }

  /**
   * Typing paused: the panels' values are worked out a few milliseconds at a time (a keystroke
   * getting in between), then shown together in one React commit. Working them all out in one
   * callback (toolbar dry runs, caption warnings…) held up a key typed meanwhile by ~16 ms on a
   * long article; one commit per panel would walk the editable DOM once per panel.
   */
  private settle(): void {
    const upcoming = this.version + 1;
    const waiting = [...this.preparers];
    const step = () => {
      const start = performance.now();
      while (waiting.length && performance.now() - start < PREPARE_SLICE_MS) waiting.shift()!(upcoming);
      if (waiting.length) this.idle = requestIdleCallback(step, { timeout: 200 });
      else this.now();
    };
    step();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.timer = undefined;
    this.idle = undefined;
    this.waitingSince = 0;
  }
}

/** Text typed or deleted inside one paragraph (or heading, caption…): nothing else changed. */
export function isTypingInText(tr: Transform): boolean {
  return (
    tr.docChanged &&
    tr.steps.every((step, i) => {
      if (!(step instanceof ReplaceStep) || step.slice.openStart > 0 || step.slice.openEnd > 0) return false;
      let inline = true;
      step.slice.content.forEach((node) => {
        inline &&= node.isInline;
      });
      const doc = tr.docs[i]!;
      const $from = doc.resolve(step.from);
      return inline && $from.parent.isTextblock && $from.sameParent(doc.resolve(step.to));
    })
  );
}

const settled = new WeakMap<Editor, SettledEditor>();

function settledEditorOf(editor: Editor): SettledEditor {
  let known = settled.get(editor);
  if (!known) {
    known = new SettledEditor(editor);
    settled.set(editor, known);
  }
  return known;
}

const noEditor = { version: 0, subscribe: () => () => undefined, ahead: () => () => undefined };

interface SettledEditorStateOptions<T, E extends Editor | null> {
  editor: E;
  selector: (context: { editor: E }) => T;
  /** When two answers are the same (no redraw); plain data compared by value by default. */
  equalityFn?: (a: T, b: T) => boolean;
}

export function useSettledEditorState<T, E extends Editor | null>({ editor, selector, equalityFn = samePlainData }: SettledEditorStateOptions<T, E>): T {
  const store = editor ? settledEditorOf(editor) : noEditor;
  const last = useRef<{ version: number; selector: (context: { editor: E }) => T; value: T } | null>(null);
  // Worked out ahead for the next version (while typing pauses), used only if nothing changed since.
  const prepared = useRef<{ version: number; selector: (context: { editor: E }) => T; state: EditorState | undefined; value: T } | null>(null);
  const latest = useRef(selector);
  latest.current = selector;
  useEffect(
    () =>
      store.ahead((version) => {
        const current = latest.current;
        prepared.current = { version, selector: current, state: editor?.state, value: current({ editor }) };
      }),
    [store, editor],
  );
  const select = () => {
    const version = store.version;
    const known = last.current;
    if (known && known.version === version && known.selector === selector) return known.value;
    const ahead = prepared.current;
    const next = ahead && ahead.version === version && ahead.selector === selector && ahead.state === editor?.state ? ahead.value : selector({ editor });
    prepared.current = null;
    const value = known && equalityFn(known.value, next) ? known.value : next;
    last.current = { version, selector, value };
    return value;
  };
  return useSyncExternalStore(store.subscribe, select);
}
