// The one article model: what a commenter, a suggester and a writer become, and what two
// offline copies of an article hold after they merge.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaKeys } from '../../../electron/contract/article/articleNames';
import { creditAuthors } from '../../../electron/contract/article/authorship';
import { metaConflicts, readMetaValue, writeMetaValue } from '../../../electron/contract/article/metaStore';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { createArticleDoc } from '../../../electron/services/article/articleYDoc';
import { EditorDoc, setUpBackend } from '../services/support';

const suggestion = (id: string, author: string) => ({ id, author, role: 'editor', at: '2026-12-07T08:00:00Z' });

function sapoOf(doc: Y.Doc): Y.XmlText {
  const sapo = doc.getXmlFragment('article').get(1) as Y.XmlElement;
  if (!sapo.length) sapo.insert(0, [new Y.XmlText()]);
  return sapo.get(0) as Y.XmlText;
}

function offlineCopy(source: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(source));
  return copy;
}

function merge(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

describe('who becomes an author', () => {
  it('a commenter is not an author, through the services, and a writer is', async () => {
    const reporter = await setUpBackend({ profileName: 'Thu Hà' });
    const { id } = await reporter.call('article:create', { headline: 'Tin sáng' });
    await reporter.backend.close();

    const editorSide = await setUpBackend({ libraryPath: reporter.libraryPath, profileName: 'Minh Biên' });
    const editor = new EditorDoc((await editorSide.call('article:open', { id })).state);
    const comment = editor.change((_fragment, doc) =>
      doc.getMap('comments').set('t1', { id: 't1', quote: 'Tin sáng', piece: 'headline', by: 'Minh Biên' }),
    );
    await editorSide.call('article:update', { id, update: comment });
    expect((await editorSide.call('library:list', {})).articles[0]!.authors).toEqual(['Thu Hà']);

    await editorSide.call('article:update', { id, update: editor.type(0, ' nay') });
    expect((await editorSide.call('library:list', {})).articles[0]!.authors).toEqual(['Thu Hà', 'Minh Biên']);
  });

  it('a suggestion credits no one until it is accepted, then its author', () => {
    const doc = createArticleDoc({ id: 'a000000001', createdAt: '2026-12-07T08:00:00Z', author: 'Thu Hà' });
    let before: Parameters<typeof creditAuthors>[1] = readArticle(doc);
    sapoOf(doc).insert(0, 'Đề xuất ', { insertion: suggestion('s1', 'Minh Biên') });
    before = creditAuthors(doc, before, 'Minh Biên');
    expect(readArticle(doc).meta.authors).toEqual(['Thu Hà']);
    // Thu Hà accepts: the mark goes, the words stay.
    sapoOf(doc).format(0, 'Đề xuất '.length, { insertion: null });
    creditAuthors(doc, before, 'Thu Hà');
    expect(readArticle(doc).meta.authors).toEqual(['Thu Hà', 'Minh Biên']);
  });

  it('a proposed deletion credits no one, nor does rejecting it; accepting it credits its author', () => {
    const doc = createArticleDoc({ id: 'a000000006', createdAt: '2026-12-07T08:00:00Z', author: 'Thu Hà', headline: 'Tin sáng nay' });
    const headline = (doc.getXmlFragment('article').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    let before: Parameters<typeof creditAuthors>[1] = readArticle(doc);
    headline.format(0, 4, { deletion: suggestion('s2', 'Minh Biên') });
    before = creditAuthors(doc, before, 'Minh Biên');
    headline.format(0, 4, { deletion: null }); // rejected
    before = creditAuthors(doc, before, 'Lan Anh');
    expect(readArticle(doc).meta.authors).toEqual(['Thu Hà']);
    headline.format(0, 4, { deletion: suggestion('s3', 'Minh Biên') });
    before = creditAuthors(doc, before, 'Minh Biên');
    headline.delete(0, 4); // accepted by Thu Hà: the words go
    creditAuthors(doc, before, 'Thu Hà');
    expect(readArticle(doc).headline).toBe('sáng nay');
    expect(readArticle(doc).meta.authors).toEqual(['Thu Hà', 'Minh Biên']);
  });

  it('a workflow move or a meta change is not writing the article', () => {
    const doc = createArticleDoc({ id: 'a000000002', createdAt: '2026-12-07T08:00:00Z', author: 'Thu Hà' });
    const before = readArticle(doc);
    writeMetaValue(doc, metaKeys.status, 'submitted');
    writeMetaValue(doc, metaKeys.section, 'Thời sự');
    creditAuthors(doc, before, 'Minh Biên');
    expect(readArticle(doc).meta.authors).toEqual(['Thu Hà']);
  });
});

describe('two offline copies merge', () => {
  it('each adds an author, a tag and a related link: all of them are there after the merge', () => {
    const original = createArticleDoc({ id: 'a000000003', createdAt: '2026-12-07T08:00:00Z', author: 'Thu Hà' });
    writeMetaValue(original, metaKeys.tags, ['Hà Tĩnh']);
    const reporter = offlineCopy(original);
    const editor = offlineCopy(original);

    writeMetaValue(reporter, metaKeys.authors, ['Thu Hà', 'Lan Anh']);
    writeMetaValue(reporter, metaKeys.tags, ['Hà Tĩnh', 'giao thông']);
    writeMetaValue(reporter, metaKeys.related, [{ title: 'Cầu mới', url: 'https://baohatinh.vn/cau-moi' }]);
    writeMetaValue(editor, metaKeys.authors, ['Thu Hà', 'Minh Biên']);
    writeMetaValue(editor, metaKeys.tags, ['Hà Tĩnh', 'đô thị']);
    writeMetaValue(editor, metaKeys.related, [{ title: 'Đường ven biển', articleId: 'b000000001' }]);
    merge(reporter, editor);

    for (const copy of [reporter, editor]) {
      const { meta } = readArticle(copy);
      expect(new Set(meta.authors)).toEqual(new Set(['Thu Hà', 'Lan Anh', 'Minh Biên']));
      expect(new Set(meta.tags)).toEqual(new Set(['Hà Tĩnh', 'giao thông', 'đô thị']));
      expect(meta.related.map((r) => r.title).sort()).toEqual(['Cầu mới', 'Đường ven biển']);
    }
    expect(readArticle(reporter).meta).toEqual(readArticle(editor).meta);
  });

  it('a tag removed on one copy stays removed; one added on the other stays', () => {
    const original = createArticleDoc({ id: 'a000000004', createdAt: '2026-12-07T08:00:00Z' });
    writeMetaValue(original, metaKeys.tags, ['a', 'b']);
    const one = offlineCopy(original);
    const two = offlineCopy(original);
    writeMetaValue(one, metaKeys.tags, ['a']);
    writeMetaValue(two, metaKeys.tags, ['a', 'b', 'c']);
    merge(one, two);
    expect(readArticle(one).meta.tags).toEqual(['a', 'c']);
  });

  it('a single value set on both copies keeps both values visible; setting it again settles it', () => {
    const original = createArticleDoc({ id: 'a000000005', createdAt: '2026-12-07T08:00:00Z' });
    writeMetaValue(original, metaKeys.section, 'Thời sự');
    const one = offlineCopy(original);
    const two = offlineCopy(original);
    writeMetaValue(one, metaKeys.section, 'Kinh tế');
    writeMetaValue(two, metaKeys.section, 'Xã hội');
    merge(one, two);
    expect(metaConflicts(one)).toEqual([{ key: 'section', values: expect.arrayContaining(['Kinh tế', 'Xã hội']) }]);
    expect(metaConflicts(two)).toEqual(metaConflicts(one));
    expect(readMetaValue(one, metaKeys.section)).toBe(readMetaValue(two, metaKeys.section));
    writeMetaValue(one, metaKeys.section, 'Kinh tế');
    merge(one, two);
    expect(metaConflicts(two)).toEqual([]);
    expect(readMetaValue(two, metaKeys.section)).toBe('Kinh tế');
  });

  it('workflow moves made on both copies are all in the log', () => {
    const original = createArticleDoc({ id: 'a000000006', createdAt: '2026-12-07T08:00:00Z' });
    const one = offlineCopy(original);
    const two = offlineCopy(original);
    const move = (at: string, name: string) => ({ from: 'draft', to: 'submitted', by: { name, role: 'reporter' }, at });
    writeMetaValue(one, metaKeys.workflowLog, [move('2026-12-07T08:00:00Z', 'Thu Hà')]);
    writeMetaValue(two, metaKeys.workflowLog, [move('2026-12-07T09:00:00Z', 'Lan Anh')]);
    merge(one, two);
    expect(readArticle(one).meta.workflowLog.map((e) => e.by.name).sort()).toEqual(['Lan Anh', 'Thu Hà']);
  });

  it('an article written before the meta store (plain meta values) reads as before and moves on first write', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('tags', ['cũ']);
    doc.getMap('meta').set('section', 'Văn hóa');
    expect(readArticle(doc).meta).toMatchObject({ tags: ['cũ'], section: 'Văn hóa' });
    writeMetaValue(doc, metaKeys.tags, ['cũ', 'mới']);
    writeMetaValue(doc, metaKeys.section, 'Thể thao');
    expect(readArticle(doc).meta).toMatchObject({ tags: ['cũ', 'mới'], section: 'Thể thao' });
    expect(doc.getMap('meta').has('tags')).toBe(false);
  });
});

describe('hostile or damaged meta values', () => {
  it('are read as nothing, never thrown', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('authors', 'not a list');
    doc.getMap('meta').set('byline', [{ name: 5 }, null, { role: 'Phóng viên' }]);
    doc.getMap('meta:tags').set('x', { v: 42, o: 0 });
    const { meta } = readArticle(doc);
    expect(meta.authors).toEqual([]);
    expect(meta.byline).toEqual([{ role: 'Phóng viên' }]);
    expect(meta.tags).toEqual([]);
    expect(meta.status).toBe('draft');
  });
});
