// Comment anchors follow their text through edits; when the text is gone the comment is
// kept as detached with its quote. Edits go through ProseMirror and y-tiptap exactly as in
// the editor; positions are read back through Yjs relative positions.
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { TextSelection } from '@tiptap/pm/state';
import { anchorFromRange, placeThreads, resolveAnchor } from '../../../renderer/review/comments/commentAnchors';
import { addThread, readThreads, type ThreadView } from '../../../renderer/review/comments/commentStore';
import { reanchorMoved, settleAnchors } from '../../../renderer/review/comments/commentHighlights';
import { ArticleCopy, articleJSON, schema } from './commentsFixture';

const editor = { name: 'Lê Văn Biên', role: 'editor' as const };

const article = () =>
  ArticleCopy.fromJSON(
    articleJSON({
      headline: 'Đợt sinh hoạt chính trị sâu rộng',
      sapo: '(Baohatinh.vn) - Các chi bộ tự soi, tự sửa trong đợt sinh hoạt.',
      body: ['Đảng viên phát biểu thẳng thắn về khuyết điểm.', 'Thành phố Hà Tĩnh đặt mục tiêu mới.'],
      caption: 'Đảng viên Chi bộ Công an phường Nam Hà.',
      byline: 'Trưởng ban Tuyên giáo',
    }),
  );

/** Comments on `needle` and returns the thread id. */
function commentOn(copy: ArticleCopy, needle: string, text = 'Xem lại chỗ này'): string {
  const { from, to } = copy.find(needle);
  return addThread(copy.ydoc, anchorFromRange(copy.doc, from, to, copy.ctx), text, editor);
}

/** The text a thread's highlight covers now, or null if detached. */
function anchoredText(copy: ArticleCopy, threadId: string): string | null {
  const view = readThreads(copy.ydoc).find((v) => v.thread.id === threadId)!;
  const range = resolveAnchor(view.thread.anchor, copy.doc, copy.ctx);
  return range && copy.doc.textBetween(range.from, range.to, '\n');
}

describe('a comment anchor follows its text', () => {
  test('text inserted just before the commented words stays outside the comment', () => {
    const copy = article();
    const id = commentOn(copy, 'tự soi, tự sửa');
    const { from } = copy.find('tự soi, tự sửa');
    copy.edit((tr) => tr.insertText('cùng ', from));
    expect(copy.doc.textContent).toContain('cùng tự soi, tự sửa');
    expect(anchoredText(copy, id)).toBe('tự soi, tự sửa');
  });

  test('text inserted inside the commented words becomes part of the comment', () => {
    const copy = article();
    const id = commentOn(copy, 'tự soi, tự sửa');
    const { from } = copy.find('tự sửa');
    copy.edit((tr) => tr.insertText('nghiêm túc ', from));
    expect(anchoredText(copy, id)).toBe('tự soi, nghiêm túc tự sửa');
  });

  test('text inserted just after the commented words stays outside the comment', () => {
    const copy = article();
    const id = commentOn(copy, 'tự soi, tự sửa');
    const { to } = copy.find('tự soi, tự sửa');
    copy.edit((tr) => tr.insertText(' nghiêm túc', to));
    expect(copy.doc.textContent).toContain('tự sửa nghiêm túc');
    expect(anchoredText(copy, id)).toBe('tự soi, tự sửa');
  });

  test('a paragraph added above moves the comment down with its text', () => {
    const copy = article();
    const id = commentOn(copy, 'Thành phố Hà Tĩnh');
    const before = copy.find('Thành phố Hà Tĩnh').from;
    const firstBody = copy.doc.child(0).nodeSize + copy.doc.child(1).nodeSize;
    copy.edit((tr) => tr.insert(firstBody, schema.nodes.paragraph.create(null, schema.text('Một đoạn mới ở đầu thân bài.'))));
    const view = readThreads(copy.ydoc)[0];
    const range = resolveAnchor(view.thread.anchor, copy.doc, copy.ctx)!;
    expect(range.from).toBeGreaterThan(before);
    expect(anchoredText(copy, id)).toBe('Thành phố Hà Tĩnh');
  });

  test('a comment across two paragraphs keeps both ends when a paragraph is added between others', () => {
    const copy = article();
    const from = copy.find('khuyết điểm.').from;
    const to = copy.find('Thành phố').to;
    const id = addThread(copy.ydoc, anchorFromRange(copy.doc, from, to, copy.ctx), 'Hai câu này nên gộp', editor);
    copy.edit((tr) => tr.insertText('Mở đầu. ', copy.find('Đảng viên phát').from));
    expect(anchoredText(copy, id)).toBe('khuyết điểm.\nThành phố');
  });

  test('the anchor also follows edits merged from another copy', () => {
    const mine = article();
    const id = commentOn(mine, 'tự soi, tự sửa');
    const theirs = new ArticleCopy(new Y.Doc());
    Y.applyUpdate(theirs.ydoc, Y.encodeStateAsUpdate(mine.ydoc));
    theirs.reload();
    theirs.edit((tr) => tr.insertText('Hôm nay, ', theirs.find('Các chi bộ').from));
    Y.applyUpdate(mine.ydoc, Y.encodeStateAsUpdate(theirs.ydoc));
    mine.reload();
    expect(mine.doc.textContent).toContain('Hôm nay, Các chi bộ');
    expect(anchoredText(mine, id)).toBe('tự soi, tự sửa');
  });
});

