// The Captions panel shows a caption with a line break as two lines, not glued words.
import { expect, test } from 'vitest';
import { Schema } from '@tiptap/pm/model';
import { articleFigures, captionText } from '../../../renderer/panels/articleFigures';

const schema = new Schema({
  nodes: {
    doc: { content: 'figure+' },
    figure: { content: 'figcaption', attrs: { src: { default: null }, alt: { default: '' }, credit: { default: '' } } },
    figcaption: { content: 'inline*' },
    hardBreak: { inline: true, group: 'inline' },
    text: { group: 'inline' },
  },
});

test('a line break in a caption is a newline in the panel', () => {
  const caption = schema.node('figcaption', null, [
    schema.text('Dòng một'),
    schema.node('hardBreak'),
    schema.text('Dòng hai'),
  ]);
  expect(captionText(caption)).toBe('Dòng một\nDòng hai');
  const doc = schema.node('doc', null, [schema.node('figure', { src: 'a.png', credit: 'Thu Hà' }, [caption])]);
  expect(articleFigures(doc)).toEqual([
    { pos: 0, src: 'a.png', alt: '', credit: 'Thu Hà', caption: 'Dòng một\nDòng hai' },
  ]);
});
