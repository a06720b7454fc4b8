// Comment threads in the Y.Doc: replies, edit and delete of one's own messages, resolve
// and reopen, refusals in plain words, and offline replies that both survive a merge.
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { anchorFromRange } from '../../../renderer/review/comments/commentAnchors';
import {
  addThread,
  canChangeMessage,
  countOpenThreads,
  deleteMessage,
  editMessage,
  isLiveThread,
  readThreads,
  reopenThread,
  reply,
  resolveThread,
} from '../../../renderer/review/comments/commentStore';
import { creditAuthors } from '../../../electron/contract/article/authorship';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { ArticleCopy, articleJSON } from './commentsFixture';

const editor = { name: 'Lê Văn Biên', role: 'editor' as const };
const reporter = { name: 'Nguyễn Thu Hà', role: 'reporter' as const };

let tick = 0;
const clock = () => new Date(Date.UTC(2026, 10, 28, 8, 0, tick++)).toISOString();

function threadOnSapo(copy = ArticleCopy.fromJSON(articleJSON({ headline: 'Tiêu đề', sapo: '(Baohatinh.vn) - Sapo bài.', body: ['Thân bài.'] }))) {
  const { from, to } = copy.find('Sapo bài');
  const id = addThread(copy.ydoc, anchorFromRange(copy.doc, from, to, copy.ctx), 'Sapo nên ngắn hơn.', editor, clock);
  return { copy, id };
}

const messagesOf = (doc: Y.Doc, id: string) => readThreads(doc).find((v) => v.thread.id === id)!.messages;

describe('a thread', () => {
  test('carries its author, role, time, quote and piece', () => {
    const { copy } = threadOnSapo();
    const [{ thread, messages }] = readThreads(copy.ydoc);
    expect(thread).toMatchObject({ quote: 'Sapo bài', piece: 'sapo', by: editor, resolved: null });
    expect(Number.isNaN(Date.parse(thread.at))).toBe(false);
    expect(messages).toEqual([expect.objectContaining({ text: 'Sapo nên ngắn hơn.', by: editor, threadId: thread.id })]);
  });

  test('replies come in time order with their authors', () => {
    const { copy, id } = threadOnSapo();
    reply(copy.ydoc, id, 'Đã sửa, anh xem lại.', reporter, clock);
    reply(copy.ydoc, id, 'Được rồi.', editor, clock);
    expect(messagesOf(copy.ydoc, id).map((m) => [m.by.name, m.text])).toEqual([
      [editor.name, 'Sapo nên ngắn hơn.'],
      [reporter.name, 'Đã sửa, anh xem lại.'],
      [editor.name, 'Được rồi.'],
    ]);
  });

  test('empty or blank text is refused, for a new thread, a reply and an edit', () => {
    const { copy, id } = threadOnSapo();
    const { from, to } = copy.find('Thân bài');
    const anchor = anchorFromRange(copy.doc, from, to, copy.ctx);
    expect(() => addThread(copy.ydoc, anchor, '   \n ', editor)).toThrow(expect.objectContaining({ code: 'empty-text' }));
    expect(() => reply(copy.ydoc, id, '', reporter)).toThrow(expect.objectContaining({ code: 'empty-text' }));
    const [first] = messagesOf(copy.ydoc, id);
    expect(() => editMessage(copy.ydoc, first.id, ' \t', editor)).toThrow(expect.objectContaining({ code: 'empty-text' }));
    expect(readThreads(copy.ydoc)).toHaveLength(1);
    expect(messagesOf(copy.ydoc, id).map((m) => m.text)).toEqual(['Sapo nên ngắn hơn.']);
  });

  test('a profile without a name cannot comment', () => {
    const { copy, id } = threadOnSapo();
    expect(() => reply(copy.ydoc, id, 'Ý kiến', { name: ' ', role: 'desk' })).toThrow(expect.objectContaining({ code: 'no-author' }));
  });
});

describe('editing and deleting messages', () => {
  test('the author edits their own message; the edit is marked', () => {
    const { copy, id } = threadOnSapo();
    const [first] = messagesOf(copy.ydoc, id);
    editMessage(copy.ydoc, first.id, '  Sapo nên dưới 50 chữ. ', editor, clock);
    const [edited] = messagesOf(copy.ydoc, id);
    expect(edited.text).toBe('Sapo nên dưới 50 chữ.');
    expect(edited.editedAt).toBeTruthy();
  });

  test("someone else's message can be neither edited nor deleted", () => {
    const { copy, id } = threadOnSapo();
    const [first] = messagesOf(copy.ydoc, id);
    expect(canChangeMessage(first, reporter)).toBe(false);
    expect(() => editMessage(copy.ydoc, first.id, 'Sửa hộ', reporter)).toThrow(expect.objectContaining({ code: 'not-yours' }));
    expect(() => deleteMessage(copy.ydoc, first.id, reporter)).toThrow(expect.objectContaining({ code: 'not-yours' }));
    expect(messagesOf(copy.ydoc, id)[0]).toEqual(first);
  });

  test('deleting leaves a tombstone with the text gone, and the replies stay', () => {
    const { copy, id } = threadOnSapo();
    const [first] = messagesOf(copy.ydoc, id);
    reply(copy.ydoc, id, 'Vâng.', reporter, clock);
    deleteMessage(copy.ydoc, first.id, editor, clock);
    const messages = messagesOf(copy.ydoc, id);
    expect(messages.map((m) => [m.deleted ?? false, m.text])).toEqual([
      [true, ''],
      [false, 'Vâng.'],
    ]);
    expect(canChangeMessage(messages[0], editor)).toBe(false);
    expect(() => editMessage(copy.ydoc, first.id, 'Lại', editor)).toThrow(expect.objectContaining({ code: 'deleted' }));
  });
});

