// Outside suggest mode, words typed inside someone's pending suggestion are the writer's own
// plain text: accepting or rejecting that suggestion must not take them away.
import { describe, expect, it } from 'vitest';
import { EditorState } from '@tiptap/pm/state';
import { schema } from './suggestionsSchema';
import { reviewTransaction } from '../../../renderer/review/suggestions/suggestionCommands';
import { stripInheritedSuggestionMarks, stripMarksFromComposedText } from '../../../renderer/review/suggestions/plainEditMarks';
import { authorColour } from '../../../renderer/review/suggestions/authorColour';
import { removesOthersInsertion } from '../../../renderer/review/suggestions/othersInsertions';

const minh = { id: 's1', author: 'Minh', role: 'editor', at: '2026-11-28T08:00:00.000Z' };

function article(mark: 'deletion' | 'insertion'): EditorState {
  const doc = schema.nodeFromJSON({
    type: 'doc',
    content: [
      { type: 'headline', content: [{ type: 'text', text: 'Tít' }] },
      { type: 'sapo', content: [{ type: 'text', text: 'Sapo.' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Công trình ' },
          { type: 'text', text: 'khởi công năm 2024', marks: [{ type: mark, attrs: minh }] },
          { type: 'text', text: ' tại xã.' },
        ],
      },
    ],
  });
  return EditorState.create({ schema, doc });
}

/** Position just after `after` in the body paragraph. */
function posAfter(state: EditorState, after: string): number {
  let found = -1;
  state.doc.descendants((node, pos) => {
    if (found < 0 && node.type.name === 'paragraph') found = pos + 1 + node.textContent.indexOf(after) + after.length;
    return found < 0;
  });
  return found;
}

const body = (state: EditorState) => state.doc.child(2).textContent;

describe('a plain edit inside a pending suggestion', () => {
  for (const mark of ['deletion', 'insertion'] as const) {
    it(`typing inside a pending ${mark} keeps the new words whether it is accepted or rejected`, () => {
      const state = article(mark);
      const tr = state.tr.insertText('vào tháng 5 ', posAfter(state, 'khởi công '));
      // ProseMirror hands the typed words the suggestion's mark…
      expect(tr.doc.rangeHasMark(posAfter(state, 'khởi công '), posAfter(state, 'khởi công ') + 3, schema.marks[mark])).toBe(true);
      stripInheritedSuggestionMarks(tr);
      const typed = state.apply(tr);
      for (const accept of [true, false]) {
        const decided = typed.apply(reviewTransaction(typed, { author: 'Minh' }, accept)!);
        expect(body(decided)).toContain('vào tháng 5 ');
      }
      // …and only the typed words lose it: the rest of the suggestion is still pending.
      const accepted = typed.apply(reviewTransaction(typed, 'all', mark === 'deletion')!);
      expect(body(accepted)).toMatch(/^Công trình vào tháng 5 +tại xã\.$/);
    });
  }

  it('after an input-method composition, only the composed text loses the mark', () => {
    const state = article('deletion');
    const before = state.doc;
    const composed = state.apply(state.tr.insertText('Việt ', posAfter(state, 'khởi ')));
    const tr = composed.tr;
    stripMarksFromComposedText(before, tr);
    const cleaned = composed.apply(tr);
    const accepted = cleaned.apply(reviewTransaction(cleaned, 'all', true)!);
    expect(body(accepted)).toMatch(/^Công trình Việt +tại xã\.$/);
  });

  it('an author that is not text (a document from elsewhere) still gets a colour', () => {
    expect(authorColour(5)).toBe(0);
    expect(authorColour(null)).toBe(0);
    expect(authorColour('Minh')).toBe(authorColour('Minh'));
  });

  it('in suggest mode, deleting words another person proposed is refused; your own may go', () => {
    const state = article('insertion');
    const inside = posAfter(state, 'khởi ');
    const backspace = state.tr.delete(inside - 2, inside);
    expect(removesOthersInsertion(backspace, { name: 'Lan', role: 'reporter' })).toBe(true);
    expect(removesOthersInsertion(backspace, { name: 'Minh', role: 'editor' })).toBe(false);
    const plain = state.tr.delete(posAfter(state, 'Công') - 4, posAfter(state, 'Công'));
    expect(removesOthersInsertion(plain, { name: 'Lan', role: 'reporter' })).toBe(false);
  });
});
