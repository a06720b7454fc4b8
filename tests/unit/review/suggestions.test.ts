// Suggest mode as a writer and an editor use it: edits become suggestions by the current
// author in every piece of the article, and accept/reject (one, one author's, all) do
// exactly what the card says. The real article schema and the real suggestion engine; no view.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { schema } from './suggestionsSchema';
import type { ReviewActor } from '../../../electron/contract/review';
import {
  shouldSuggest,
  suggestModeKey,
  suggestModePlugin,
  suggestTransaction,
} from '../../../renderer/review/suggestions/suggestMode';
import { keyDeletion } from '../../../renderer/review/suggestions/suggestKeys';
import { reviewTransaction, type SuggestionFilter } from '../../../renderer/review/suggestions/suggestionCommands';
import { pendingSuggestions } from '../../../renderer/review/suggestions/pendingSuggestions';


const lan: ReviewActor = { name: 'Lan', role: 'reporter' };
const minh: ReviewActor = { name: 'Minh', role: 'editor' };

const text = (value: string) => (value ? [{ type: 'text', text: value }] : []);

function article(): EditorState {
  const doc = schema.nodeFromJSON({
    type: 'doc',
    content: [
      { type: 'headline', content: text('Hà Tĩnh mở đường ven biển') },
      { type: 'sapo', content: text('Tuyến đường dài 20 km nối ba huyện.') },
      { type: 'paragraph', content: text('Công trình khởi công năm 2024.') },
      { type: 'paragraph', content: text('Vốn đầu tư hơn 1.000 tỷ đồng.') },
      { type: 'figure', attrs: { src: 'a.jpg' }, content: [{ type: 'figcaption', content: text('Đoạn qua Cẩm Xuyên') }] },
      { type: 'byline', content: text('Thu Hà') },
    ],
  });
  // Suggest mode's plugin holds the on/off state; the transform is applied by hand below,
  // exactly as the SuggestMode extension's dispatch hook applies it.
  return EditorState.create({ schema, doc, plugins: [suggestModePlugin()] });
}

/** Positions of the n-th occurrence of a needle in the document text. */
function find(doc: PMNode, needle: string): { from: number; to: number } {
  let found: { from: number; to: number } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (!node.isText) return true;
    const index = node.text!.indexOf(needle);
    if (index >= 0) found = { from: pos + index, to: pos + index + needle.length };
    return false;
  });
  if (!found) throw new Error(`"${needle}" is not in the article`);
  return found;
}

/** One edit in suggest mode, as the dispatch hook does it. */
function suggest(state: EditorState, actor: ReviewActor, change: (tr: Transaction) => void): EditorState {
  const tr = state.tr;
  change(tr);
  const tracked = suggestTransaction(tr, state, actor);
  if (!tracked) throw new Error('suggest mode refused the edit');
  return state.apply(tracked);
}

/** Types text one key at a time at a position, as a person does. */
function type(state: EditorState, actor: ReviewActor, at: number, value: string): EditorState {
  state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
  for (const char of value) state = suggest(state, actor, (tr) => tr.insertText(char));
  return state;
}

/** Presses Backspace `times` times with the cursor at a position. */
function backspace(state: EditorState, actor: ReviewActor, at: number, times: number): EditorState {
  state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
  for (let i = 0; i < times; i++) {
    const cursor = state.selection.from;
    state = suggest(state, actor, (tr) => tr.delete(cursor - 1, cursor));
  }
  return state;
}

/** Selects a range and deletes it. */
function deleteText(state: EditorState, actor: ReviewActor, needle: string): EditorState {
  const { from, to } = find(state.doc, needle);
  state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
  return suggest(state, actor, (tr) => tr.deleteSelection());
}

function review(state: EditorState, filter: SuggestionFilter, accept: boolean): EditorState {
  const tr = reviewTransaction(state, filter, accept);
  if (!tr) throw new Error('nothing to review');
  return state.apply(tr);
}

/** What a reader sees per block once suggestions are decided, without the invisible anchors. */
const blocks = (doc: PMNode) => {
  const out: string[] = [];
  doc.descendants((node) => {
    if (node.isTextblock) {
      out.push(node.textContent.replace(/\u200B/g, ''));
      return false;
    }
    return true;
  });
  return out;
};

const original = blocks(article().doc);

