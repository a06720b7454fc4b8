// A paste from Word or Google Docs into the headline or the byline, which hold one line of
// plain text, and into the sapo or a caption, which are one paragraph: the converted paste
// goes in as the editor puts it in (pasteSlice, the same call the paste plugin makes), and
// nothing is lost, glued or silently moved.
import { getSchema } from '@tiptap/core';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { convertPastedHtml } from '../../../electron/services/import/convertPastedHtml';
import { articleSchemaExtensions } from '../../../renderer/editor/articleSchemaExtensions';
import { pastedSlice } from '../../../renderer/editor/paste/insertPastedBlocks';
import { pasteSlice } from '../../../renderer/editor/paste/pasteIntoPlainField';

const schema = getSchema(articleSchemaExtensions({ mediaUrl: (file: string) => file }));

interface Article {
  headline?: string;
  sapo?: string;
  body?: string[];
}

/** An article (by default new: empty headline and sapo, one body paragraph, empty byline) with the paste put in at `where`. */
function pasteInto(where: 'headline' | 'sapo' | 'caption' | 'byline', html: string, article: Article = {}) {
  const text = (t?: string) => (t ? [{ type: 'text', text: t }] : undefined);
  const doc = schema.nodeFromJSON({
    type: 'doc',
    content: [
      { type: 'headline', content: text(article.headline) },
      { type: 'sapo', content: text(article.sapo) },
      ...(article.body ?? ['Thân bài.']).map((p) => ({ type: 'paragraph', content: text(p) })),
      ...(where === 'caption' ? [{ type: 'figure', attrs: { src: null }, content: [{ type: 'figcaption' }] }] : []),
      { type: 'byline' },
    ],
  });
  const state = EditorState.create({ schema, doc });
  const sapoEnd = doc.child(0).nodeSize + 1 + (article.sapo?.length ?? 0);
  const positions = { headline: 1 + (article.headline?.length ?? 0), sapo: sapoEnd, caption: doc.content.size - doc.lastChild!.nodeSize - 2, byline: doc.content.size - 1 };
  const pos = positions[where];
  const at = state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
  const slice = pastedSlice(schema, convertPastedHtml(html).blocks);
  expect(slice).not.toBeNull();
  const { tr, notes } = pasteSlice(at, slice!);
  const out = tr.doc;
  const parts = { headline: out.firstChild!.textContent, sapo: out.child(1).textContent, byline: out.lastChild!.textContent, body: [] as string[] };
  for (let i = 2; i < out.childCount - 1; i++) parts.body.push(out.child(i).type.name === 'figure' ? `[ảnh ${out.child(i).textContent}]`.replace(' ]', ']') : out.child(i).textContent);
  return { parts, notes: notes.map((n) => n.code) };
}

