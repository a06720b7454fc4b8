// Ranges of the document that must survive edits made while an answer is on its way: the
// selection a paste was aimed at, and the text a conversion inserted (for its undo).
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';

export interface TrackedRange {
  from: number;
  to: number;
}

type RangeAction = { set: string; range: TrackedRange } | { drop: string };

export const trackedRangesKey = new PluginKey<Map<string, TrackedRange>>('trackedRanges');

export function trackedRangesPlugin(): Plugin<Map<string, TrackedRange>> {
  return new Plugin({
    key: trackedRangesKey,
    state: {
      init: () => new Map(),
      apply(tr, ranges) {
        const action = tr.getMeta(trackedRangesKey) as RangeAction | undefined;
        if (!tr.docChanged && !action) return ranges;
        const next = new Map<string, TrackedRange>();
        for (const [id, range] of ranges) {
          // The start sticks to text after it and the end to text before it, so typing just
          // outside the range never grows it.
          const from = tr.mapping.map(range.from, 1);
          const to = Math.max(from, tr.mapping.map(range.to, -1));
          next.set(id, { from, to });
        }
        if (action && 'set' in action) next.set(action.set, action.range);
        if (action && 'drop' in action) next.delete(action.drop);
        return next;
      },
    },
  });
}

export function setTrackedRange(tr: Transaction, id: string, range: TrackedRange): Transaction {
  return tr.setMeta(trackedRangesKey, { set: id, range } satisfies RangeAction);
}

export function dropTrackedRange(tr: Transaction, id: string): Transaction {
  return tr.setMeta(trackedRangesKey, { drop: id } satisfies RangeAction);
}

export function trackedRange(state: EditorState, id: string): TrackedRange | undefined {
  return trackedRangesKey.getState(state)?.get(id);
}
