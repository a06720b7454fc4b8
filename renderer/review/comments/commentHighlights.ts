// Open comments shown in the text: a soft highlight over each attached thread's range, a
// stronger one over the current thread. Ranges are read from Yjs when the comments change
// or a merged change arrives, and mapped through local edits in between (ProseMirror and
// Yjs agree on where typed text goes). Where a local edit re-creates characters Yjs can't
// follow (splitting or joining a paragraph), the mapped range is written back as the new
// anchor so the comment stays on its text. Clicking a highlight makes its thread current
// and raises `openRequest`, which the workspace answers by opening the Review tab.
import { Extension, type Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { anchorContextOf, anchorFromRange, anchorNeedsRewrite, resolveAnchor, type AnchorContext } from './commentAnchors';
import type { CommentThread } from '../../../electron/contract/review';
import { anchorsMap, isOpenView, messagesMap, moveAnchor, readThreads, threadsMap } from './commentStore';

export type Range = { from: number; to: number };

export interface CommentFocus {
  /** The thread the user is looking at (clicked in the text or in the panel). */
  current: string | null;
  /** Increases each time a highlight is clicked: the UI opens the Review tab. */
  openRequest: number;
  /** Increases each time the comment shortcut is pressed: the UI opens the composer. */
  composeRequest: number;
}

interface HighlightState extends CommentFocus {
  /** Where each open, attached thread is in the current document. */
  ranges: Map<string, Range>;
  /** The text a comment is being written about, marked while the composer is open. */
  pending: Range | null;
  decorations: DecorationSet;
  /** The last change was a local edit whose ranges were mapped, not read from Yjs. */
  mapped: boolean;
  /** The last change was read from Yjs (a merge, an undo): remembered anchors may apply again. */
  fromYjs: boolean;
}

/** What a transaction tells the plugin (tr.setMeta(commentHighlightKey, …)). */
export interface HighlightMeta {
  refresh?: boolean;
  current?: string | null;
  open?: boolean;
  compose?: boolean;
  pending?: Range | null;
}

/** The comment shortcut (Ctrl+Alt+M; Cmd+Alt+M on a Mac). */
export const COMMENT_SHORTCUT = 'Ctrl+Alt+M';

export const commentHighlightKey = new PluginKey<HighlightState>('commentHighlights');

function readRanges(state: EditorState): Map<string, Range> {
  const ranges = new Map<string, Range>();
  const ctx = anchorContextOf(state);
  if (!ctx || ctx.mapping.size === 0) return ranges; // not bound to Yjs yet
  for (const view of readThreads(ctx.ydoc)) {
    if (!isOpenView(view)) continue;
    const { thread } = view;
    const range = resolveAnchor(thread.anchor, state.doc, ctx);
    if (range) ranges.set(thread.id, range);
  }
  return ranges;
}

function mapRanges(ranges: Map<string, Range>, tr: Transaction): Map<string, Range> {
  const next = new Map<string, Range>();
  for (const [id, range] of ranges) {
    // Text typed at either edge stays outside, as the Yjs anchors do.
    const mapped = mapRange(range, tr);
    if (mapped) next.set(id, mapped);
  }
  return next;
}

function decorate(doc: PMNode, ranges: Map<string, Range>, current: string | null, pending: Range | null): DecorationSet {
  const decorations = [...ranges].map(([id, { from, to }]) =>
    Decoration.inline(
      from,
      to,
      { class: id === current ? 'comment-highlight is-current' : 'comment-highlight', 'data-thread-id': id },
      { threadId: id, current: id === current },
    ),
  );
  if (pending) decorations.push(Decoration.inline(pending.from, pending.to, { class: 'comment-pending' }, { pending: true }));
  return DecorationSet.create(doc, decorations);
}

function mapRange(range: Range | null, tr: Transaction): Range | null {
  if (!range) return null;
  const from = tr.mapping.map(range.from, 1);
  const to = tr.mapping.map(range.to, -1);
  return from < to ? { from, to } : null;
}

type Anchor = CommentThread['anchor'];

/**
 * After local edits: a thread Yjs now calls detached whose mapped range still holds text
 * lost its characters to a split or join, not to a deletion; anchor it on the text again.
 * Returns the threads re-anchored with the anchor each had before.
 */
export function reanchorMoved(doc: PMNode, ranges: Map<string, Range>, ctx: AnchorContext): Array<{ id: string; previous: Anchor }> {
  const moved: Array<{ id: string; previous: Anchor }> = [];
  const threads = new Map(readThreads(ctx.ydoc).map((v) => [v.thread.id, v.thread]));
  for (const [id, range] of ranges) {
    const thread = threads.get(id);
    if (!thread || thread.resolved || resolveAnchor(thread.anchor, doc, ctx)) continue;
    if (!doc.textBetween(range.from, range.to, '\n', ' ').trim()) continue;
    moveAnchor(ctx.ydoc, id, anchorFromRange(doc, range.from, range.to, ctx).anchor);
    moved.push({ id, previous: thread.anchor });
  }
  return moved;
}

/**
 * After a change read from Yjs (an undo, a merge): threads are re-anchored on the
 * characters their text is in now. An undo brings deleted characters back as new ones,
 * which Yjs links to the old ones only in memory, so an anchor on the old ones would be
 * detached after the next reload. `remembered` holds the anchors re-anchoring replaced in
 * this session (like the undo history itself): a thread detached by the undo of a split or
 * join finds its original words through them. Returns the ids written.
 */
export function settleAnchors(doc: PMNode, remembered: Map<string, Anchor[]>, ctx: AnchorContext): string[] {
  const written: string[] = [];
  for (const view of readThreads(ctx.ydoc)) {
    if (!isOpenView(view)) continue;
    const { thread } = view;
    let range = resolveAnchor(thread.anchor, doc, ctx);
    if (range && !anchorNeedsRewrite(thread.anchor, ctx.ydoc)) continue; // as it should be: no write
    const earlier = remembered.get(thread.id);
    if (!range && earlier) {
      range = [...earlier].reverse().map((anchor) => resolveAnchor(anchor, doc, ctx)).find((r) => r !== null) ?? null;
    }
    if (!range) continue;
    const fresh = anchorFromRange(doc, range.from, range.to, ctx).anchor;
    moveAnchor(ctx.ydoc, thread.id, fresh);
    remembered.delete(thread.id);
    written.push(thread.id);
  }
  return written;
}

function threadIdAt(state: HighlightState, pos: number, target: EventTarget | null): string | null {
  const element = target instanceof Element ? target.closest('.comment-highlight[data-thread-id]') : null;
  const fromDom = element?.getAttribute('data-thread-id');
  if (fromDom && state.ranges.has(fromDom)) return fromDom;
  // The shortest range under the click: the most specific comment.
  let best: [string, number] | null = null;
  for (const [id, { from, to }] of state.ranges) {
    if (pos >= from && pos <= to && (!best || to - from < best[1])) best = [id, to - from];
  }
  return best?.[0] ?? null;
}

/** The highlight plugin (the extension below adds it to the editor). */
export function commentHighlightPlugin(): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: commentHighlightKey,
    state: {
      init: (_config, state) => {
        const ranges = readRanges(state);
        const decorations = decorate(state.doc, ranges, null, null);
        return { ranges, pending: null, decorations, current: null, openRequest: 0, composeRequest: 0, mapped: false, fromYjs: false };
      },
      apply: (tr, prev, _old, state) => {
        const meta = tr.getMeta(commentHighlightKey) as HighlightMeta | undefined;
        const sync = ySyncPluginKey.getState(state) as { isChangeOrigin?: boolean } | undefined;
        const current = meta && meta.current !== undefined ? meta.current : prev.current;
        const openRequest = prev.openRequest + (meta?.open ? 1 : 0);
        const composeRequest = prev.composeRequest + (meta?.compose ? 1 : 0);
        const pending = meta && meta.pending !== undefined ? meta.pending : mapRange(prev.pending, tr);
        let ranges = prev.ranges;
        let mapped = false;
        let fromYjs = false;
        if (meta?.refresh || sync?.isChangeOrigin) {
          ranges = readRanges(state);
          fromYjs = !!sync?.isChangeOrigin;
        } else if (tr.docChanged) {
          ranges = mapRanges(prev.ranges, tr);
          mapped = true;
        }
        const samePending = pending === prev.pending || (!!pending && !!prev.pending && pending.from === prev.pending.from && pending.to === prev.pending.to);
        const sameLook = ranges === prev.ranges && current === prev.current && samePending;
        const sameFlags = !mapped && !fromYjs && !prev.mapped && !prev.fromYjs;
        if (sameLook && sameFlags && openRequest === prev.openRequest && composeRequest === prev.composeRequest) return prev;
        const decorations = sameLook ? prev.decorations : decorate(state.doc, ranges, current, pending);
        return { ranges, pending: samePending ? prev.pending : pending, decorations, current, openRequest, composeRequest, mapped, fromYjs };
      },
    },
    props: {
      decorations: (state) => commentHighlightKey.getState(state)?.decorations,
      handleClick: (view, pos, event) => {
        const state = commentHighlightKey.getState(view.state);
        const id = state && threadIdAt(state, pos, event.target);
        if (id) view.dispatch(view.state.tr.setMeta(commentHighlightKey, { current: id, open: true } satisfies HighlightMeta));
        return false; // the click still places the caret
      },
    },
    view: (view) => {
      let alive = true;
      // Anchors replaced by re-anchoring in this session, for an undo to bring back.
      const remembered = new Map<string, Anchor[]>();
      const refresh = () =>
        // After the Yjs transaction is over: the editor may be syncing the same change.
        queueMicrotask(() => {
          if (alive && !view.isDestroyed) view.dispatch(view.state.tr.setMeta(commentHighlightKey, { refresh: true }));
        });
      const ctx = anchorContextOf(view.state);
      // Messages too: a thread whose last message is deleted is no longer highlighted.
      const maps = ctx ? [threadsMap(ctx.ydoc), messagesMap(ctx.ydoc), anchorsMap(ctx.ydoc)] : [];
      for (const map of maps) map.observe(refresh);
      refresh();
      return {
        update: () => {
          const plugin = commentHighlightKey.getState(view.state);
          if (plugin?.mapped) {
            // The sync plugin writes this edit to Yjs after this update: look once it has.
            queueMicrotask(() => {
              if (!alive || view.isDestroyed) return;
              const state = commentHighlightKey.getState(view.state);
              const now = anchorContextOf(view.state);
              if (!state || !now) return;
              for (const { id, previous } of reanchorMoved(view.state.doc, state.ranges, now)) {
                remembered.set(id, [...(remembered.get(id) ?? []), previous]);
              }
            });
          } else if (plugin?.fromYjs) {
            queueMicrotask(() => {
              const now = alive && !view.isDestroyed ? anchorContextOf(view.state) : null;
              if (now) settleAnchors(view.state.doc, remembered, now);
            });
          }
        },
        destroy: () => {
          alive = false;
          for (const map of maps) map.unobserve(refresh);
        },
      };
    },
  });
}

export const CommentHighlights = Extension.create({
  name: 'commentHighlights',

  addKeyboardShortcuts() {
    return {
      'Mod-Alt-m': ({ editor }) => {
        if (editor.state.selection.empty) return false;
        editor.view.dispatch(editor.state.tr.setMeta(commentHighlightKey, { compose: true } satisfies HighlightMeta));
        return true;
      },
    };
  },

  addProseMirrorPlugins() {
    return [commentHighlightPlugin()];
  },
});

/** The current thread and how many times a highlight asked for the Review tab. */
export function commentFocus(state: EditorState): CommentFocus {
  const plugin = commentHighlightKey.getState(state);
  return { current: plugin?.current ?? null, openRequest: plugin?.openRequest ?? 0, composeRequest: plugin?.composeRequest ?? 0 };
}

/** Marks the text a new comment is about while it is written (null: no longer). */
export function setPendingComment(editor: Editor, range: Range | null): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(commentHighlightKey, { pending: range } satisfies HighlightMeta));
}

/** Makes a thread current (its highlight turns stronger), or none. */
export function setCurrentThread(editor: Editor, threadId: string | null): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(commentHighlightKey, { current: threadId } satisfies HighlightMeta));
}
