// The suggestions waiting in an article, one entry per suggestion id, in reading order:
// what the Review panel lists and what accept/reject work through.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import {
  pieceOfBlock,
  suggestionMarks,
  withoutAnchors,
  type ArticlePiece,
  type SuggestionAttrs,
} from '../../../electron/contract/review';
import type { Role } from '../../../electron/contract/types';

export type SuggestionKind = 'insert' | 'delete' | 'replace';

export interface PendingSuggestion {
  id: string;
  author: string | null;
  role: Role | null;
  at: string | null;
  kind: SuggestionKind;
  /** Proposed text, without the engine's invisible anchors. */
  inserted: string;
  /** Text proposed for removal, without anchors. */
  deleted: string;
  piece: ArticlePiece;
  from: number;
  to: number;
}

function pieceOf(parent: PMNode): ArticlePiece {
  return pieceOfBlock(parent.type.name);
}

// Documents never change, and the panel, the tab badge and the caret's card all ask on
// every transaction: one walk per document version.
const cache = new WeakMap<PMNode, readonly PendingSuggestion[]>();

export function pendingSuggestions(doc: PMNode): readonly PendingSuggestion[] {
  const known = cache.get(doc);
  if (known) return known;
  const found = findPendingSuggestions(doc);
  cache.set(doc, found);
  return found;
}

function findPendingSuggestions(doc: PMNode): PendingSuggestion[] {
  const byId = new Map<string, PendingSuggestion & { hasInsert: boolean; hasDelete: boolean }>();
  let lastParent: PMNode | null = null;
  doc.descendants((node, pos, parent) => {
    if (!node.isInline) return true;
    for (const mark of node.marks) {
      const isInsert = mark.type.name === suggestionMarks.insertion;
      const isDelete = mark.type.name === suggestionMarks.deletion;
      if (!isInsert && !isDelete) continue;
      const attrs = mark.attrs as SuggestionAttrs;
      const id = String(attrs.id);
      let entry = byId.get(id);
      if (!entry) {
        entry = {
          id,
          author: attrs.author,
          role: attrs.role,
          at: attrs.at,
          kind: 'insert',
          inserted: '',
          deleted: '',
          piece: pieceOf(parent ?? doc),
          from: pos,
          to: pos + node.nodeSize,
          hasInsert: false,
          hasDelete: false,
        };
        byId.set(id, entry);
      } else if (parent !== lastParent && (entry.inserted || entry.deleted)) {
        // A suggestion across a paragraph break: show the break as a space.
        if (isInsert && entry.inserted) entry.inserted += ' ';
        if (isDelete && entry.deleted) entry.deleted += ' ';
      }
      const text = withoutAnchors(node.text ?? '');
      if (isInsert) {
        entry.inserted += text;
        entry.hasInsert = true;
      } else {
        entry.deleted += text;
        entry.hasDelete = true;
      }
      entry.from = Math.min(entry.from, pos);
      entry.to = Math.max(entry.to, pos + node.nodeSize);
      if (attrs.at && (!entry.at || attrs.at < entry.at)) entry.at = attrs.at;
    }
    lastParent = parent;
    return false;
  });
  return [...byId.values()].map(({ hasInsert, hasDelete, ...entry }) => ({
    ...entry,
    kind: hasInsert && hasDelete ? 'replace' : hasDelete ? 'delete' : 'insert',
  }));
}

/** Authors with pending suggestions, in the order they first appear. */
export function suggestionAuthors(list: readonly PendingSuggestion[]): string[] {
  return [...new Set(list.map((s) => s.author ?? ''))];
}

/** The suggestion under the cursor (or the start of the selection), if any. */
export function suggestionAtSelection(state: EditorState): string | null {
  const $from = state.selection.$from;
  for (const node of [$from.nodeAfter, $from.nodeBefore]) {
    const mark = node?.marks.find(
      (m) => m.type.name === suggestionMarks.insertion || m.type.name === suggestionMarks.deletion,
    );
    if (mark) return String(mark.attrs.id);
  }
  return null;
}