describe('deleting commented text', () => {
  test('deleting all of it leaves the thread detached, with its quote and messages kept', () => {
    const copy = article();
    const id = commentOn(copy, 'thẳng thắn', 'Có dẫn chứng không?');
    const { from, to } = copy.find('thẳng thắn');
    copy.edit((tr) => tr.delete(from, to));
    expect(copy.doc.textContent).not.toContain('thẳng thắn');
    expect(anchoredText(copy, id)).toBeNull();
    const [view] = readThreads(copy.ydoc);
    expect(view.thread.quote).toBe('thẳng thắn');
    expect(view.messages.map((m) => m.text)).toEqual(['Có dẫn chứng không?']);
  });

  test('deleting the whole paragraph leaves it detached too', () => {
    const copy = article();
    const id = commentOn(copy, 'thẳng thắn');
    const $pos = copy.doc.resolve(copy.find('thẳng thắn').from);
    copy.edit((tr) => tr.delete($pos.before(), $pos.after()));
    expect(copy.doc.textContent).not.toContain('thẳng thắn');
    expect(anchoredText(copy, id)).toBeNull();
    expect(readThreads(copy.ydoc)[0].thread.quote).toBe('thẳng thắn');
  });

  test('deleting part of it shrinks the comment to what is left', () => {
    const copy = article();
    const id = commentOn(copy, 'tự soi, tự sửa');
    const { from } = copy.find('tự soi, ');
    copy.edit((tr) => tr.delete(from, from + 'tự soi, '.length));
    expect(anchoredText(copy, id)).toBe('tự sửa');
  });

  test('detached threads come after the placed ones, none dropped', () => {
    const copy = article();
    const gone = commentOn(copy, 'thẳng thắn');
    const kept = commentOn(copy, 'Đợt sinh hoạt');
    const { from, to } = copy.find('thẳng thắn');
    copy.edit((tr) => tr.delete(from, to));
    const placed = placeThreads(readThreads(copy.ydoc), copy.doc, copy.ctx);
    expect(placed.map((p) => [p.view.thread.id, p.range === null])).toEqual([
      [kept, false],
      [gone, true],
    ]);
  });

  test('undoing the deletion by typing the words again does not bring back a deleted anchor silently', () => {
    // Yjs positions point at the original characters: retyped words are new ones.
    const copy = article();
    const id = commentOn(copy, 'thẳng thắn');
    const { from, to } = copy.find('thẳng thắn');
    copy.edit((tr) => tr.delete(from, to));
    copy.edit((tr) => tr.insertText('thẳng thắn', from));
    expect(anchoredText(copy, id)).toBeNull();
    expect(readThreads(copy.ydoc)).toHaveLength(1);
  });
});

