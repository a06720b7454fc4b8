// The editor's schema (articleSchemaExtensions) and nested lists: Tab in a list item nests it
// (ProseMirror's sinkListItem, which the list keymap runs), and what that makes is an article
// the typed content schema — and so export — takes. Headings and figures stay out of items.
import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { sinkListItem } from '@tiptap/pm/schema-list';
import { articleSchemaExtensions } from '../../../renderer/editor/articleSchemaExtensions';
import { ArticleDocSchema, articleBlocks } from '../../../electron/contract/article/articleContent';
import { outline } from '../importExport/support/articleOutline';

const schema = getSchema(articleSchemaExtensions({ mediaUrl: (file: string) => file }));
const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const item = (...content: unknown[]) => ({ type: 'listItem', content });
const article = (...body: unknown[]) => ({ type: 'doc', content: [{ type: 'headline', content: [{ type: 'text', text: 'Tít' }] }, { type: 'sapo' }, ...body] });

describe('lists in the editor', () => {
  it('Tab on the second item nests it under the first; the result is an article export takes', () => {
    const doc = schema.nodeFromJSON(article({ type: 'bulletList', content: [item(p('Một')), item(p('Hai')), item(p('Ba'))] }));
    let at = 0;
    doc.descendants((node, pos) => {
      if (node.isText && node.text === 'Hai') at = pos + 1;
    });
    let state = EditorState.create({ doc, selection: TextSelection.create(doc, at) });
    expect(sinkListItem(schema.nodes.listItem)(state, (tr) => (state = state.apply(tr)))).toBe(true);
    const json = state.doc.toJSON();
    expect(outline(articleBlocks(ArticleDocSchema.parse(json)).body)).toEqual(['• Một', '  • Hai', '• Ba']);
  });

  it('a list item holds paragraphs and lists, starting with a paragraph; not headings or figures', () => {
    const nested = article({ type: 'orderedList', content: [item(p('Một'), p('tiếp'), { type: 'bulletList', content: [item(p('phụ'))] })] });
    expect(() => schema.nodeFromJSON(nested).check()).not.toThrow();
    const heading = { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Tít' }] };
    expect(() => schema.nodeFromJSON(article({ type: 'bulletList', content: [item(p('a'), heading)] })).check()).toThrow();
    expect(() => schema.nodeFromJSON(article({ type: 'bulletList', content: [item({ type: 'bulletList', content: [item(p('a'))] })] })).check()).toThrow();
  });
});
