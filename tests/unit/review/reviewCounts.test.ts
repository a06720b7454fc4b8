// What is open in review, read from the Yjs document the editor writes: comment threads and
// suggestion marks stored by y-tiptap, counted for the library and the export pre-flight.
import { readArticle } from '../../../electron/contract/article/readArticle';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from '../../../electron/contract/articleSchema';
import { COMMENTS_MAP } from '../../../electron/contract/review';
import { readableCopyOf } from '../../../electron/services/article/readableCopy';
import { reviewCounts } from '../../../electron/services/review/reviewCounts';
import { asItStands } from '../../../electron/contract/article/asItStands';
import { pendingInsertionRuns, withInsertions } from '../../../electron/services/review/pendingInsertions';
import { writeJsonToFragment } from '../../../electron/services/article/writeContentToFragment';
import { storedJson } from '../support/storedJson';
import { DELETED_TEXT, addThread, resolveThread, reviewedArticle, writeArticle } from '../services/reviewDoc';

function docWith(write: (doc: Y.Doc) => void): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => write(doc));
  return doc;
}

describe('review counts', () => {
  it('count distinct suggestion ids, hashed mark names included, across every piece', () => {
    const doc = docWith((d) => writeArticle(d.getXmlFragment(ARTICLE_FRAGMENT), reviewedArticle()));
    // s1 headline, s2 sapo (a deletion and an insertion: one suggestion), s3 body, s4 a
    // bold deletion, s5 caption; the byline's `modification` mark is not counted (the
    // editor neither makes, lists nor clears one).
    expect(reviewCounts(doc)).toEqual({ openComments: 0, pendingSuggestions: 5 });
  });

  it('an empty or fresh document has nothing open', () => {
    expect(reviewCounts(new Y.Doc())).toEqual({ openComments: 0, pendingSuggestions: 0 });
  });

  it('open comments: unresolved threads with a message left; detached ones still count', () => {
    const doc = docWith((d) => {
      addThread(d, { id: 't1' }, [{ id: 'm1', text: 'Nguồn số liệu?' }]);
      // Its text was deleted: kept with its quote, still open.
      addThread(d, { id: 't2', anchor: { from: null, to: null }, quote: 'đoạn đã xoá' }, [
        { id: 'm2', text: 'Sao bỏ đoạn này?' },
        { id: 'm3', text: 'đã xoá', deleted: true },
      ]);
      addThread(d, { id: 't3' }, [{ id: 'm4', text: 'Tôi rút lại', deleted: true }]);
      addThread(d, { id: 't4', resolved: { by: { name: 'Lan', role: 'reporter' }, at: '2026-11-27T10:00:00Z' } }, [
        { id: 'm5', text: 'Đã sửa' },
      ]);
      d.getMap(COMMENTS_MAP).set('garbage', 'not a thread');
    });
    expect(reviewCounts(doc).openComments).toBe(2);
    resolveThread(doc, 't1');
    expect(reviewCounts(doc).openComments).toBe(1);
  });

  it('the text as it stands leaves out pending insertions and anchors, keeps text proposed for deletion', () => {
    const doc = docWith((d) => writeArticle(d.getXmlFragment(ARTICLE_FRAGMENT), reviewedArticle()));
    const text = readArticle(doc).text;
    expect(text).toContain(`Con đường dài ${DELETED_TEXT} mét nối hai xã.`);
    expect(text).not.toContain('hai mươi');
    expect(text).not.toContain('Đoạn đề xuất');
    expect(text).not.toContain('\u200B');
    expect(text.split('\n\n')[0]).toBe('Hà Tĩnh mở đường ven biển');
    // Hà Tĩnh mở đường ven biển (6) · Con đường dài năm trăm mét nối hai xã. (9) · Thân bài
    // có đủ chữ để xuất bản. (8) · Người dân phấn khởi. (4) · Đoạn đường ven biển (4) · Thu Hà (2)
    expect(readArticle(doc).counts.words).toBe(33);
  });

  it('article.json reads as it stands and carries the comments and the pending suggestions', () => {
    const doc = docWith((d) => {
      writeArticle(d.getXmlFragment(ARTICLE_FRAGMENT), reviewedArticle());
      addThread(d, { id: 't1' }, [
        { id: 'm2', text: 'Đã kiểm tra', at: '2026-11-27T09:05:00.000Z' },
        { id: 'm1', text: 'Nguồn số liệu?', at: '2026-11-27T09:01:00.000Z' },
      ]);
    });
    const readable = readableCopyOf(doc, { slug: 'ha-tinh', updatedAt: '2026-11-27T09:10:00.000Z' });
    const content = JSON.stringify(readable.content);
    expect(content).not.toContain('hai mươi');
    expect(content).not.toContain('Đoạn đề xuất');
    expect(content).not.toContain('\\u200b');
    expect(content).not.toContain('\u200B');
    expect(content).toContain(DELETED_TEXT);
    expect(readable.text).not.toContain('mới thêm');
    expect(readable.headline).toBe('Hà Tĩnh mở đường ven biển');
    expect(readable.wordCount).toBe(33);
    const review = readable.review as unknown as {
      openComments: number;
      pendingSuggestions: number;
      comments: Array<{ id: string; open: boolean; messages: Array<{ text: string }> }>;
      suggestions: Array<Record<string, unknown>>;
    };
    expect(review.openComments).toBe(1);
    expect(review.comments).toEqual([
      expect.objectContaining({ id: 't1', open: true, quote: 'Con đường dài', messages: [expect.objectContaining({ text: 'Nguồn số liệu?' }), expect.objectContaining({ text: 'Đã kiểm tra' })] }),
    ]);
    expect(review.pendingSuggestions).toBe(5);
    expect(review.suggestions.find((s) => s.id === 's2')).toMatchObject({
      piece: 'sapo',
      author: 'Minh',
      role: 'editor',
      deletion: DELETED_TEXT,
      insertion: 'năm trăm hai mươi',
    });
    expect(review.suggestions.find((s) => s.id === 's3')).toMatchObject({ piece: 'body', insertion: 'Đoạn đề xuất thêm nhiều' });
    expect(review.suggestions.find((s) => s.id === 's5')).toMatchObject({ piece: 'caption', insertion: ' mới thêm' });
    expect(review.suggestions.find((s) => s.id === 's4')).toMatchObject({ piece: 'body', deletion: 'phấn khởi' });
    expect(review.suggestions.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5']);
  });

  it('pending insertions put back into the content as it stands give the document as stored', () => {
    const doc = docWith((d) => writeArticle(d.getXmlFragment(ARTICLE_FRAGMENT), reviewedArticle()));
    const full = storedJson(doc.getXmlFragment(ARTICLE_FRAGMENT));
    const runs = pendingInsertionRuns(full);
    expect(runs.map((r) => r.text)).toEqual([' mới', 'năm trăm hai mươi', '\u200BĐoạn đề xuất thêm nhiều', ' mới thêm']);
    const rebuilt = docWith((d) => writeJsonToFragment(withInsertions(asItStands(full), runs), d.getXmlFragment(ARTICLE_FRAGMENT)));
    expect(storedJson(rebuilt.getXmlFragment(ARTICLE_FRAGMENT))).toEqual(full);
    // A run whose place is gone (the block is shorter now) is skipped, nothing thrown.
    expect(() => withInsertions(asItStands(full), [{ path: [0], offset: 999, text: 'x', marks: [] }])).not.toThrow();
  });
});
