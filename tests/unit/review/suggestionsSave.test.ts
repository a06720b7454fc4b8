// Suggestions are saved with the article: through the Y.Doc (as y-tiptap writes it) and
// through the real services (article:update, then article:open), with author, role and
// time intact and the text still undecided.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import {
  initProseMirrorDoc,
  prosemirrorToYXmlFragment,
  updateYFragment,
  yXmlFragmentToProseMirrorRootNode,
} from '@tiptap/y-tiptap';
import { ARTICLE_FRAGMENT } from '../../../electron/contract/article/articleNames';
import type { ReviewActor } from '../../../electron/contract/review';
import { suggestTransaction } from '../../../renderer/review/suggestions/suggestMode';
import { pendingSuggestions } from '../../../renderer/review/suggestions/pendingSuggestions';
import { reviewTransaction } from '../../../renderer/review/suggestions/suggestionCommands';
import { EditorDoc, setUpBackend } from '../services/support';
import { schema } from './suggestionsSchema';

const lan: ReviewActor = { name: 'Lan', role: 'reporter' };
const minh: ReviewActor = { name: 'Minh', role: 'editor' };

function at(doc: PMNode, needle: string, end = false): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0 || !node.isText) return found < 0;
    const index = node.text!.indexOf(needle);
    if (index >= 0) found = pos + index + (end ? needle.length : 0);
    return false;
  });
  if (found < 0) throw new Error(`"${needle}" is not in the article`);
  return found;
}

function edit(state: EditorState, actor: ReviewActor, from: number, to: number, insert: string): EditorState {
  state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
  const tr = insert ? state.tr.insertText(insert) : state.tr.deleteSelection();
  const tracked = suggestTransaction(tr, state, actor);
  if (!tracked) throw new Error('refused');
  return state.apply(tracked);
}

/** Suggestions by two people in sapo, body, caption, with a paragraph break. */
function suggestOn(doc: PMNode): PMNode {
  let state = EditorState.create({ schema, doc });
  state = edit(state, lan, at(state.doc, 'Sapo', true), at(state.doc, 'Sapo', true), ' mới');
  state = edit(state, minh, at(state.doc, 'cũ'), at(state.doc, 'cũ', true), 'đã sửa');
  state = edit(state, lan, at(state.doc, 'Ảnh'), at(state.doc, 'Ảnh', true), '');
  const split = at(state.doc, 'hai');
  state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, split)));
  state = state.apply(suggestTransaction(state.tr.split(split), state, minh)!);
  // Two whole paragraphs pasted by Lan after the first body paragraph (one of them empty).
  const afterBody = at(state.doc, 'hai.', true) + 1;
  const pasted = new Slice(
    Fragment.from([schema.node('paragraph', null, schema.text('Dán vào.')), schema.node('paragraph')]),
    0,
    0,
  );
  return state.apply(suggestTransaction(state.tr.replace(afterBody, afterBody, pasted), state, lan)!).doc;
}

const marksOf = (doc: PMNode) => {
  const out: unknown[] = [];
  doc.descendants((node) => {
    if (node.isText) out.push([node.text, node.marks.map((m) => m.toJSON())]);
    return true;
  });
  return out;
};

const start = () =>
  schema.nodeFromJSON({
    type: 'doc',
    content: [
      { type: 'headline', content: [{ type: 'text', text: 'Tít' }] },
      { type: 'sapo', content: [{ type: 'text', text: 'Sapo' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn cũ một hai.' }] },
      { type: 'figure', attrs: { src: 'a.jpg' }, content: [{ type: 'figcaption', content: [{ type: 'text', text: 'Ảnh chú thích' }] }] },
    ],
  });

describe('suggestions survive save and reload', () => {
  it('through a Y.Doc update into a fresh Y.Doc: same text, same marks, same author, role and time', () => {
    const suggested = suggestOn(start());
    const before = pendingSuggestions(suggested);
    expect(before.map((s) => [s.author, s.kind, s.piece])).toEqual([
      ['Lan', 'insert', 'sapo'],
      ['Minh', 'replace', 'body'],
      ['Minh', 'insert', 'body'],
      ['Lan', 'insert', 'body'],
      ['Lan', 'delete', 'caption'],
    ]);

    const saved = new Y.Doc();
    prosemirrorToYXmlFragment(suggested, saved.getXmlFragment(ARTICLE_FRAGMENT));
    const reopened = new Y.Doc();
    Y.applyUpdate(reopened, Y.encodeStateAsUpdate(saved));
    const back = yXmlFragmentToProseMirrorRootNode(reopened.getXmlFragment(ARTICLE_FRAGMENT), schema);

    expect(back.eq(suggested)).toBe(true);
    expect(marksOf(back)).toEqual(marksOf(suggested));
    expect(pendingSuggestions(back)).toEqual(before);
    // Still decidable after the reload.
    const state = EditorState.create({ schema, doc: back });
    expect(state.apply(reviewTransaction(state, 'all', false)!).doc.eq(start())).toBe(true);
  });

  it('through the services: article:update saves them, article:open brings them back', async () => {
    const t = await setUpBackend();
    const summary = await t.call('article:create', { headline: 'Tít' });
    const opened = await t.call('article:open', { id: summary.id });
    const editor = new EditorDoc(opened.state);
    const { doc, meta } = initProseMirrorDoc(editor.fragment, schema);

    let state = EditorState.create({ schema, doc });
    state = edit(state, lan, at(state.doc, 'Tít', true), at(state.doc, 'Tít', true), ' mới');
    state = edit(state, minh, at(state.doc, 'Tít'), at(state.doc, 'Tít', true), '');
    const suggested = state.doc;
    const update = editor.change((fragment, ydoc) => updateYFragment(ydoc, fragment, suggested, meta));
    await t.call('article:update', { id: summary.id, update });
    await t.call('article:close', { id: summary.id });

    const again = await t.call('article:open', { id: summary.id });
    const reopened = new EditorDoc(again.state);
    const back = yXmlFragmentToProseMirrorRootNode(reopened.fragment, schema);
    expect(pendingSuggestions(back)).toEqual(pendingSuggestions(suggested));
    expect(pendingSuggestions(back).map((s) => [s.author, s.role, s.kind, s.piece, s.inserted || s.deleted])).toEqual([
      ['Minh', 'editor', 'delete', 'headline', 'Tít'],
      ['Lan', 'reporter', 'insert', 'headline', ' mới'],
    ]);
  });
});
