// Where a comment sits: its start and end as Yjs relative positions in the article
// fragment, so they follow the text through any edit, local or merged. y-tiptap converts
// between ProseMirror positions and relative positions; this file only chooses which side
// each end sticks to and decides when the commented text is gone ("detached").
import type { EditorState } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import { pieceOfBlock, type ArticlePiece, type CommentThread } from '../../../electron/contract/review';
import { shortQuote } from '../../../electron/contract/reviewParse';
import { CommentError, type NewThreadAnchor } from './commentStore';

/** y-tiptap's map from Yjs types to the ProseMirror nodes made from them (not exported by name). */
type ProsemirrorMapping = Parameters<typeof absolutePositionToRelativePosition>[2];

/** The Yjs side of a ProseMirror document: what position conversion needs. */
export interface AnchorContext {
  ydoc: Y.Doc;
  fragment: Y.XmlFragment;
  mapping: ProsemirrorMapping;
}

/** The anchor context of a TipTap editor bound to a Y.Doc (Collaboration), or null before it is bound. */
export function anchorContextOf(state: EditorState): AnchorContext | null {
  const sync = ySyncPluginKey.getState(state) as
    | { doc?: Y.Doc; type?: Y.XmlFragment; binding?: { mapping?: ProsemirrorMapping } }
    | undefined;
  if (!sync?.doc || !sync.type || !sync.binding?.mapping) return null;
  return { ydoc: sync.doc, fragment: sync.type, mapping: sync.binding.mapping };
}

/**
 * Relative position of `pos`. y-tiptap ties a position inside text to the character on
 * its left; the start of a comment is re-tied to the character on its right (its first
 * commented character), so text typed just before a comment stays outside it, like text
 * typed just after it.
 */
function relative(pos: number, ctx: AnchorContext, side: 'start' | 'end'): Y.RelativePosition {
  const rel = absolutePositionToRelativePosition(pos, ctx.fragment, ctx.mapping) as Y.RelativePosition;
  if (side === 'end') return rel;
  const abs = Y.createAbsolutePositionFromRelativePosition(rel, ctx.ydoc);
  if (abs && abs.type instanceof Y.XmlText) return Y.createRelativePositionFromTypeIndex(abs.type, abs.index, 0);
  return rel;
}

/** The piece of the article a position is in. */
export function pieceAt(doc: PMNode, pos: number): ArticlePiece {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    const piece = pieceOfBlock($pos.node(depth).type.name);
    if (piece !== 'body') return piece;
  }
  return 'body';
}

const textOf = (doc: PMNode, from: number, to: number) => doc.textBetween(from, to, '\n', ' ');

/** The anchor, quote and piece of a new comment on [from, to); refuses a range with no text. */
export function anchorFromRange(doc: PMNode, from: number, to: number, ctx: AnchorContext): NewThreadAnchor {
  const start = Math.min(from, to);
  const end = Math.max(from, to);
  const quote = textOf(doc, start, end);
  if (!quote.trim()) throw new CommentError('no-selection');
  return {
    anchor: {
      from: Y.relativePositionToJSON(relative(start, ctx, 'start')),
      to: Y.relativePositionToJSON(relative(end, ctx, 'end')),
    },
    quote: shortQuote(quote),
    piece: pieceAt(doc, start),
  };
}

/**
 * ProseMirror position of a stored relative position. Yjs first finds the character (or
 * the place of a deleted one); that place is handed to y-tiptap tied to its left, the
 * form y-tiptap itself makes, because y-tiptap distrusts a right-tied position at the very
 * start of the document (the headline's first letter) and would drop it.
 */
function absolute(json: unknown, ctx: AnchorContext): number | null {
  if (!json || typeof json !== 'object') return null;
  try {
    const rel = Y.createRelativePositionFromJSON(json);
    const abs = Y.createAbsolutePositionFromRelativePosition(rel, ctx.ydoc);
    if (!abs) return null;
    // Text in a deleted block (its paragraph was removed): the anchor has nowhere to be.
    for (let item = abs.type._item; item; item = item.parent instanceof Y.AbstractType ? item.parent._item : null) {
      if (item.deleted) return null;
    }
    const live = abs.type instanceof Y.XmlText ? Y.createRelativePositionFromTypeIndex(abs.type, abs.index, -1) : rel;
    return relativePositionToAbsolutePosition(ctx.ydoc, ctx.fragment, live, ctx.mapping);
  } catch {
    return null; // an anchor from a damaged or foreign document: treated as detached
  }
}

/** Where a thread's text is now, or null when that text is gone (the thread is detached). */
export function resolveAnchor(anchor: CommentThread['anchor'] | undefined, doc: PMNode, ctx: AnchorContext): { from: number; to: number } | null {
  if (!anchor || typeof anchor !== 'object') return null; // a value from a damaged copy: detached
  const from = absolute(anchor.from, ctx);
  const to = absolute(anchor.to, ctx);
  if (from === null || to === null) return null;
  const size = doc.content.size;
  if (from < 0 || to > size || from >= to) return null;
  // Both ends can survive on either side of a deleted block: no text left means detached.
  if (!textOf(doc, from, to).trim()) return null;
  return { from, to };
}

/**
 * True if the anchor finds its text only through Yjs's in-memory link from deleted
 * characters to the ones an undo brought back: that link is not saved, so after a reload
 * the anchor would be detached. Such an anchor should be written again on the live text.
 */
export function anchorNeedsRewrite(anchor: CommentThread['anchor'], ydoc: Y.Doc): boolean {
  return [anchor.from, anchor.to].some((json) => {
    try {
      const rel = Y.createRelativePositionFromJSON(json);
      if (!rel.item) return false;
      const struct = Y.getItem(ydoc.store, rel.item);
      return struct instanceof Y.Item && struct.deleted && struct.redone !== null;
    } catch {
      return false; // not in this document (yet): nothing to rewrite
    }
  });
}

/** A thread with where its text is now; `range` null means detached. */
export interface PlacedThread<T extends { thread: CommentThread }> {
  view: T;
  range: { from: number; to: number } | null;
}

/** Places each thread in the document, in document order (detached ones last, oldest first). */
export function placeThreads<T extends { thread: CommentThread }>(views: T[], doc: PMNode, ctx: AnchorContext): PlacedThread<T>[] {
  const placed = views.map((view) => ({ view, range: resolveAnchor(view.thread.anchor, doc, ctx) }));
  return placed.sort((a, b) => {
    if (a.range && b.range) return a.range.from - b.range.from || a.range.to - b.range.to;
    if (a.range) return -1;
    if (b.range) return 1;
    return 0;
  });
}
