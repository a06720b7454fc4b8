// Comment maps come from other copies and from article.json, which anyone can edit. One
// parser reads them for the renderer and the services: a value of the wrong shape is
// skipped by both, never thrown on, never counted, so every count agrees.
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from '../../../electron/contract/articleSchema';
import { COMMENTS_MAP, COMMENT_MESSAGES_MAP, pieceOfBlock, withoutAnchors } from '../../../electron/contract/review';
import { parseCommentMessage, parseCommentThread, shortQuote } from '../../../electron/contract/reviewParse';
import { limits } from '../../../electron/contract/schemas';
import { readableCopyOf } from '../../../electron/services/article/readableCopy';
import { restoreComments, ReadableReviewSchema, readableReview } from '../../../electron/services/review/readableReview';
import { reviewCounts } from '../../../electron/services/review/reviewCounts';
import { storedJson } from '../support/storedJson';
import { placeThreads } from '../../../renderer/review/comments/commentAnchors';
import {
  CommentError,
  canChangeMessage,
  countOpenThreads,
  deleteMessage,
  editMessage,
  readThreads,
  reopenThread,
  resolveThread,
} from '../../../renderer/review/comments/commentStore';
import { ArticleCopy, articleJSON } from './commentsFixture';

const minh = { name: 'Minh', role: 'editor' as const };
const AT = '2026-11-27T09:00:00.000Z';
const goodThread = { id: 't1', anchor: { from: null, to: null }, quote: 'Hà Tĩnh', piece: 'sapo', by: minh, at: AT, resolved: null };
const goodMessage = { id: 'm1', threadId: 't1', by: minh, at: AT, text: 'Nguồn số liệu?' };

