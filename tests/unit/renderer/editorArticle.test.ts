// The word count and title bar read the article as it stands while suggestions are pending.
import { describe, expect, it } from 'vitest';
import { Schema } from '@tiptap/pm/model';
import { editorArticle } from '../../../renderer/editor/editorArticle';
import { articleStats } from '../../../renderer/editor/articleStats';

const schema = new Schema({
  nodes: {
    doc: { content: 'headline block+' },
    headline: { content: 'text*', marks: 'insertion deletion' },
    paragraph: { group: 'block', content: 'inline*' },
    hardBreak: { group: 'inline', inline: true },
    text: { group: 'inline' },
  },
  marks: {
    insertion: { attrs: { id: {} }, inclusive: false },
    deletion: { attrs: { id: {} }, inclusive: false },
  },
});
const ins = schema.marks.insertion.create({ id: 'a' });
const del = schema.marks.deletion.create({ id: 'b' });
const t = (text: string, marks = [] as (typeof ins)[]) => schema.text(text, marks);

const doc = schema.node('doc', null, [
  schema.node('headline', null, [t('Hà Tĩnh '), t('mở', [del]), t('khánh thành', [ins]), t(' đường')]),
  schema.node('paragraph', null, [t('Vốn '), t('500', [del]), t('520', [ins]), t(' tỷ\u200B'), schema.node('hardBreak'), t('đồng')]),
  schema.node('paragraph', null, [t('Đoạn mới hoàn toàn', [ins])]),
]);

describe('text as it stands', () => {
  it('leaves out pending insertions and anchors, keeps text proposed for deletion', () => {
    const { parts, text } = editorArticle(doc);
    expect(parts[0]!.text).toBe('Hà Tĩnh mở đường');
    expect(parts[1]!.text).toBe('Vốn 500 tỷ\nđồng');
    expect(parts[2]!.text).toBe('');
    expect(text).toBe('Hà Tĩnh mở đường\n\nVốn 500 tỷ\nđồng');
  });

  it('counts words and shows the headline without the proposals', () => {
    const stats = articleStats(doc);
    expect(stats.headline).toBe('Hà Tĩnh mở đường');
    expect(stats.words).toBe(8);
  });
});