function editEveryPiece(): EditorState {
  let state = article();
  state = type(state, lan, find(state.doc, 'ven biển').to, ' mới'); // headline
  state = deleteText(state, lan, 'dài 20 km '); // sapo
  state = type(state, lan, find(state.doc, 'năm 2024').from, 'tháng 3 '); // body
  state = backspace(state, lan, find(state.doc, 'Cẩm Xuyên').to, 6); // caption: "Xuyên" and the space
  return state;
}

describe('suggest mode records edits as suggestions by the current author', () => {
  it('typing and deleting in headline, sapo, body and caption keeps every letter and names the author', () => {
    const state = editEveryPiece();
    const list = pendingSuggestions(state.doc);
    expect(list.map((s) => [s.piece, s.kind, s.inserted, s.deleted])).toEqual([
      ['headline', 'insert', ' mới', ''],
      ['sapo', 'delete', '', 'dài 20 km '],
      ['body', 'insert', 'tháng 3 ', ''],
      ['caption', 'delete', '', ' Xuyên'],
    ]);
    for (const s of list) {
      expect(s.author).toBe('Lan');
      expect(s.role).toBe('reporter');
      expect(Number.isNaN(Date.parse(s.at ?? ''))).toBe(false);
    }
    // Nothing is gone yet: deleted text stays, struck through, until someone accepts.
    expect(blocks(state.doc)).toEqual([
      'Hà Tĩnh mở đường ven biển mới',
      'Tuyến đường dài 20 km nối ba huyện.',
      'Công trình khởi công tháng 3 năm 2024.',
      'Vốn đầu tư hơn 1.000 tỷ đồng.',
      'Đoạn qua Cẩm Xuyên',
      'Thu Hà',
    ]);
  });

  it('a typed word is one suggestion, and deleting one\'s own suggested text really removes it', () => {
    let state = article();
    state = type(state, lan, find(state.doc, 'ven biển').to, ' Hà Tĩnh');
    expect(pendingSuggestions(state.doc)).toHaveLength(1);
    state = backspace(state, lan, state.selection.from, 8);
    expect(pendingSuggestions(state.doc)).toEqual([]);
    expect(blocks(state.doc)).toEqual(original);
  });

  it('typing over a selection is one replacement card', () => {
    let state = article();
    const { from, to } = find(state.doc, '2024');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
    state = suggest(state, minh, (tr) => tr.insertText('2025'));
    const [only, ...rest] = pendingSuggestions(state.doc);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ kind: 'replace', deleted: '2024', inserted: '2025', author: 'Minh', role: 'editor', piece: 'body' });
  });

  it('the headline and byline take suggestions but still no bold', () => {
    let state = article();
    state = type(state, minh, find(state.doc, 'Thu Hà').to, ' (Baohatinh)');
    expect(pendingSuggestions(state.doc)[0]).toMatchObject({ piece: 'byline', inserted: ' (Baohatinh)' });
    expect(schema.nodes.headline.allowsMarkType(schema.marks.bold)).toBe(false);
    expect(schema.nodes.byline.allowsMarkType(schema.marks.link)).toBe(false);
  });

  it('Enter in suggest mode is a suggested paragraph break that reject undoes and accept keeps', () => {
    let state = article();
    const split = find(state.doc, 'khởi công').from;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, split)));
    state = suggest(state, lan, (tr) => tr.split(tr.selection.from));
    expect(blocks(state.doc)).toContain('Công trình ');
    expect(blocks(state.doc)).toContain('khởi công năm 2024.');
    expect(pendingSuggestions(state.doc)).toHaveLength(1);
    expect(blocks(review(state, 'all', false).doc)).toEqual(original);
    const accepted = review(state, 'all', true);
    expect(blocks(accepted.doc)).toContain('Công trình ');
    expect(pendingSuggestions(accepted.doc)).toEqual([]);
    expect(accepted.doc.textContent).not.toContain('\u200B');
  });

  it('joining two paragraphs (Backspace at the start of one) is a suggestion; accepting joins them', () => {
    let state = article();
    const start = find(state.doc, 'Vốn').from;
    state = suggest(state, lan, (tr) => tr.delete(start - 2, start));
    expect(blocks(state.doc)).toEqual(original); // still two paragraphs until accepted
    const [join] = pendingSuggestions(state.doc);
    expect(join).toMatchObject({ kind: 'delete', deleted: '', author: 'Lan' });
    expect(review(state, 'all', false).doc.eq(article().doc)).toBe(true);
    const accepted = review(state, 'all', true).doc;
    expect(blocks(accepted)).toContain('Công trình khởi công năm 2024.Vốn đầu tư hơn 1.000 tỷ đồng.');
    expect(accepted.textContent).not.toContain('\u200B');
  });

  it('a new paragraph typed after the last word is one suggestion; accepting leaves no invisible anchors', () => {
    let state = article();
    const end = find(state.doc, '2024.').to;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, end)));
    state = suggest(state, lan, (tr) => tr.split(tr.selection.from));
    for (const char of 'Đoạn mới.') state = suggest(state, lan, (tr) => tr.insertText(char));
    expect(pendingSuggestions(state.doc).map((s) => [s.kind, s.inserted])).toEqual([['insert', 'Đoạn mới.']]);
    const accepted = review(state, 'all', true).doc;
    expect(blocks(accepted).slice(2, 5)).toEqual(['Công trình khởi công năm 2024.', 'Đoạn mới.', 'Vốn đầu tư hơn 1.000 tỷ đồng.']);
    expect(accepted.textContent).not.toContain('\u200B');
    expect(review(state, 'all', false).doc.eq(article().doc)).toBe(true);
  });

  it('pasting paragraphs is one suggestion carried by the text (Yjs keeps no marks on paragraphs)', () => {
    let state = article();
    const at = find(state.doc, 'năm 2024').from;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
    const pasted = new Slice(
      Fragment.from([
        schema.node('paragraph', null, schema.text('tháng 3. Dán một.')),
        schema.node('paragraph', null, schema.text('Dán hai.')),
        schema.node('paragraph', null, schema.text('Cuối')),
      ]),
      1,
      1,
    );
    state = suggest(state, lan, (tr) => tr.replaceSelection(pasted));
    const nodeMarks: string[] = [];
    state.doc.descendants((node) => {
      if (!node.isInline && node.marks.length) nodeMarks.push(node.type.name);
      return true;
    });
    expect(nodeMarks).toEqual([]);
    expect(pendingSuggestions(state.doc)).toMatchObject([{ author: 'Lan', kind: 'insert', inserted: 'tháng 3. Dán một. Dán hai. Cuối' }]);
    expect(review(state, 'all', false).doc.eq(article().doc)).toBe(true);
    const accepted = review(state, 'all', true).doc;
    expect(blocks(accepted).slice(2, 5)).toEqual(['Công trình khởi công tháng 3. Dán một.', 'Dán hai.', 'Cuốinăm 2024.']);
    expect(accepted.textContent).not.toContain('\u200B');
  });

  it('deleting whole paragraphs is a suggestion; a figure cannot be suggested away (refused)', () => {
    let state = article();
    const second = state.doc.child(3); // "Vốn đầu tư…"
    const from = state.doc.child(0).nodeSize + state.doc.child(1).nodeSize + state.doc.child(2).nodeSize;
    state = suggest(state, minh, (tr) => tr.delete(from, from + second.nodeSize));
    expect(pendingSuggestions(state.doc)).toMatchObject([{ author: 'Minh', kind: 'delete', deleted: 'Vốn đầu tư hơn 1.000 tỷ đồng.' }]);
    expect(blocks(state.doc)).toEqual(original);
    expect(review(state, 'all', false).doc.eq(article().doc)).toBe(true);
    expect(blocks(review(state, 'all', true).doc)).toEqual([...original.slice(0, 3), ...original.slice(4)]);

    const fresh = article();
    let figurePos = -1;
    fresh.doc.forEach((node, offset) => {
      if (node.type.name === 'figure') figurePos = offset;
    });
    const figure = fresh.doc.nodeAt(figurePos)!;
    expect(suggestTransaction(fresh.tr.delete(figurePos, figurePos + figure.nodeSize), fresh, lan)).toBeNull();
  });

  it('changes Yjs could not keep (a paragraph turned into a heading) are refused, not half-made', () => {
    const state = article();
    const { from } = find(state.doc, 'Công trình');
    const tr = state.tr.setBlockType(from, from, schema.nodes.heading, { level: 2 });
    expect(suggestTransaction(tr, state, lan)).toBeNull();
    let figurePos = -1;
    state.doc.forEach((node, offset) => {
      if (node.type.name === 'figure') figurePos = offset;
    });
    const alt = state.tr.setNodeMarkup(figurePos, undefined, { ...state.doc.nodeAt(figurePos)!.attrs, alt: 'Đường ven biển' });
    expect(suggestTransaction(alt, state, lan)).toBeNull();
  });

  it('leaves alone remote changes, Yjs undo, accept/reject and Soạn\'s own automatic edits', () => {
    const on = article().apply(article().tr.setMeta(suggestModeKey, { enabled: true }));
    const typing = () => on.tr.insertText('x', 2);
    expect(shouldSuggest(typing(), on)).toBe(true);
    expect(shouldSuggest(typing(), article())).toBe(false); // mode off
    expect(shouldSuggest(typing().setMeta(ySyncPluginKey, { isChangeOrigin: true }), on)).toBe(false);
    expect(shouldSuggest(typing().setMeta(ySyncPluginKey, { isUndoRedoOperation: true }), on)).toBe(false);
    expect(shouldSuggest(typing().setMeta('addToHistory', false), on)).toBe(false);
    expect(shouldSuggest(on.tr.setMeta('anything', 1), on)).toBe(false); // no change to the text
  });
});

