// A suggested paragraph break is invisible in the text itself (the engine anchors it with
// zero-width spaces), so a ¶ in the author's colour marks it, struck through when the
// suggestion is to join the paragraphs.
import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { suggestionMarks, type SuggestionAttrs } from '../../../electron/contract/review';
import { authorColour } from './authorColour';

function pilcrow(mark: Mark): () => HTMLElement {
  return () => {
    const isInsert = mark.type.name === suggestionMarks.insertion;
    const el = document.createElement(isInsert ? 'ins' : 'del');
    el.className = `suggestion suggestion-${isInsert ? 'insert' : 'delete'} suggestion-break`;
    const attrs = mark.attrs as SuggestionAttrs;
    el.dataset.suggestionId = String(attrs.id);
    el.dataset.author = attrs.author ?? '';
    el.dataset.authorColour = String(authorColour(attrs.author));
    el.textContent = '¶';
    return el;
  };
}

const breakMark = (node: PMNode | null | undefined) =>
  node?.marks.find((m) => m.type.name === suggestionMarks.insertion || m.type.name === suggestionMarks.deletion);

// Asked on every view update; documents are immutable, so once per document version.
const known = new WeakMap<PMNode, DecorationSet>();

/** A ¶ at the end of every textblock whose last text and the next textblock's first text share a suggestion. */
export function suggestionDecorations(state: EditorState): DecorationSet {
  const cached = known.get(state.doc);
  if (cached) return cached;
  const set = findBreaks(state);
  known.set(state.doc, set);
  return set;
}

function findBreaks(state: EditorState): DecorationSet {
  const decorations: Decoration[] = [];
  let previous: { end: number; mark: Mark } | null = null;
  state.doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const first = breakMark(node.firstChild);
    if (previous && first && first.type === previous.mark.type && first.attrs.id === previous.mark.attrs.id) {
      decorations.push(
        Decoration.widget(previous.end, pilcrow(previous.mark), { key: `break-${String(first.attrs.id)}-${previous.end}`, side: -1 }),
      );
    }
    const last = breakMark(node.lastChild);
    previous = last ? { end: pos + node.nodeSize - 1, mark: last } : null;
    return false;
  });
  return DecorationSet.create(state.doc, decorations);
}
