// Underlines are drawn for the findings within reach of what is on screen, not for the whole
// article: on a long text with thousands of findings, every underline is an element in the
// editable text, and Chromium's own work for each keystroke (selection, input state) grows
// with them. About a screen either side is drawn, and the stretch moves as the page scrolls,
// so the writer never sees a missing underline; a short article is always drawn whole.
import type { EditorView } from '@tiptap/pm/view';
import type { Mapping } from '@tiptap/pm/transform';

/** Document positions drawn on each side of what is on screen (about a screen of text). */
export const WINDOW_MARGIN = 4000;

export interface FindingWindow {
  from: number;
  to: number;
}

export const wholeDocument = (size: number): FindingWindow => ({ from: 0, to: size });

/** The part of the window, top to bottom, that the boxes holding `element` let show. */
function shownSpan(element: Element): { top: number; bottom: number } {
  let top = 0;
  let bottom = window.innerHeight;
  for (let box = element.parentElement; box; box = box.parentElement) {
    const overflow = getComputedStyle(box).overflowY;
    if (overflow === 'visible') continue;
    const rect = box.getBoundingClientRect();
    top = Math.max(top, rect.top);
    bottom = Math.min(bottom, rect.bottom);
  }
  return { top, bottom };
}

/** The document positions on screen now, or null when the editor is not laid out on screen. */
export function visibleRange(view: EditorView): FindingWindow | null {
  const box = view.dom.getBoundingClientRect();
  const shown = shownSpan(view.dom);
  const top = Math.max(box.top, shown.top) + 2;
  const bottom = Math.min(box.bottom, shown.bottom) - 2;
  if (!(bottom > top) || box.width === 0) return null;
  const left = box.left + Math.min(24, box.width / 2);
  const first = view.posAtCoords({ left, top });
  const last = view.posAtCoords({ left, top: bottom });
  if (!first || !last) return null;
  return { from: Math.min(first.pos, last.pos), to: Math.max(first.pos, last.pos) };
}

/** The stretch to draw around what is on screen (the whole document when unknown). */
export function windowAround(visible: FindingWindow | null, size: number): FindingWindow {
  if (!visible) return wholeDocument(size);
  return { from: Math.max(0, visible.from - WINDOW_MARGIN), to: Math.min(size, visible.to + WINDOW_MARGIN) };
}

/** Whether what is on screen has come near the edge of the drawn stretch (not at the document's ends). */
export function windowFallsShort(drawn: FindingWindow, visible: FindingWindow | null, size: number): boolean {
  if (!visible) return drawn.from > 0 || drawn.to < size;
  const slack = WINDOW_MARGIN / 4;
  return (drawn.from > 0 && visible.from < drawn.from + slack) || (drawn.to < size && visible.to > drawn.to - slack);
}

export function mapWindow(drawn: FindingWindow, mapping: Mapping, size: number): FindingWindow {
  return { from: Math.max(0, mapping.map(drawn.from, -1)), to: Math.min(size, mapping.map(drawn.to, 1)) };
}