describe('a thread whose every message was deleted', () => {
  test('is no longer open nor shown, but a reply keeps it alive', () => {
    const { copy, id } = threadOnSapo();
    const [first] = messagesOf(copy.ydoc, id);
    deleteMessage(copy.ydoc, first.id, editor, clock);
    expect(countOpenThreads(copy.ydoc)).toBe(0);
    expect(isLiveThread(readThreads(copy.ydoc)[0])).toBe(false);
    reply(copy.ydoc, id, 'Em vẫn muốn hỏi thêm.', reporter, clock);
    expect(countOpenThreads(copy.ydoc)).toBe(1);
    expect(isLiveThread(readThreads(copy.ydoc)[0])).toBe(true);
  });
});

describe('resolving', () => {
  test('resolve folds a thread away from the open count and keeps it; reopen brings it back', () => {
    const { copy, id } = threadOnSapo();
    expect(countOpenThreads(copy.ydoc)).toBe(1);
    resolveThread(copy.ydoc, id, reporter, clock);
    expect(countOpenThreads(copy.ydoc)).toBe(0);
    const [view] = readThreads(copy.ydoc);
    expect(view.thread.resolved).toMatchObject({ by: reporter });
    expect(view.messages).toHaveLength(1);
    reopenThread(copy.ydoc, id);
    expect(countOpenThreads(copy.ydoc)).toBe(1);
    expect(readThreads(copy.ydoc)[0].thread.resolved).toBeNull();
  });

  test('an unknown thread is refused in plain terms', () => {
    const { copy } = threadOnSapo();
    expect(() => resolveThread(copy.ydoc, 'nope', editor)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => reply(copy.ydoc, 'nope', 'Xin chào', editor)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('two offline copies', () => {
  test('replies written on both copies to the same thread both survive the merge', () => {
    const { copy: reporterCopy, id } = threadOnSapo(
      ArticleCopy.fromJSON(articleJSON({ headline: 'Tiêu đề', sapo: '(Baohatinh.vn) - Sapo bài.', body: ['Thân bài.'] }), 1),
    );
    const editorDoc = new Y.Doc();
    editorDoc.clientID = 2;
    Y.applyUpdate(editorDoc, Y.encodeStateAsUpdate(reporterCopy.ydoc));

    reply(reporterCopy.ydoc, id, 'Em đã rút gọn sapo.', reporter, clock);
    reply(editorDoc, id, 'Nhớ giữ tiền tố (Baohatinh.vn).', editor, clock);

    Y.applyUpdate(editorDoc, Y.encodeStateAsUpdate(reporterCopy.ydoc));
    Y.applyUpdate(reporterCopy.ydoc, Y.encodeStateAsUpdate(editorDoc));
    for (const doc of [reporterCopy.ydoc, editorDoc]) {
      expect(messagesOf(doc, id).map((m) => m.text)).toEqual([
        'Sapo nên ngắn hơn.',
        'Em đã rút gọn sapo.',
        'Nhớ giữ tiền tố (Baohatinh.vn).',
      ]);
    }
  });

  test('a thread started offline on each copy: both are there after the merge', () => {
    const a = ArticleCopy.fromJSON(articleJSON({ headline: 'Tiêu đề', sapo: 'Sapo bài.', body: ['Thân bài.'] }), 1);
    const bDoc = new Y.Doc();
    bDoc.clientID = 2;
    Y.applyUpdate(bDoc, Y.encodeStateAsUpdate(a.ydoc));
    const b = new ArticleCopy(bDoc);
    threadOnSapo(a);
    const { from, to } = b.find('Thân bài');
    addThread(b.ydoc, anchorFromRange(b.doc, from, to, b.ctx), 'Thân bài quá ngắn.', reporter, clock);
    Y.applyUpdate(a.ydoc, Y.encodeStateAsUpdate(b.ydoc));
    expect(readThreads(a.ydoc).map((v) => v.thread.quote).sort()).toEqual(['Sapo bài', 'Thân bài']);
  });
});

describe('commenting is not authoring', () => {
  test('replying, resolving and reopening credit no one; a typed edit credits its writer', () => {
    const { copy, id } = threadOnSapo();
    const before = readArticle(copy.ydoc);
    reply(copy.ydoc, id, 'Trả lời', reporter, clock);
    resolveThread(copy.ydoc, id, reporter, clock);
    reopenThread(copy.ydoc, id);
    const afterComments = creditAuthors(copy.ydoc, before, reporter.name);
    expect(readArticle(copy.ydoc).meta.authors).not.toContain(reporter.name);
    const sapo = (copy.ydoc.getXmlFragment('article').get(1) as Y.XmlElement).get(0) as Y.XmlText;
    sapo.insert(0, 'Mới: ');
    creditAuthors(copy.ydoc, afterComments, reporter.name);
    expect(readArticle(copy.ydoc).meta.authors).toContain(reporter.name);
  });
});
