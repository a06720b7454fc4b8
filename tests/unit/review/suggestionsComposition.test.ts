// A composition over a selection in suggest mode edits plainly while it lasts; its net change
// then becomes one suggestion (renderer/review/suggestions/composeOverSelection.ts).
import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { schema } from './suggestionsSchema';
import type { ReviewActor } from '../../../electron/contract/review';
import { suggestModePlugin, suggestTransaction } from '../../../renderer/review/suggestions/suggestMode';
import { suggestComposedChange } from '../../../renderer/review/suggestions/composeOverSelection';

const lan: ReviewActor = { name: 'Lan', role: 'reporter' };

function body(text: string): EditorState {
  const doc = schema.nodeFromJSON({
    type: 'doc',
    content: [
      { type: 'headline', content: [{ type: 'text', text: 'Tin' }] },
      { type: 'sapo', content: [{ type: 'text', text: 'Sapo.' }] },
      { type: 'paragraph', content: [{ type: 'text', text }] },
    ],
  });
  return EditorState.create({ schema, doc, plugins: [suggestModePlugin()] });
}

/** The body paragraph as [mark:text] runs, authors included. */
function runs(doc: PMNode): string {
  let out = '';
  doc.lastChild!.forEach((node) => {
    const mark = node.marks[0];
    out += mark ? `[${mark.type.name}:${mark.attrs.author}:${node.text}]` : node.text;
  });
  return out;
}

const suggestAs = (actor: ReviewActor) => (tr: Parameters<typeof suggestTransaction>[0], state: EditorState) =>
  suggestTransaction(tr, state, actor);

/** The state a composition began in (a selection), and the plain state it left. */
function composeOver(text: string, selected: string, composed: string) {
  let start = body(text);
  const at = start.doc.lastChild!.textContent.indexOf(selected);
  const from = start.doc.content.size - 1 - start.doc.lastChild!.content.size + at;
  start = start.apply(start.tr.setSelection(TextSelection.create(start.doc, from, from + selected.length)));
  // What the browser and ProseMirror make of it, step by step, when nothing is tracked.
  let current = start;
  let typed = '';
  for (const step of [...composed].map((_, i) => composed.slice(0, i + 1))) {
    current = current.apply(current.tr.insertText(step, from, from + (typed ? typed.length : selected.length)));
    typed = step;
  }
  return { start, current, from };
}

describe('a composition over a selection in suggest mode', () => {
  it('strikes the selection once and inserts the composed word once, caret after it', () => {
    const { start, current, from } = composeOver('Khởi công hôm nay.', 'hôm nay', 'sáng');
    expect(runs(current.doc)).toBe('Khởi công sáng.');
    const result = suggestComposedChange(start, current, suggestAs(lan))!;
    expect(result.suggested).toBe(true);
    const after = current.apply(result.tr);
    expect(runs(after.doc)).toBe('Khởi công [deletion:Lan:hôm nay][insertion:Lan:sáng].');
    expect(after.selection.head).toBe(from + 'hôm naysáng'.length);
  });

  it('keeps a composed word that repeats the end of the selection whole', () => {
    // "ba" → "bà": the diff from the end would share the "a"; the word must still be one piece.
    const { start, current } = composeOver('Nối ba xã.', 'ba', 'bà');
    const after = current.apply(suggestComposedChange(start, current, suggestAs(lan))!.tr);
    expect(runs(after.doc)).toBe('Nối [deletion:Lan:ba][insertion:Lan:bà] xã.');
  });

  it('only undoes the plain change when suggest mode refuses it, and does nothing when nothing changed', () => {
    const { start, current } = composeOver('Khởi công hôm nay.', 'hôm nay', 'sáng');
    const refused = suggestComposedChange(start, current, () => null)!;
    expect(refused.suggested).toBe(false);
    expect(current.apply(refused.tr).doc.eq(start.doc)).toBe(true);
    expect(suggestComposedChange(start, start, suggestAs(lan))).toBeNull();
  });
});