describe('Backspace and Delete in suggest mode', () => {
  const key = (key: string, mods: { ctrlKey?: boolean; shiftKey?: boolean } = {}) => ({
    key,
    shiftKey: false,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    ...mods,
  });
  const press = (state: EditorState, actor: ReviewActor, event: ReturnType<typeof key>) => {
    const tr = keyDeletion(state, event);
    if (!tr) throw new Error('key not handled');
    const tracked = suggestTransaction(tr, state, actor);
    return state.apply(tracked!);
  };
  const cursorAt = (state: EditorState, pos: number) => state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));

  it('strike a character, then the one before, walking back over what is already struck', () => {
    let state = cursorAt(article(), find(article().doc, '20 km').to);
    for (let i = 0; i < 6; i++) state = press(state, lan, key('Backspace'));
    expect(pendingSuggestions(state.doc).map((s) => [s.kind, s.deleted])).toEqual([['delete', ' 20 km']]);
    expect(blocks(state.doc)[1]).toBe(original[1]);
  });

  it('Ctrl+Backspace strikes the word before, Ctrl+Delete the word after, Delete one character', () => {
    let state = cursorAt(article(), find(article().doc, 'nối').from);
    state = press(state, lan, key('Backspace', { ctrlKey: true }));
    expect(pendingSuggestions(state.doc).map((s) => s.deleted)).toEqual(['km ']);
    state = cursorAt(state, find(state.doc, 'Công').from);
    state = press(state, minh, key('Delete', { ctrlKey: true }));
    state = cursorAt(state, find(state.doc, 'Vốn').from);
    state = press(state, minh, key('Delete'));
    expect(pendingSuggestions(state.doc).map((s) => [s.author, s.deleted])).toEqual([
      ['Lan', 'km '],
      ['Minh', 'Công'],
      ['Minh', 'V'],
    ]);
  });

  it('leaves joins, selections and Shift+Delete to the editor', () => {
    const state = article();
    expect(keyDeletion(cursorAt(state, find(state.doc, 'Công').from), key('Backspace'))).toBeNull();
    expect(keyDeletion(cursorAt(state, find(state.doc, '2024.').to), key('Delete'))).toBeNull();
    expect(keyDeletion(cursorAt(state, find(state.doc, 'nối').from), key('Delete', { shiftKey: true }))).toBeNull();
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 3, 6)));
    expect(keyDeletion(selected, key('Backspace'))).toBeNull();
  });
});

