// Recovering a damaged article.ydoc keeps what was under review in the last save: comments,
// replies and pending suggestions are part of the article, not extras.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { COMMENTS_MAP, COMMENT_ANCHORS_MAP, COMMENT_MESSAGES_MAP, type CommentMessage, type CommentThread } from '../../../electron/contract/review';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { EditorDoc, projectFolderOf, setUpBackend } from './support';

const minh = { name: 'Minh', role: 'editor' as const };
const AT = '2026-11-28T08:00:00.000Z';

function addReview(editor: EditorDoc): Uint8Array {
  return editor.change((fragment, doc) => {
    const sapo = fragment.get(1) as Y.XmlElement;
    const run = sapo.get(0) as Y.XmlText;
    run.insert(run.length, ' mới', { insertion: { id: 's1', author: minh.name, role: minh.role, at: AT } });
    const from = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(run, 0));
    const to = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(run, 3));
    const thread: CommentThread = { id: 't1', anchor: { from, to }, quote: 'lần', piece: 'sapo', by: minh, at: AT, resolved: null };
    const message: CommentMessage = { id: 'm1', threadId: 't1', by: minh, at: AT, text: 'Nguồn ở đâu?' };
    doc.getMap(COMMENTS_MAP).set('t1', thread);
    doc.getMap(COMMENT_MESSAGES_MAP).set('m1', message);
  });
}

async function damagedAfterReview() {
  const t = await setUpBackend();
  const { id } = await t.call('article:create', { headline: 'Bài đang duyệt' });
  const editor = new EditorDoc((await t.call('article:open', { id })).state);
  await t.call('article:update', {
    id,
    update: editor.change((fragment) => {
      const run = new Y.XmlText();
      (fragment.get(1) as Y.XmlElement).insert(0, [run]);
      run.insert(0, 'lần một');
    }),
  });
  await t.call('history:save', { id, label: 'trước khi duyệt' }); // the newest version has no review yet
  await t.call('article:update', { id, update: addReview(editor) });
  await t.backend.close();
  const folder = await projectFolderOf(t.libraryPath, id);
  await fs.writeFile(path.join(folder, 'article.ydoc'), new Uint8Array(64));
  const again = await setUpBackend({ libraryPath: t.libraryPath });
  return { again, id, folder, opened: await again.call('article:open', { id }) };
}

/** An article whose sapo's first word is bold, stored with the given mark value. */
async function articleWithBold(headline: string, sapo: string, bold: unknown) {
  const t = await setUpBackend();
  const { id } = await t.call('article:create', { headline });
  const editor = new EditorDoc((await t.call('article:open', { id })).state);
  await t.call('article:update', {
    id,
    update: editor.change((fragment) => {
      const run = new Y.XmlText();
      (fragment.get(1) as Y.XmlElement).insert(0, [run]);
      run.insert(0, sapo);
      run.format(0, sapo.indexOf(' '), { bold });
    }),
  });
  return { t, id, editor };
}