describe('comments on every piece of the article', () => {
  const cases: Array<[string, ThreadView['thread']['piece']]> = [
    ['sinh hoạt chính trị', 'headline'],
    ['(Baohatinh.vn)', 'sapo'],
    ['phát biểu', 'body'],
    ['phường Nam Hà', 'caption'],
    ['Tuyên giáo', 'byline'],
  ];
  test.each(cases)('"%s" is in the %s', (needle, piece) => {
    const copy = article();
    const id = commentOn(copy, needle);
    const [view] = readThreads(copy.ydoc);
    expect(view.thread.piece).toBe(piece);
    expect(view.thread.quote).toBe(needle);
    expect(anchoredText(copy, id)).toBe(needle);
  });

  test('a caption comment follows its text when the caption is edited before it', () => {
    const copy = article();
    const id = commentOn(copy, 'phường Nam Hà');
    copy.edit((tr) => tr.insertText('Ảnh: ', copy.find('Đảng viên Chi bộ').from));
    expect(anchoredText(copy, id)).toBe('phường Nam Hà');
  });
});

describe('refusals', () => {
  test('an empty selection cannot be commented', () => {
    const copy = article();
    const { from } = copy.find('phát biểu');
    expect(() => anchorFromRange(copy.doc, from, from, copy.ctx)).toThrow(expect.objectContaining({ code: 'no-selection' }));
  });

  test('a selection from the editor state works the same way', () => {
    const copy = article();
    const { from, to } = copy.find('phát biểu');
    copy.state = copy.state.apply(copy.state.tr.setSelection(TextSelection.create(copy.doc, from, to)));
    const { selection } = copy.state;
    expect(anchorFromRange(copy.doc, selection.from, selection.to, copy.ctx).quote).toBe('phát biểu');
  });
});