describe('accepting and rejecting', () => {
  it('accept one and reject one touch only that suggestion', () => {
    const state = editEveryPiece();
    const [headline, sapo, body, caption] = pendingSuggestions(state.doc);
    const afterAccept = review(state, { id: sapo.id }, true);
    expect(blocks(afterAccept.doc)[1]).toBe('Tuyến đường nối ba huyện.');
    expect(pendingSuggestions(afterAccept.doc).map((s) => s.id)).toEqual([headline.id, body.id, caption.id]);
    const afterReject = review(afterAccept, { id: headline.id }, false);
    expect(blocks(afterReject.doc)[0]).toBe('Hà Tĩnh mở đường ven biển');
    expect(pendingSuggestions(afterReject.doc).map((s) => s.id)).toEqual([body.id, caption.id]);
  });

  it('accept all and reject all', () => {
    const state = editEveryPiece();
    expect(blocks(review(state, 'all', true).doc)).toEqual([
      'Hà Tĩnh mở đường ven biển mới',
      'Tuyến đường nối ba huyện.',
      'Công trình khởi công tháng 3 năm 2024.',
      'Vốn đầu tư hơn 1.000 tỷ đồng.',
      'Đoạn qua Cẩm',
      'Thu Hà',
    ]);
    const rejected = review(state, 'all', false);
    expect(rejected.doc.eq(article().doc)).toBe(true);
    expect(pendingSuggestions(review(state, 'all', true).doc)).toEqual([]);
  });

  it('all from one author leaves the other author\'s, even when they typed side by side', () => {
    let state = article();
    const end = find(state.doc, 'ven biển').to;
    state = type(state, lan, end, ' mới');
    state = type(state, minh, state.selection.from, ' nhất'); // right after Lan's words
    state = deleteText(state, minh, 'hơn ');
    const list = pendingSuggestions(state.doc);
    expect(list.map((s) => [s.author, s.inserted || s.deleted])).toEqual([
      ['Lan', ' mới'],
      ['Minh', ' nhất'],
      ['Minh', 'hơn '],
    ]);

    const lanAccepted = review(state, { author: 'Lan' }, true);
    expect(pendingSuggestions(lanAccepted.doc).map((s) => s.author)).toEqual(['Minh', 'Minh']);
    expect(blocks(lanAccepted.doc)[0]).toBe('Hà Tĩnh mở đường ven biển mới nhất');

    const minhRejected = review(lanAccepted, { author: 'Minh' }, false);
    expect(pendingSuggestions(minhRejected.doc)).toEqual([]);
    expect(blocks(minhRejected.doc)[0]).toBe('Hà Tĩnh mở đường ven biển mới');
    expect(blocks(minhRejected.doc)[3]).toBe('Vốn đầu tư hơn 1.000 tỷ đồng.');

    const minhAccepted = review(state, { author: 'Minh' }, true);
    expect(blocks(minhAccepted.doc)[3]).toBe('Vốn đầu tư 1.000 tỷ đồng.');
    expect(pendingSuggestions(minhAccepted.doc).map((s) => s.author)).toEqual(['Lan']);
  });

  it('one person typing inside another\'s suggestion gets a suggestion of their own', () => {
    let state = article();
    state = type(state, lan, find(state.doc, 'ven biển').to, ' mới đẹp');
    state = type(state, minh, find(state.doc, ' đẹp').from, ' và');
    expect(blocks(state.doc)[0]).toBe('Hà Tĩnh mở đường ven biển mới và đẹp');
    expect(pendingSuggestions(state.doc).map((s) => [s.author, s.inserted])).toEqual([
      ['Lan', ' mới đẹp'],
      ['Minh', ' và'],
    ]);
    const minhRejected = review(state, { author: 'Minh' }, false);
    expect(blocks(minhRejected.doc)[0]).toBe('Hà Tĩnh mở đường ven biển mới đẹp');
    expect(pendingSuggestions(minhRejected.doc).map((s) => s.author)).toEqual(['Lan']);
  });

  it('accepting all of one author is one change for Ctrl+Z (the Yjs undo manager)', async () => {
    const { prosemirrorToYXmlFragment, updateYFragment, initProseMirrorDoc, yXmlFragmentToProseMirrorRootNode } =
      await import('@tiptap/y-tiptap');
    let state = article();
    state = type(state, lan, find(state.doc, 'ven biển').to, ' mới');
    state = deleteText(state, lan, 'hơn ');
    const ydoc = new Y.Doc();
    const fragment = ydoc.getXmlFragment('article');
    prosemirrorToYXmlFragment(state.doc, fragment);
    const { meta } = initProseMirrorDoc(fragment, schema);
    const origin = { editor: true };
    const undo = new Y.UndoManager(fragment, { trackedOrigins: new Set([origin]) });

    const accepted = review(state, { author: 'Lan' }, true);
    ydoc.transact(() => updateYFragment(ydoc, fragment, accepted.doc, meta), origin);
    expect(blocks(yXmlFragmentToProseMirrorRootNode(fragment, schema))[3]).toBe('Vốn đầu tư 1.000 tỷ đồng.');
    undo.undo();
    const restored = yXmlFragmentToProseMirrorRootNode(fragment, schema);
    expect(restored.eq(state.doc)).toBe(true);
    expect(pendingSuggestions(restored).map((s) => s.author)).toEqual(['Lan', 'Lan']);
  });
});
