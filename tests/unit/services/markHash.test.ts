// A mark that may overlap itself (two comments on one word) is stored by y-tiptap under
// `<mark>--<hash>`; the services must name it the same way, whatever its attributes hold,
// or an article rebuilt from article.json would show the editor marks it does not know.
import { Schema } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { overlappingMarkHash } from '../../../electron/services/article/markHash';

const schema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: { content: 'text*' },
    text: {},
  },
  marks: {
    note: { attrs: { value: { default: null } }, excludes: '' },
    highlight: { excludes: '' },
  },
});

/** The names y-tiptap gives the marks on a paragraph's text, in order. */
function namesWrittenByYTiptap(marks: Array<{ type: string; attrs?: Record<string, unknown> }>): string[] {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('article');
  prosemirrorJSONToYXmlFragment(schema, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hà Tĩnh', marks }] }] }, fragment);
  const text = (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
  const [run] = text.toDelta() as Array<{ attributes: Record<string, unknown> }>;
  return Object.keys(run.attributes);
}

/** What the services compute for the same marks, from the JSON ProseMirror gives them. */
function namesWeCompute(marks: Array<{ type: string; attrs?: Record<string, unknown> }>): string[] {
  return marks.map((mark) => `${mark.type}--${overlappingMarkHash(schema.markFromJSON(mark).toJSON())}`);
}

describe('overlappingMarkHash', () => {
  it.each([
    ['a Vietnamese string', 'bình luận “tự soi”'],
    ['an empty string', ''],
    ['a small integer', 3],
    ['a negative integer', -42],
    ['an integer beyond 32 bits', 2 ** 40],
    ['a float32 value', 0.5],
    ['a float64 value', 0.1],
    ['true', true],
    ['false', false],
    ['null', null],
    ['an array', ['c1', 2, null]],
    ['an object', { id: 'c1', at: '2024-05-01T08:00:00.000Z', nested: { depth: 2 } }],
  ])('names a mark whose attribute is %s as y-tiptap does', (_label, value) => {
    const marks = [{ type: 'note', attrs: { value } }];
    expect(namesWeCompute(marks)).toEqual(namesWrittenByYTiptap(marks));
  });

  it('names a mark without attributes as y-tiptap does', () => {
    const marks = [{ type: 'highlight' }];
    expect(namesWeCompute(marks)).toEqual(namesWrittenByYTiptap(marks));
  });

  it('gives two overlapping marks of one kind two different 8-character names', () => {
    const marks = [
      { type: 'note', attrs: { value: 'c1' } },
      { type: 'note', attrs: { value: 'c2' } },
    ];
    const names = namesWeCompute(marks);
    expect(names).toEqual(namesWrittenByYTiptap(marks));
    expect(new Set(names).size).toBe(2);
    for (const name of names) expect(name).toMatch(/^note--[A-Za-z0-9+/]{8}$/);
  });
});
