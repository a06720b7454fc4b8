// The others' carets and selections in the text, each in the person's colour with their
// name beside the caret: y-prosemirror's cursor plugin, reading a mirror of the sync
// server's presence (caretMirror.ts). Their positions are Yjs relative positions, so a caret
// stays on its words while anyone types; the plugin also publishes this person's caret
// while the editor has the focus. Without a sync server nobody else is there and nothing shows.
import { Extension } from '@tiptap/core';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { CaretMirror } from './caretMirror';

export interface RemoteCaretsOptions {
  doc: Y.Doc | null;
  articleId: string;
}

interface RemoteCaretsStorage {
  mirror: CaretMirror | null;
}

interface Person {
  name: string;
  color: string;
}

/** The services give every colour as #rrggbb; anything else is not put in a style. */
const safeColor = (color: string) => (/^#[0-9a-f]{6}$/i.test(color) ? color : '#6b7280');

/** The caret: a thin bar in the person's colour, their name in a flag above it. */
function caretElement(person: Person): HTMLElement {
  const caret = document.createElement('span');
  caret.className = 'remote-caret';
  caret.dataset.testid = 'remote-caret';
  caret.style.borderColor = safeColor(person.color); // CSSOM: allowed by the CSP, unlike a style attribute
  const label = document.createElement('span');
  label.className = 'remote-caret-label';
  label.style.backgroundColor = safeColor(person.color);
  label.textContent = person.name;
  // Word joiners keep the line from breaking at the caret.
  caret.append('\u2060', label, '\u2060');
  return caret;
}

function selectionAttributes(person: Person) {
  return { class: 'remote-selection', style: `background-color: ${safeColor(person.color)}33` };
}

export const RemoteCarets = Extension.create<RemoteCaretsOptions, RemoteCaretsStorage>({
  name: 'remoteCarets',

  addOptions() {
    return { doc: null, articleId: '' };
  },

  addStorage() {
    return { mirror: null };
  },

  addProseMirrorPlugins() {
    if (!this.options.doc) return [];
    // One mirror per editor (this may be asked again when plugins are rebuilt).
    this.storage.mirror ??= new CaretMirror(this.options.doc, this.options.articleId);
    return [yCursorPlugin(this.storage.mirror.awareness, { cursorBuilder: caretElement, selectionBuilder: selectionAttributes })];
  },

  onDestroy() {
    this.storage.mirror?.stop();
    this.storage.mirror = null;
  },
});
