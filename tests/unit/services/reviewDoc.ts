// Review content written the way the editor writes it: a ProseMirror document of the real
// article schema (the suggestion marks come with the headline extension), turned into the
// Y fragment by y-tiptap; comment threads and messages as plain values in the contract's maps.
import { getSchema } from '@tiptap/core';
import { articleSchemaExtensions } from '../../../renderer/editor/articleSchemaExtensions';
import type { Schema } from '@tiptap/pm/model';
import { Node as PMNode } from '@tiptap/pm/model';
import { prosemirrorToYXmlFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { COMMENTS_MAP, COMMENT_MESSAGES_MAP, SUGGESTION_ANCHOR_CHAR } from '../../../electron/contract/review';
import type { CommentMessage, CommentThread, ReviewActor, SuggestionAttrs } from '../../../electron/contract/review';

export const reviewSchema: Schema = getSchema([...articleSchemaExtensions({ mediaUrl: (file: string) => file })]);

export const editorActor: ReviewActor = { name: 'Minh', role: 'editor' };
const AT = '2026-11-27T09:00:00.000Z';

type Run = { text: string; mark?: 'insertion' | 'deletion' | 'modification'; id?: string; bold?: boolean };

const attrs = (id: string): SuggestionAttrs => ({ id, author: editorActor.name, role: editorActor.role, at: AT });

function runs(list: Array<string | Run>) {
  return list.map((item) => {
    const run = typeof item === 'string' ? { text: item } : item;
    const marks: unknown[] = [];
    if (run.bold) marks.push({ type: 'bold' });
    if (run.mark) marks.push({ type: run.mark, attrs: run.mark === 'modification' ? { ...attrs(run.id!), type: 'bold', attrName: null, previousValue: null, newValue: null } : attrs(run.id!) });
    return { type: 'text', text: run.text, ...(marks.length ? { marks } : {}) };
  });
}

/** Words only the pending insertions carry, and words only the pending deletion carries. */
export const INSERTED = ['mới', 'năm', 'đoạn', 'đề', 'xuất', 'thêm', 'nhiều'];
export const DELETED_TEXT = 'năm trăm';

/**
 * The article with five pending suggestions (s1…s5; s2 replaces words, so it is one
 * suggestion with a deletion and an insertion part), a suggested paragraph that begins
 * with the engine's anchor character, and a stray `modification` mark that does not count.
 */
export function reviewedArticle(): PMNode {
  return PMNode.fromJSON(reviewSchema, {
    type: 'doc',
    content: [
      { type: 'headline', content: runs(['Hà Tĩnh mở đường ven biển', { text: ' mới', mark: 'insertion', id: 's1' }]) },
      {
        type: 'sapo',
        content: runs([
          'Con đường dài ',
          { text: DELETED_TEXT, mark: 'deletion', id: 's2' },
          { text: 'năm trăm hai mươi', mark: 'insertion', id: 's2' },
          ' mét nối hai xã.',
        ]),
      },
      { type: 'paragraph', content: runs(['Thân bài có đủ chữ để xuất bản.']) },
      { type: 'paragraph', content: runs([{ text: `${SUGGESTION_ANCHOR_CHAR}Đoạn đề xuất thêm nhiều`, mark: 'insertion', id: 's3' }]) },
      { type: 'paragraph', content: runs(['Người dân ', { text: 'phấn khởi', mark: 'deletion', id: 's4', bold: true }, '.']) },
      {
        type: 'figure',
        attrs: { src: null, alt: 'Con đường mới mở', credit: 'Ảnh: Thu Hà', width: null, height: null },
        content: [{ type: 'figcaption', content: runs(['Đoạn đường ven biển', { text: ' mới thêm', mark: 'insertion', id: 's5' }]) }],
      },
      // A `modification` mark the editor never makes (from another tool, say): not a pending
      // suggestion, since nothing in the editor lists or clears it.
      { type: 'byline', content: runs([{ text: 'Thu Hà', mark: 'modification', id: 'stray-modification' }]) },
    ],
  });
}

/** Replace the editor copy's article with `node`, as y-tiptap writes it. */
export function writeArticle(fragment: Y.XmlFragment, node: PMNode): void {
  if (fragment.length) fragment.delete(0, fragment.length);
  prosemirrorToYXmlFragment(node, fragment);
}

export function addThread(
  doc: Y.Doc,
  thread: Partial<CommentThread> & { id: string },
  messages: Array<Partial<CommentMessage> & { id: string; text: string }>,
): void {
  doc.getMap(COMMENTS_MAP).set(thread.id, {
    anchor: { from: null, to: null },
    quote: 'Con đường dài',
    piece: 'sapo',
    by: editorActor,
    at: AT,
    resolved: null,
    ...thread,
  } satisfies CommentThread);
  for (const message of messages) {
    doc.getMap(COMMENT_MESSAGES_MAP).set(message.id, { threadId: thread.id, by: editorActor, at: AT, ...message } satisfies CommentMessage);
  }
}

/** Resolve a thread the way the renderer does: the thread value replaced whole. */
export function resolveThread(doc: Y.Doc, id: string): void {
  const map = doc.getMap<CommentThread>(COMMENTS_MAP);
  map.set(id, { ...map.get(id)!, resolved: { by: editorActor, at: AT } });
}