describe('splitting and joining paragraphs in the editor', () => {
  // y-tiptap re-creates the characters that move to another paragraph, so Yjs alone loses
  // them; the highlight plugin maps the range through the edit and anchors it again.
  function splitKeepingComment(copy: ArticleCopy, id: string, at: number) {
    const view = readThreads(copy.ydoc).find((v) => v.thread.id === id)!;
    const before = resolveAnchor(view.thread.anchor, copy.doc, copy.ctx)!;
    let mapped = before;
    copy.edit((tr) => {
      tr.split(at);
      mapped = { from: tr.mapping.map(before.from, 1), to: tr.mapping.map(before.to, -1) };
    });
    return { mapped, detachedByYjs: anchoredText(copy, id) === null };
  }

  test('Enter before a commented sentence keeps the comment on it', () => {
    const copy = article();
    const id = commentOn(copy, 'khuyết điểm');
    const { mapped, detachedByYjs } = splitKeepingComment(copy, id, copy.find('về khuyết').from);
    expect(detachedByYjs).toBe(true); // what reanchorMoved is for
    expect(reanchorMoved(copy.doc, new Map([[id, mapped]]), copy.ctx).map((m) => m.id)).toEqual([id]);
    expect(anchoredText(copy, id)).toBe('khuyết điểm');
    expect(copy.doc.textBetween(0, copy.doc.content.size, '|')).toContain('thẳng thắn |về khuyết điểm.');
  });

  test('joining two paragraphs keeps a comment of the second one', () => {
    const copy = article();
    const id = commentOn(copy, 'đặt mục tiêu');
    const view = readThreads(copy.ydoc)[0];
    const before = resolveAnchor(view.thread.anchor, copy.doc, copy.ctx)!;
    let mapped = before;
    const $second = copy.doc.resolve(copy.find('Thành phố').from);
    copy.edit((tr) => {
      tr.join($second.before());
      mapped = { from: tr.mapping.map(before.from, 1), to: tr.mapping.map(before.to, -1) };
    });
    reanchorMoved(copy.doc, new Map([[id, mapped]]), copy.ctx);
    expect(anchoredText(copy, id)).toBe('đặt mục tiêu');
  });

  test('a deleted comment text is not brought back by re-anchoring', () => {
    const copy = article();
    const id = commentOn(copy, 'thẳng thắn');
    const { from, to } = copy.find('thẳng thắn');
    copy.edit((tr) => tr.delete(from, to));
    expect(reanchorMoved(copy.doc, new Map([[id, { from, to: from }]]), copy.ctx)).toEqual([]);
    expect(anchoredText(copy, id)).toBeNull();
  });

  test('undoing the split puts the comment back on the original words, also after a reload', () => {
    const copy = article();
    const undo = new Y.UndoManager(copy.fragment); // the editor's undo covers the text, not comments
    const id = commentOn(copy, 'khuyết điểm');
    const { mapped } = splitKeepingComment(copy, id, copy.find('về khuyết').from);
    const remembered = new Map(reanchorMoved(copy.doc, new Map([[id, mapped]]), copy.ctx).map((m) => [m.id, [m.previous]]));
    undo.undo();
    copy.reload();
    expect(copy.doc.textBetween(0, copy.doc.content.size, '|')).toContain('thẳng thắn về khuyết điểm.');
    expect(anchoredText(copy, id)).toBeNull(); // the re-anchored characters went with the undo
    expect(settleAnchors(copy.doc, remembered, copy.ctx)).toEqual([id]);
    expect(anchoredText(copy, id)).toBe('khuyết điểm');
    expect(remembered.size).toBe(0);
    expect(anchoredText(reloaded(copy), id)).toBe('khuyết điểm');
  });
});

/** The article as it is read back from disk: a new Y.Doc from the saved state. */
function reloaded(copy: ArticleCopy): ArticleCopy {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(copy.ydoc));
  return new ArticleCopy(ydoc);
}

describe('undoing a deletion of commented text', () => {
  test('the comment comes back on its words, and stays there after a reload', () => {
    const copy = article();
    const undo = new Y.UndoManager(copy.fragment);
    const id = commentOn(copy, 'thẳng thắn');
    const { from, to } = copy.find('thẳng thắn');
    copy.edit((tr) => tr.delete(from, to));
    expect(anchoredText(copy, id)).toBeNull();
    undo.undo();
    copy.reload();
    // Yjs links the restored characters to the deleted ones, in memory only:
    expect(anchoredText(copy, id)).toBe('thẳng thắn');
    expect(anchoredText(reloaded(copy), id)).toBeNull();
    expect(settleAnchors(copy.doc, new Map(), copy.ctx)).toEqual([id]);
    expect(anchoredText(reloaded(copy), id)).toBe('thẳng thắn');
  });

  test('threads whose text never moved, or only shrank, are left as they are (opening an article writes nothing)', () => {
    const copy = article();
    commentOn(copy, 'thẳng thắn');
    const shrunk = commentOn(copy, 'phường Nam Hà');
    copy.edit((tr) => tr.insertText('Hôm nay, ', copy.find('Các chi bộ').from));
    const { from } = copy.find('phường ');
    copy.edit((tr) => tr.delete(from, from + 'phường '.length));
    expect(settleAnchors(copy.doc, new Map(), copy.ctx)).toEqual([]);
    const again = reloaded(copy);
    expect(settleAnchors(again.doc, new Map(), again.ctx)).toEqual([]);
    expect(anchoredText(again, shrunk)).toBe('Nam Hà');
  });
});
