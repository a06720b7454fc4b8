// A comment of many megabytes would make every later save of the article larger than
// article:update accepts, so no save would go through. Comments and their quotes have
// limits in the contract, kept when a comment is written and when it is read.
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { limits } from '../../../electron/contract/ipc/schemas';
import { anchorFromRange } from '../../../renderer/review/comments/commentAnchors';
import { CommentError, addThread, editMessage, readThreads, reply, threadsMap } from '../../../renderer/review/comments/commentStore';
import { ArticleCopy, articleJSON } from './commentsFixture';

const minh = { name: 'Minh', role: 'editor' as const };
const at = { anchor: { from: null, to: null }, quote: 'Hà Tĩnh', piece: 'body' as const };

function refusal(change: () => unknown): string | null {
  try {
    change();
    return null;
  } catch (error) {
    return error instanceof CommentError ? error.code : String(error);
  }
}

describe('comment limits', () => {
  test('a comment longer than the limit is refused in plain words; one at the limit is kept', () => {
    const doc = new Y.Doc();
    const tooLong = 'ý'.repeat(limits.commentChars + 1);
    expect(refusal(() => addThread(doc, at, tooLong, minh))).toBe('too-long');
    expect(readThreads(doc)).toEqual([]);
    const id = addThread(doc, at, 'ý'.repeat(limits.commentChars), minh);
    expect(refusal(() => reply(doc, id, tooLong, minh))).toBe('too-long');
    const messageId = readThreads(doc)[0].messages[0].id;
    expect(refusal(() => editMessage(doc, messageId, tooLong, minh))).toBe('too-long');
    // What is kept is far below what one save may carry.
    expect(Y.encodeStateAsUpdate(doc).byteLength).toBeLessThan(limits.updateBytes / 100);
    // Spaces around the words do not count against the limit.
    expect(refusal(() => reply(doc, id, `  ${'a'.repeat(limits.commentChars)}  `, minh))).toBeNull();
  });

  test('a comment on a very long text keeps a short quote ending with “…”', () => {
    const long = 'Đảng viên phát biểu thẳng thắn. '.repeat(100);
    const copy = ArticleCopy.fromJSON(articleJSON({ headline: 'Tít', sapo: 'Sapo', body: [long] }));
    const { from } = copy.find('Đảng viên');
    const anchor = anchorFromRange(copy.doc, from, from + long.length - 1, copy.ctx);
    expect(anchor.quote).toHaveLength(limits.commentQuoteChars);
    expect(anchor.quote.endsWith('…')).toBe(true);
    // A quote handed straight to the store is stored cut the same way.
    const id = addThread(copy.ydoc, { ...anchor, quote: long }, 'Dài quá', minh);
    expect((threadsMap(copy.ydoc).get(id) as { quote: string }).quote).toBe(anchor.quote);
  });
});