describe('recovering an article under review', () => {
  it('a version from before the comment and the suggestion does not win over the newer article.json', async () => {
    const { again, id, opened } = await damagedAfterReview();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, opened.state);
    expect((doc.getMap(COMMENTS_MAP).get('t1') as CommentThread).quote).toBe('lần');
    expect((doc.getMap(COMMENT_MESSAGES_MAP).get('m1') as CommentMessage).text).toBe('Nguồn ở đâu?');
    expect(opened.summary).toMatchObject({ openComments: 1, pendingSuggestions: 1 });
    expect((await again.call('library:list', {})).articles.find((a) => a.id === id)).toMatchObject({ openComments: 1, pendingSuggestions: 1 });
  });

  it('a version that agrees with article.json is kept (with its edit history), even with formatting marks', async () => {
    const { t, id, editor } = await articleWithBold('Bài có chữ đậm', 'chữ đậm ở đây', {});
    // A version, then two more saves that leave the article as it was: the version agrees with article.json.
    await t.call('history:save', { id, label: 'bản đậm' });
    await t.call('article:update', { id, update: editor.change((fragment) => (fragment.get(1) as Y.XmlElement).setAttribute('x', 'y')) });
    await t.call('article:update', { id, update: editor.change((fragment) => (fragment.get(1) as Y.XmlElement).removeAttribute('x')) });
    await t.backend.close();
    const folder = await projectFolderOf(t.libraryPath, id);
    await fs.writeFile(path.join(folder, 'article.ydoc'), new Uint8Array(64));
    const again = await setUpBackend({ libraryPath: t.libraryPath });
    const opened = await again.call('article:open', { id });
    expect(opened.problems[0].params.source).toMatch(/\/history\/[a-z0-9]+\.yupd$/);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, opened.state);
    // The same edit history: the editor's copy merges in without doubling a word.
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(editor.doc));
    expect(readArticle(doc).text).toBe('Bài có chữ đậm\n\nchữ đậm ở đây');
  });

  it('a mark stored as `bold: true` by another tool does not make article.json unreadable', async () => {
    const { t, id } = await articleWithBold('Chữ đậm lạ', 'chữ đậm', true);
    await t.backend.close();
    const folder = await projectFolderOf(t.libraryPath, id);
    await fs.writeFile(path.join(folder, 'article.ydoc'), new Uint8Array(64));
    const again = await setUpBackend({ libraryPath: t.libraryPath });
    const opened = await again.call('article:open', { id });
    expect(opened.problems[0].params.source).toBe(`${path.basename(folder)}/article.json`);
    expect(opened.summary.headline).toBe('Chữ đậm lạ');
  });
});

/** The words a stored comment anchor spans in `doc`, or null when it is detached. */
function anchoredWords(doc: Y.Doc, threadId: string): string | null {
  const thread = doc.getMap(COMMENTS_MAP).get(threadId) as CommentThread;
  // Where the thread was anchored again, if it was (contract/review.ts COMMENT_ANCHORS_MAP).
  const anchor = (doc.getMap(COMMENT_ANCHORS_MAP).get(threadId) as CommentThread['anchor'] | undefined) ?? thread.anchor;
  const at = (json: unknown) => Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(json), doc);
  const from = at(anchor.from);
  const to = at(anchor.to);
  if (!from || !to || from.type !== to.type || from.type._item?.deleted || from.index >= to.index) return null;
  const text = (from.type as Y.XmlText).toDelta().map((op: { insert: string }) => op.insert).join('');
  return text.slice(from.index, to.index);
}

describe('comments after the text is rebuilt', () => {
  it('restoring a version puts an open comment back on its words when they are there', async () => {
    const t = await setUpBackend();
    const { id } = await t.call('article:create', { headline: 'Bài khôi phục' });
    const editor = new EditorDoc((await t.call('article:open', { id })).state);
    await t.call('article:update', { id, update: editor.type(1, 'lần một') });
    await t.call('article:update', { id, update: addReview(editor) });
    const version = await t.call('history:save', { id, label: 'trước' });
    await t.call('article:update', { id, update: editor.type(1, ' và thêm nữa') });
    const restored = await t.call('history:restore', { id, versionId: version.id });
    Y.applyUpdate(editor.doc, restored.update);
    expect(anchoredWords(editor.doc, 't1')).toBe('lần');
  });

  it('rebuilding from article.json (article.ydoc lost, no version) keeps comments on their words', async () => {
    const t = await setUpBackend();
    const { id } = await t.call('article:create', { headline: 'Bài dựng lại' });
    const editor = new EditorDoc((await t.call('article:open', { id })).state);
    await t.call('article:update', { id, update: editor.type(1, 'lần một') });
    await t.call('article:update', { id, update: addReview(editor) });
    await t.backend.close();
    const folder = await projectFolderOf(t.libraryPath, id);
    await fs.writeFile(path.join(folder, 'article.ydoc'), new Uint8Array(64));
    const again = await setUpBackend({ libraryPath: t.libraryPath });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await again.call('article:open', { id })).state);
    expect(anchoredWords(doc, 't1')).toBe('lần');
  });
});
