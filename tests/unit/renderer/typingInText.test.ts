// What counts as typing in the text (the panels catch up after a pause) and what is a change
// of structure or marks the toolbar and panels must show at once.
import { expect, test } from 'vitest';
import { Schema } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { isTypingInText } from '../../../renderer/editor/useSettledEditorState';

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'text*' },
    heading: { group: 'block', content: 'text*' },
    text: {},
  },
  marks: { bold: {} },
});
const doc = schema.node('doc', null, [schema.node('paragraph', null, [schema.text('Tại các buổi sinh hoạt')]), schema.node('paragraph', null, [schema.text('đảng viên')])]);

test('letters typed or deleted inside a paragraph are typing', () => {
  expect(isTypingInText(new Transform(doc).insert(4, schema.text('x')))).toBe(true);
  expect(isTypingInText(new Transform(doc).delete(4, 6))).toBe(true);
  expect(isTypingInText(new Transform(doc).insert(2, schema.text('a')).insert(3, schema.text('b')))).toBe(true);
});

test('a new paragraph, a heading, bold, or a deletion across paragraphs is not', () => {
  expect(isTypingInText(new Transform(doc).split(4))).toBe(false);
  expect(isTypingInText(new Transform(doc).setBlockType(1, 1, schema.nodes.heading!))).toBe(false);
  expect(isTypingInText(new Transform(doc).addMark(1, 5, schema.marks.bold!.create()))).toBe(false);
  expect(isTypingInText(new Transform(doc).delete(10, 27))).toBe(false);
  expect(isTypingInText(new Transform(doc))).toBe(false);
});