describe('one parser per shape', () => {
  test('a thread of the contract’s shape is read as it is', () => {
    expect(parseCommentThread('t1', goodThread)).toEqual(goodThread);
  });

  test.each([
    ['without an anchor', { ...goodThread, anchor: undefined }],
    ['resolved: true instead of who and when', { ...goodThread, resolved: true }],
    ['a quote that is not text', { ...goodThread, quote: 42 }],
    ['no author', { ...goodThread, by: undefined }],
    ['an author without a name', { ...goodThread, by: { role: 'editor' } }],
    ['resolved by nobody', { ...goodThread, resolved: { at: AT } }],
    ['an id other than its key', { ...goodThread, id: 'elsewhere' }],
    ['not an object', 'not a thread'],
    ['null', null],
  ])('a thread %s is skipped', (_name, value) => {
    expect(parseCommentThread('t1', value)).toBeNull();
  });

  test('a thread without an id is the thread of its key; a missing resolved means open', () => {
    const { id: _id, resolved: _resolved, ...rest } = goodThread;
    expect(parseCommentThread('t9', rest)).toEqual({ ...rest, id: 't9', resolved: null });
  });

  test.each([
    ['without an author', { ...goodMessage, by: undefined }],
    ['with text that is not text', { ...goodMessage, text: { evil: true } }],
    ['without a thread', { ...goodMessage, threadId: undefined }],
    ['longer than the limit', { ...goodMessage, text: 'a'.repeat(limits.commentChars + 1) }],
    ['marked deleted with a non-boolean', { ...goodMessage, deleted: 'yes' }],
  ])('a message %s is skipped', (_name, value) => {
    expect(parseCommentMessage('m1', value)).toBeNull();
  });

  test('a quote longer than the limit is cut and ends with “…”; a thread is not lost for it', () => {
    const long = 'ồ'.repeat(limits.commentQuoteChars + 50);
    const thread = parseCommentThread('t1', { ...goodThread, quote: long });
    expect(thread?.quote).toHaveLength(limits.commentQuoteChars);
    expect(thread?.quote.endsWith('…')).toBe(true);
    // Never half of a surrogate pair.
    const emoji = shortQuote('x' + '😀'.repeat(limits.commentQuoteChars));
    expect(emoji.length).toBeLessThanOrEqual(limits.commentQuoteChars);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

/** A document with one real open thread and every kind of damaged value around it. */
function hostileDoc(): Y.Doc {
  const copy = ArticleCopy.fromJSON(articleJSON({ headline: 'Hà Tĩnh mở đường', sapo: 'Con đường dài năm trăm mét.', body: ['Thân bài.'] }));
  const threads = copy.ydoc.getMap<unknown>(COMMENTS_MAP);
  const messages = copy.ydoc.getMap<unknown>(COMMENT_MESSAGES_MAP);
  copy.ydoc.transact(() => {
    threads.set('t1', goodThread);
    messages.set('m1', goodMessage);
    threads.set('no-anchor', { ...goodThread, id: 'no-anchor', anchor: undefined });
    messages.set('m2', { ...goodMessage, id: 'm2', threadId: 'no-anchor' });
    threads.set('bad-resolved', { ...goodThread, id: 'bad-resolved', resolved: true });
    messages.set('m3', { ...goodMessage, id: 'm3', threadId: 'bad-resolved' });
    threads.set('bad-quote', { ...goodThread, id: 'bad-quote', quote: ['x'] });
    messages.set('m4', { ...goodMessage, id: 'm4', threadId: 'bad-quote' });
    // A thread whose only message has no author: nothing left to read, so not open.
    threads.set('t2', { ...goodThread, id: 't2' });
    messages.set('m5', { ...goodMessage, id: 'm5', threadId: 't2', by: undefined });
    messages.set('m6', { ...goodMessage, id: 'm6', text: 7 });
    threads.set('garbage', 'not a thread');
  });
  return copy.ydoc;
}

describe('a document with damaged comments', () => {
  test('the renderer reads it without throwing and counts what the services count', () => {
    const doc = hostileDoc();
    const views = readThreads(doc);
    expect(views.map((v) => v.thread.id)).toEqual(['t1', 't2']);
    expect(views[0].messages.map((m) => m.id)).toEqual(['m1']);
    expect(countOpenThreads(doc)).toBe(1);
    expect(reviewCounts(doc).openComments).toBe(1);
    const readable = readableReview(doc, storedJson(doc.getXmlFragment(ARTICLE_FRAGMENT)));
    expect(readable.comments.map((c) => [c.id, c.open])).toEqual([['t1', true], ['t2', false]]);
  });

  test('placing the threads in the text and checking who may change a message do not throw', () => {
    const copy = new ArticleCopy(hostileDoc());
    const placed = placeThreads(readThreads(copy.ydoc), copy.doc, copy.ctx);
    expect(placed.map((p) => p.range)).toEqual([null, null]);
    for (const view of readThreads(copy.ydoc)) for (const m of view.messages) expect(canChangeMessage(m, minh)).toBe(true);
  });

  test('changing a damaged value is refused in plain words, not with a crash', () => {
    const doc = hostileDoc();
    const refused = (change: () => void) => {
      try {
        change();
      } catch (error) {
        return error instanceof CommentError ? error.code : `crash: ${String(error)}`;
      }
      return 'done';
    };
    expect(refused(() => editMessage(doc, 'm5', 'sửa', minh))).toBe('not-found');
    expect(refused(() => deleteMessage(doc, 'm6', minh))).toBe('not-found');
    expect(refused(() => resolveThread(doc, 'no-anchor', minh))).toBe('not-found');
    expect(refused(() => reopenThread(doc, 'bad-resolved'))).toBe('not-found');
    expect(refused(() => resolveThread(doc, 't1', minh))).toBe('done');
  });

  test('restoring from an edited article.json puts back only what the parser accepts', () => {
    const doc = hostileDoc();
    const readable = readableCopyOf(doc, { slug: 'ha-tinh', updatedAt: AT });
    const review = ReadableReviewSchema.parse(readable.review);
    // Someone edits article.json by hand.
    review.comments.push(
      { id: 'forged', anchor: { from: null, to: null }, quote: 'x', piece: 'body', by: minh, at: AT, resolved: true, messages: [{ ...goodMessage, id: 'mf', threadId: 'forged' }] },
      { ...goodThread, id: 't3', messages: [{ ...goodMessage, id: 'm7', threadId: 't3', by: null }, { ...goodMessage, id: 'm8', threadId: 't1' }] },
    );
    const rebuilt = new Y.Doc();
    restoreComments(rebuilt, review);
    expect([...rebuilt.getMap(COMMENTS_MAP).keys()].sort()).toEqual(['t1', 't2', 't3']);
    // m7 has no author; m8 is listed under t3 but belongs to t1; m5 (no author) was never written.
    expect([...rebuilt.getMap(COMMENT_MESSAGES_MAP).keys()].sort()).toEqual(['m1']);
    expect(reviewCounts(rebuilt).openComments).toBe(countOpenThreads(rebuilt));
    expect(countOpenThreads(rebuilt)).toBe(1);
  });
});

function docWithThreads(count: number): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const threads = doc.getMap<unknown>(COMMENTS_MAP);
    const messages = doc.getMap<unknown>(COMMENT_MESSAGES_MAP);
    for (let i = 0; i < count; i += 1) {
      threads.set(`t${i}`, { ...goodThread, id: `t${i}`, quote: `câu ${i}` });
      messages.set(`m${i}`, { ...goodMessage, id: `m${i}`, threadId: `t${i}`, text: `ý kiến ${i}` });
    }
  });
  return doc;
}

/** Milliseconds to count and render (as a save does) and count in the renderer, best of three. */
function timeReview(doc: Y.Doc, count: number): number {
  const content = storedJson(doc.getXmlFragment(ARTICLE_FRAGMENT));
  let best = Infinity;
  for (let round = 0; round < 3; round += 1) {
    const started = performance.now();
    expect(reviewCounts(doc).openComments).toBe(count);
    expect(readableReview(doc, content).comments).toHaveLength(count);
    expect(countOpenThreads(doc)).toBe(count);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('counting stays linear', () => {
  test('ten times the threads takes about ten times as long, not a hundred', () => {
    // Compared with itself rather than a wall-clock budget, so a slow machine does not fail it.
    const small = timeReview(docWithThreads(1_000), 1_000);
    const large = timeReview(docWithThreads(10_000), 10_000);
    expect(large / small).toBeLessThan(20);
    // And a save with ten thousand threads is not a wait.
    expect(large).toBeLessThan(1000);
  });
});

describe('shared helpers', () => {
  test('the piece of a block and text without anchors', () => {
    expect(['headline', 'sapo', 'paragraph', 'figure', 'figcaption', 'byline', 'blockquote'].map(pieceOfBlock)).toEqual([
      'headline',
      'sapo',
      'body',
      'caption',
      'caption',
      'byline',
      'body',
    ]);
    expect(withoutAnchors('\u200BVốn\u200B 520')).toBe('Vốn 520');
  });
});
