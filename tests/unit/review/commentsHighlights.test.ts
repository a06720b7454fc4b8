// The highlights in the text: one per open thread over its words, stronger for the current
// thread, following local typing, gone when resolved, back when reopened. The plugin runs
// in a ProseMirror state with y-tiptap's sync plugin, as in the editor (no view needed).
import { describe, expect, test } from 'vitest';
import { ySyncPlugin } from '@tiptap/y-tiptap';
import { anchorFromRange } from '../../../renderer/review/comments/commentAnchors';
import { commentFocus, commentHighlightKey, commentHighlightPlugin, type HighlightMeta } from '../../../renderer/review/comments/commentHighlights';
import { addThread, deleteMessage, readThreads, reopenThread, resolveThread } from '../../../renderer/review/comments/commentStore';
import { ArticleCopy, articleJSON } from './commentsFixture';

const editor = { name: 'Lê Văn Biên', role: 'editor' as const };

function setup() {
  const copy = ArticleCopy.fromJSON(
    articleJSON({ headline: 'Hà Tĩnh mở đường ven biển', sapo: 'Con đường dài 30 km nối ba huyện.', body: ['Công trình khởi công hôm nay.'] }),
  );
  copy.usePlugins((mapping) => [ySyncPlugin(copy.fragment, { mapping }), commentHighlightPlugin()]);
  const comment = (needle: string) => {
    const { from, to } = copy.find(needle);
    const id = addThread(copy.ydoc, anchorFromRange(copy.doc, from, to, copy.ctx), 'Kiểm tra lại', editor);
    refresh();
    return id;
  };
  // What the plugin's view does when the comments map changes.
  const refresh = () => meta({ refresh: true });
  const meta = (value: HighlightMeta) => copy.apply(copy.state.tr.setMeta(commentHighlightKey, value));
  const highlights = () =>
    commentHighlightKey
      .getState(copy.state)!
      .decorations.find()
      .map((d) => ({ text: copy.doc.textBetween(d.from, d.to), id: d.spec.threadId, current: !!d.spec.current, pending: !!d.spec.pending }));
  return { copy, comment, refresh, meta, highlights };
}

describe('comment highlights', () => {
  test('each open thread is highlighted over its words', () => {
    const { comment, highlights } = setup();
    const sapo = comment('dài 30 km');
    const head = comment('Hà Tĩnh');
    expect(highlights()).toEqual(
      expect.arrayContaining([
        { text: 'dài 30 km', id: sapo, current: false, pending: false },
        { text: 'Hà Tĩnh', id: head, current: false, pending: false },
      ]),
    );
    expect(highlights()).toHaveLength(2);
  });

  test('the highlight follows typing before and inside it, and not after it', () => {
    const { copy, comment, highlights } = setup();
    comment('dài 30 km');
    copy.edit((tr) => tr.insertText('Hôm nay, ', copy.find('Con đường').from));
    copy.edit((tr) => tr.insertText(' nữa', copy.find('dài 30 km').to));
    copy.edit((tr) => tr.insertText('gần ', copy.find('30 km').from));
    expect(highlights().map((h) => h.text)).toEqual(['dài gần 30 km']);
  });

  test('the current thread is marked, and a clicked highlight asks for the Review tab', () => {
    const { comment, meta, highlights, copy } = setup();
    const id = comment('dài 30 km');
    comment('Hà Tĩnh');
    meta({ current: id, open: true });
    expect(highlights().filter((h) => h.current).map((h) => h.id)).toEqual([id]);
    expect(commentFocus(copy.state)).toMatchObject({ current: id, openRequest: 1 });
  });

  test('a resolved thread is not highlighted; reopened, it is again', () => {
    const { copy, comment, refresh, highlights } = setup();
    const id = comment('dài 30 km');
    resolveThread(copy.ydoc, id, editor);
    refresh();
    expect(highlights()).toEqual([]);
    reopenThread(copy.ydoc, id);
    refresh();
    expect(highlights().map((h) => h.text)).toEqual(['dài 30 km']);
  });

  test('a thread whose only message its author deleted is no longer highlighted', () => {
    const { copy, comment, refresh, highlights } = setup();
    comment('dài 30 km');
    const [{ messages }] = readThreads(copy.ydoc);
    deleteMessage(copy.ydoc, messages[0].id, editor);
    refresh();
    expect(highlights()).toEqual([]);
  });

  test('deleting the words removes the highlight', () => {
    const { copy, comment, refresh, highlights } = setup();
    comment('dài 30 km');
    const { from, to } = copy.find('dài 30 km');
    copy.edit((tr) => tr.delete(from, to));
    expect(highlights()).toEqual([]);
    refresh(); // read back from Yjs: still nothing to highlight, the thread is detached
    expect(highlights()).toEqual([]);
  });

  test('the text a comment is being written about is marked until the composer closes', () => {
    const { copy, meta, highlights } = setup();
    meta({ pending: copy.find('nối ba huyện') });
    copy.edit((tr) => tr.insertText('Hôm nay, ', copy.find('Con đường').from));
    expect(highlights()).toEqual([{ text: 'nối ba huyện', id: undefined, current: false, pending: true }]);
    meta({ pending: null });
    expect(highlights()).toEqual([]);
  });
});