describe('pasting into the headline', () => {
  it('puts a headline and sapo copied together from Word into the headline and the sapo, and says so', () => {
    const { parts, notes } = pasteInto('headline', '<p class=MsoTitle>Hà Tĩnh khánh thành cầu Cửa Sót</p><p class=MsoNormal><b>Sáng 1/5, cầu thông xe.</b></p>');
    expect(parts.headline).toBe('Hà Tĩnh khánh thành cầu Cửa Sót');
    expect(parts.sapo).toBe('Sáng 1/5, cầu thông xe.');
    expect(parts.body).toEqual(['Thân bài.']);
    expect(notes).toEqual(['paste-headline-rest-in-sapo']);
  });

  it('puts a whole article pasted into a new article’s headline in headline, sapo and body', () => {
    const html = '<p>Tít bài</p><p>Sapo của bài.</p><p>Đoạn một.</p><ul><li>Ý một</li></ul><p>Đoạn hai.</p>';
    const { parts, notes } = pasteInto('headline', html, { body: [''] });
    expect(parts).toEqual({ headline: 'Tít bài', sapo: 'Sapo của bài.', body: ['Đoạn một.', 'Ý một', 'Đoạn hai.'], byline: '' });
    expect(notes).toEqual(['paste-headline-rest-in-sapo-and-body']);
  });

  it('leaves a sapo already written alone: the rest goes at the start of the body', () => {
    const { parts, notes } = pasteInto('headline', '<p>Tít mới</p><p>Đoạn dán.</p>', { sapo: 'Sapo cũ.' });
    expect(parts.headline).toBe('Tít mới');
    expect(parts.sapo).toBe('Sapo cũ.');
    expect(parts.body).toEqual(['Đoạn dán.', 'Thân bài.']);
    expect(notes).toEqual(['paste-headline-rest-in-body']);
  });

  it('joins a headline Word wrapped with a line break (Shift+Enter) with a space', () => {
    const { parts, notes } = pasteInto('headline', '<p class=MsoNormal>Hà Tĩnh khánh thành<br>cầu Cửa Sót</p>');
    expect(parts.headline).toBe('Hà Tĩnh khánh thành cầu Cửa Sót');
    expect(notes).toEqual([]);
  });

  it('puts a pasted word in where the caret is, without its bold', () => {
    const { parts } = pasteInto('headline', '<p><b>Cửa Sót</b></p>', { headline: 'Khánh thành cầu ' });
    expect(parts.headline).toBe('Khánh thành cầu Cửa Sót');
  });

  it('takes a numbered item as the headline and keeps the other items, numbered on, in the body', () => {
    const { parts } = pasteInto('headline', '<ol><li>Tít một</li><li>Ý hai</li></ol>');
    expect(parts.headline).toBe('Tít một');
    expect(parts.sapo).toBe('');
    expect(parts.body).toEqual(['Ý hai', 'Thân bài.']);
  });
});

describe('pasting into the byline', () => {
  it('keeps two names on two lines apart, as the Byline panel writes authors', () => {
    const { parts } = pasteInto('byline', '<p class=MsoNormal>Thu Hà<br>Thiên Vỹ</p>');
    expect(parts.byline).toBe('Thu Hà, Thiên Vỹ');
  });

  it('joins a role Word wrapped on two paragraphs with a space', () => {
    const { parts, notes } = pasteInto('byline', '<p>Trưởng ban Tuyên giáo</p><p>Thành ủy Hà Tĩnh</p>');
    expect(parts.byline).toBe('Trưởng ban Tuyên giáo Thành ủy Hà Tĩnh');
    expect(notes).toEqual([]);
  });

  it('puts a photo pasted with the byline at the end of the body and says so', () => {
    const html = '<p>Thu Hà</p><p><img src="file:///C:/anh.jpg" width=600 height=400 alt="Cầu"></p>';
    const { parts, notes } = pasteInto('byline', html);
    expect(parts.byline).toBe('Thu Hà');
    expect(parts.body).toEqual(['Thân bài.', '[ảnh]']);
    expect(notes).toEqual(['paste-byline-photos-in-body']);
  });
});

describe('pasting into the sapo or a caption', () => {
  it('keeps the first paragraph in the sapo, the rest in the body after it, and says so', () => {
    const { parts, notes } = pasteInto('sapo', '<p>Sáng 1/5, cầu thông xe.</p><p>Cầu dài 1,2 km.</p>');
    expect(parts.sapo).toBe('Sáng 1/5, cầu thông xe.');
    expect(parts.body).toEqual(['Cầu dài 1,2 km.', 'Thân bài.']);
    expect(notes).toEqual(['paste-sapo-rest-in-body']);
  });

  it('keeps the first paragraph in the caption, the rest in the body after the photo, and says so', () => {
    const { parts, notes } = pasteInto('caption', '<p>Cầu Cửa Sót ngày thông xe.</p><p>Đoạn thêm.</p>');
    expect(parts.body).toEqual(['Thân bài.', '[ảnh Cầu Cửa Sót ngày thông xe.]', 'Đoạn thêm.']);
    expect(notes).toEqual(['paste-caption-rest-in-body']);
  });

  it('says nothing when one paragraph goes into the sapo', () => {
    expect(pasteInto('sapo', '<p>Sáng 1/5.</p>').notes).toEqual([]);
  });
});
