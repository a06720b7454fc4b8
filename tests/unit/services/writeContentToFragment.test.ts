// The article's JSON ↔ Y.XmlFragment conversion must read and write exactly what @tiptap/y-tiptap (the editor's
// Collaboration binding) reads and writes, or article.json would drift from the editor.
import { Schema } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { nodeNames } from '../../../electron/contract/article/articleNames';
import { writeJsonToFragment } from '../../../electron/services/article/writeContentToFragment';
import { storedJson } from '../support/storedJson';
import { storedContent } from '../../../electron/contract/article/readArticle';
import type { PmNode } from '../../../electron/contract/article/pmJson';

const n = nodeNames;
const schema = new Schema({
  nodes: {
    [n.doc]: { content: `${n.headline} ${n.sapo} block+ ${n.byline}?` },
    [n.headline]: { content: 'text*', marks: '' },
    [n.sapo]: { content: 'inline*' },
    [n.paragraph]: { content: 'inline*', group: 'block' },
    [n.heading]: { content: 'inline*', group: 'block', attrs: { level: { default: 2 } } },
    [n.blockquote]: { content: `${n.paragraph}+`, group: 'block' },
    [n.bulletList]: { content: `${n.listItem}+`, group: 'block' },
    [n.orderedList]: { content: `${n.listItem}+`, group: 'block', attrs: { start: { default: 1 } } },
    [n.listItem]: { content: `${n.paragraph}+` },
    [n.figure]: {
      content: n.figcaption,
      group: 'block',
      attrs: { src: { default: null }, alt: { default: '' }, credit: { default: null }, width: { default: null }, height: { default: null } },
    },
    [n.figcaption]: { content: 'inline*' },
    [n.byline]: { content: 'inline*' },
    [n.hardBreak]: { inline: true, group: 'inline' },
    text: { group: 'inline' },
  },
  marks: {
    bold: {},
    italic: {},
    link: { attrs: { href: {}, target: { default: null } } },
    comment: { attrs: { id: {} }, excludes: '' }, // may overlap itself: y-tiptap hashes its name
  },
});

const article: PmNode = {
  type: 'doc',
  content: [
    { type: 'headline', content: [{ type: 'text', text: 'Đợt sinh hoạt chính trị sâu rộng về “tự soi, tự sửa”' }] },
    {
      type: 'sapo',
      content: [
        { type: 'text', text: '(Baohatinh.vn) - ' },
        { type: 'text', text: 'Đảng bộ', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' Thành phố Hà Tĩnh', marks: [{ type: 'bold' }, { type: 'italic' }] },
      ],
    },
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Tự soi' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Xem ' },
        { type: 'text', text: 'báo', marks: [{ type: 'link', attrs: { href: 'https://baohatinh.vn', target: null } }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'hai ý kiến', marks: [{ type: 'comment', attrs: { id: 'c1' } }, { type: 'comment', attrs: { id: 'c2' } }] },
      ],
    },
    { type: 'paragraph' },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: '“Tự soi, tự sửa”' }] }] },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'một' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'hai' }] }] },
      ],
    },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
    {
      type: 'figure',
      attrs: { src: 'a'.repeat(64) + '.jpg', alt: 'Đảng viên', credit: null, width: 1200, height: 800 },
      content: [{ type: 'figcaption', content: [{ type: 'text', text: 'Đảng viên Chi bộ Công an phường Nam Hà.' }] }],
    },
    { type: 'byline', content: [{ type: 'text', text: 'Trưởng ban Tuyên giáo Thành ủy Hà Tĩnh' }] },
  ],
};

/** The same document as ProseMirror sees it (defaults filled in), for comparing both ways. */
const asProseMirror = (json: unknown) => schema.nodeFromJSON(json).toJSON();

describe('Y.XmlFragment ↔ ProseMirror JSON', () => {
  it('reads a document written by y-tiptap exactly as y-tiptap reads it', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('article');
    prosemirrorJSONToYXmlFragment(schema, article, fragment);
    // The article reader's own path from a Y.Doc to JSON (contract/article/readArticle.ts).
    const ours = storedContent(doc);
    expect(ours).toEqual(yXmlFragmentToProsemirrorJSON(fragment));
    expect(asProseMirror(ours)).toEqual(asProseMirror(article));
  });

  it('writes a document y-tiptap reads back as the original', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('article');
    writeJsonToFragment(article, fragment);
    expect(asProseMirror(yXmlFragmentToProsemirrorJSON(fragment))).toEqual(asProseMirror(article));
  });

  it('writes the same Yjs structure y-tiptap writes', () => {
    const theirs = new Y.Doc();
    prosemirrorJSONToYXmlFragment(schema, article, theirs.getXmlFragment('article'));
    const ours = new Y.Doc();
    writeJsonToFragment(schema.nodeFromJSON(article).toJSON() as PmNode, ours.getXmlFragment('article'));
    // toString() shows elements, attributes and formatted text runs (mark names included).
    expect(ours.getXmlFragment('article').toString()).toBe(theirs.getXmlFragment('article').toString());
  });

  it('round-trips through Yjs updates, as saved in article.ydoc', () => {
    const doc = new Y.Doc();
    writeJsonToFragment(article, doc.getXmlFragment('article'));
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc));
    expect(asProseMirror(storedJson(reloaded.getXmlFragment('article')))).toEqual(asProseMirror(article));
  });

  it('replaces existing content and stores text as NFC', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('article');
    writeJsonToFragment(article, fragment);
    writeJsonToFragment(
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hà Tĩnh'.normalize('NFD') }] }] },
      fragment,
    );
    expect(storedJson(fragment)).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hà Tĩnh'.normalize('NFC') }] }],
    });
  });
});
