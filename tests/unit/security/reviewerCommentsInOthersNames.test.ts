// Review finding: the server checks who a presence or a trash mark names, but not who a
// comment names. Any token (here a review-only one) can write a comment in the editor's name
// and rewrite the words of a comment the reporter wrote; every workstation shows them as theirs.
// Fixed in server/guard/commentRules.ts; what the app lets others do to a comment still works.
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaKeys } from '../../../electron/contract/article/articleNames';
import { readMetaValue } from '../../../electron/contract/article/metaStore';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { assignThread, recordMentions } from '../../../renderer/review/comments/commentDesk';
import {
  addThread,
  anchorsMap,
  deleteMessage,
  editMessage,
  messagesMap,
  moveAnchor,
  readThreads,
  reopenThread,
  reply,
  resolveThread,
  threadsMap,
} from '../../../renderer/review/comments/commentStore';
import { connect, newArticle, people, startTestServer, waitFor, type TestClient } from '../server/serverSupport';

const open: TestClient[] = [];
const servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  open.splice(0).forEach((c) => c.destroy());
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

type Message = { by: { name: string; role: string }; text: string };
const messages = (doc: Y.Doc) => [...messagesMap(doc).values()] as Message[];

it("a review-only token cannot write a comment in the editor's name", async () => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000902';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Đường ven biển thông xe'));
  open.push(reporter);
  await reporter.settled();
  const reviewer = connect(server.url, id, people.reviewer.token);
  open.push(reviewer);
  await reviewer.settled();

  addThread(reviewer.doc, { anchor: { from: null, to: null }, quote: 'ven biển', piece: 'headline' }, 'Đã duyệt, cho đăng.', {
    name: people.editor.name,
    role: 'editor',
  });
  await reviewer.settled().catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(messages(reporter.doc).filter((m) => m.by.name === people.editor.name)).toEqual([]);
});

it('a review-only token cannot change the words of a comment the reporter wrote', async () => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000903';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Đường ven biển thông xe'));
  open.push(reporter);
  addThread(reporter.doc, { anchor: { from: null, to: null }, quote: 'ven biển', piece: 'headline' }, 'Chưa kiểm chứng, đừng đăng.', {
    name: people.reporter.name,
    role: 'reporter',
  });
  await reporter.settled();
  const reviewer = connect(server.url, id, people.reviewer.token);
  open.push(reviewer);
  await reviewer.settled();
  await waitFor(() => messagesMap(reviewer.doc).size === 1, 5000, 'the comment to reach the reviewer');

  const [messageId, message] = [...messagesMap(reviewer.doc).entries()][0] as [string, Message];
  messagesMap(reviewer.doc).set(messageId, { ...message, text: 'Đã kiểm chứng, đăng ngay.' });
  await reviewer.settled().catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(messages(reporter.doc).map((m) => `${m.by.name}: ${m.text}`)).toEqual([`${people.reporter.name}: Chưa kiểm chứng, đừng đăng.`]);
});

it('what the app lets others do to a comment still goes through: reply, resolve, reopen, move its anchor, delete one’s own', async () => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000904';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Đường ven biển thông xe'));
  open.push(reporter);
  const asReporter = { name: people.reporter.name, role: 'reporter' as const };
  const threadId = addThread(reporter.doc, { anchor: { from: null, to: null }, quote: 'ven biển', piece: 'headline' }, 'Nguồn ở đâu?', asReporter);
  await reporter.settled();
  const editor = connect(server.url, id, people.editor.token);
  const reviewer = connect(server.url, id, people.reviewer.token);
  open.push(editor, reviewer);
  await Promise.all([editor.settled(), reviewer.settled()]);
  await waitFor(() => threadsMap(reviewer.doc).size === 1 && threadsMap(editor.doc).size === 1, 5000, 'the thread to reach both');

  const replyId = reply(reviewer.doc, threadId, 'Sở Giao thông.', { name: people.reviewer.name, role: 'editor' });
  await reviewer.settled();
  resolveThread(editor.doc, threadId, { name: people.editor.name, role: 'editor' });
  await editor.settled();
  await waitFor(() => (readThreads(reviewer.doc)[0]?.thread.resolved ?? null) !== null, 5000, 'the resolve to reach the reviewer');
  reopenThread(reviewer.doc, threadId);
  moveAnchor(reviewer.doc, threadId, { from: 'moved', to: 'moved' });
  await reviewer.settled();
  deleteMessage(reviewer.doc, replyId, { name: people.reviewer.name, role: 'editor' });
  await reviewer.settled();

  await waitFor(() => readThreads(reporter.doc)[0]?.messages.some((m) => m.deleted) ?? false, 5000, 'everything to reach the reporter');
  expect([...reporter.refusals, ...editor.refusals, ...reviewer.refusals]).toEqual([]);
  const [view] = readThreads(reporter.doc);
  expect(view.thread.resolved).toBeNull();
  expect(view.messages.map((m) => [m.by.name, m.deleted ?? false])).toEqual([
    [people.reporter.name, false],
    [people.reviewer.name, true],
  ]);
  expect(anchorsMap(reporter.doc).get(threadId)).toEqual({ from: 'moved', to: 'moved' });
});

it.each([
  ['an editor changes the words of the reporter’s message', 'editor', 'edit'],
  ['an editor deletes the reporter’s message', 'editor', 'delete'],
  ['a review-only token resolves a thread in the editor’s name', 'reviewer', 'resolve'],
  ['a reviewer rewrites the reporter’s thread', 'reviewer', 'rewrite'],
] as const)('refused: %s', async (_what, who, act) => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000905';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Đường ven biển thông xe'));
  open.push(reporter);
  const threadId = addThread(reporter.doc, { anchor: { from: null, to: null }, quote: 'ven biển', piece: 'headline' }, 'Chưa kiểm chứng.', {
    name: people.reporter.name,
    role: 'reporter',
  });
  await reporter.settled();
  const other = connect(server.url, id, people[who].token);
  open.push(other);
  await other.settled();
  await waitFor(() => messagesMap(other.doc).size === 1, 5000, 'the comment to arrive');
  const before = JSON.stringify([threadsMap(reporter.doc).toJSON(), messagesMap(reporter.doc).toJSON()]);

  const [messageId, message] = [...messagesMap(other.doc).entries()][0] as [string, Message];
  const thread = threadsMap(other.doc).get(threadId) as Record<string, unknown>;
  if (act === 'edit') messagesMap(other.doc).set(messageId, { ...message, text: 'Đã kiểm chứng.' });
  if (act === 'delete') messagesMap(other.doc).delete(messageId);
  if (act === 'resolve') threadsMap(other.doc).set(threadId, { ...thread, resolved: { by: { name: people.editor.name, role: 'editor' }, at: '2026-12-07T10:00:00Z' } });
  if (act === 'rewrite') threadsMap(other.doc).set(threadId, { ...thread, quote: 'thông xe' });
  await waitFor(() => other.refusals.length > 0, 10_000, 'the refusal');
  expect(other.refusals).toEqual([{ code: 'forbidden-comment-name' }]);
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(JSON.stringify([threadsMap(reporter.doc).toJSON(), messagesMap(reporter.doc).toJSON()])).toBe(before);
});

function headlineText(doc: Y.Doc): Y.XmlText {
  return (doc.getXmlFragment('article').get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

it.each([
  ['an insertion', (text: Y.XmlText, mark: object) => text.insert(text.length, ' sớm', { insertion: mark })],
  ['a deletion', (text: Y.XmlText, mark: object) => text.format(0, 5, { deletion: mark })],
])("a review-only token cannot suggest %s in the editor's name, only in its own", async (_kind, suggest) => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000907';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Đường ven biển thông xe'));
  open.push(reporter);
  await reporter.settled();
  const reviewer = connect(server.url, id, people.reviewer.token);
  open.push(reviewer);
  await reviewer.settled();

  suggest(headlineText(reviewer.doc), { id: 's1', author: people.editor.name, role: 'editor', at: '2026-12-07T09:00:00Z' });
  await waitFor(() => reviewer.refusals.length > 0, 10_000, 'the refusal');
  expect(reviewer.refusals).toEqual([{ code: 'forbidden-comment-name' }]);

  const own = connect(server.url, id, people.reviewer.token);
  open.push(own);
  await own.settled();
  suggest(headlineText(own.doc), { id: 's2', author: people.reviewer.name, role: 'editor', at: '2026-12-07T09:00:00Z' });
  await own.settled();
  expect(own.refusals).toEqual([]);
  await waitFor(() => readArticle(reporter.doc).suggestions.length === 1, 5000, 'the suggestion to reach the reporter');
  expect(readArticle(reporter.doc).suggestions.map((s) => s.author)).toEqual([people.reviewer.name]);
});

it("a review-only token may carry someone's suggestion over when it re-creates the text (a split), as it was", async () => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000912';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Đường ven biển thông xe'));
  open.push(reporter);
  const mark = { id: 's7', author: people.reporter.name, role: 'reporter', at: '2026-12-07T09:00:00Z' };
  const sapo = reporter.doc.getXmlFragment('article').get(1) as Y.XmlElement;
  sapo.insert(0, [new Y.XmlText()]);
  (sapo.get(0) as Y.XmlText).insert(0, 'Đoạn đề xuất.', { insertion: mark });
  await reporter.settled();
  const reviewer = connect(server.url, id, people.reviewer.token);
  open.push(reviewer);
  await reviewer.settled();

  // Text re-created with the reporter's suggestion mark written anew (same suggestion, same
  // writer; a later time makes Yjs write the mark again rather than extend the one there).
  const run = (reviewer.doc.getXmlFragment('article').get(1) as Y.XmlElement).get(0) as Y.XmlText;
  reviewer.doc.transact(() => {
    run.delete(0, 5);
    run.insert(0, 'Đoạn ', { insertion: { ...mark, at: '2026-12-07T09:30:00Z' } });
  });
  await reviewer.settled();
  expect(reviewer.refusals).toEqual([]);
  // A mark of the reporter's that was not there before is still refused.
  run.insert(run.length, ' Thêm.', { insertion: { ...mark, id: 's8' } });
  await waitFor(() => reviewer.refusals.length > 0, 10_000, 'the refusal');
  expect(reviewer.refusals).toEqual([{ code: 'forbidden-comment-name' }]);
});

it("an editor's workstation may bring others' comments and resolves, as a merged package carries them", async () => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000913';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Đường ven biển thông xe'));
  open.push(reporter);
  await reporter.settled();
  const editor = connect(server.url, id, people.editor.token);
  open.push(editor);
  await editor.settled();

  // The package's copy: a thread a freelancer wrote, resolved by the desk, merged in one change.
  const sender = new Y.Doc();
  Y.applyUpdate(sender, Y.encodeStateAsUpdate(editor.doc));
  const threadId = addThread(sender, { anchor: { from: null, to: null }, quote: 'ven biển', piece: 'headline' }, 'Ảnh của tôi.', { name: 'Cộng tác viên', role: 'reporter' });
  resolveThread(sender, threadId, { name: people.desk.name, role: 'desk' });
  Y.applyUpdate(editor.doc, Y.encodeStateAsUpdate(sender, Y.encodeStateVector(editor.doc)));
  await editor.settled();
  expect(editor.refusals).toEqual([]);
  await waitFor(() => readThreads(reporter.doc).length === 1, 5000, 'the thread to reach the reporter');
  expect(readThreads(reporter.doc)[0].thread.resolved?.by.name).toBe(people.desk.name);
});

it('a review-only token may @mention people and give a thread to someone, in its own name only', async () => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000914';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Đường ven biển thông xe'));
  open.push(reporter);
  await reporter.settled();
  const reviewer = connect(server.url, id, people.reviewer.token);
  open.push(reviewer);
  await reviewer.settled();

  const asReviewer = { name: people.reviewer.name, role: 'editor' as const };
  const threadId = addThread(reviewer.doc, { anchor: { from: null, to: null }, quote: 'ven biển', piece: 'headline' }, '@Thu Hà xem lại nguồn.', asReviewer);
  recordMentions(reviewer.doc, threadId, '@Thu Hà xem lại nguồn.', [people.reporter.name], asReviewer);
  assignThread(reviewer.doc, threadId, people.reporter.name, asReviewer);
  await reviewer.settled();
  expect(reviewer.refusals).toEqual([]);
  await waitFor(() => (readMetaValue(reporter.doc, metaKeys.commentAssignments) as unknown[]).length === 1, 5000, 'the assignment to reach the reporter');
  expect((readMetaValue(reporter.doc, metaKeys.mentions) as Array<{ name: string }>).map((m) => m.name)).toEqual([people.reporter.name]);

  assignThread(reviewer.doc, threadId, people.desk.name, { name: people.editor.name, role: 'editor' });
  await waitFor(() => reviewer.refusals.length > 0, 10_000, 'the refusal');
  expect(reviewer.refusals).toEqual([{ code: 'forbidden-comment-name' }]);
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect((readMetaValue(reporter.doc, metaKeys.commentAssignments) as Array<{ to: string }>).map((a) => a.to)).toEqual([people.reporter.name]);
});

it('a workstation whose profile name is not its server name still edits and deletes the comments it wrote', async () => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000917';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Đường ven biển thông xe'));
  open.push(reporter);
  await reporter.settled();
  const editor = connect(server.url, id, people.editor.token);
  open.push(editor);
  await editor.settled();

  const profile = { name: 'Minh', role: 'editor' as const }; // the server knows this token as "Minh Biên"
  const threadId = addThread(editor.doc, { anchor: { from: null, to: null }, quote: 'ven biển', piece: 'headline' }, 'Cần ảnh.', profile);
  const second = reply(editor.doc, threadId, 'Ảnh ngang.', profile);
  await editor.settled();
  // By its words: a reply made in the same millisecond may sort first.
  const first = readThreads(editor.doc)[0].messages.find((m) => m.text === 'Cần ảnh.')!;
  editMessage(editor.doc, first.id, 'Cần ảnh ngang.', profile);
  deleteMessage(editor.doc, second, profile);
  resolveThread(editor.doc, threadId, profile);
  await editor.settled();
  expect(editor.refusals).toEqual([]);
  // The resolve was sent last: once it is there, the edit and the deletion are too.
  await waitFor(() => (readThreads(reporter.doc)[0]?.thread.resolved ?? null) !== null, 5000, 'everything to reach the reporter');
  const seen = readThreads(reporter.doc)[0].messages.map((m) => [m.text, m.deleted ?? false]);
  expect(seen).toHaveLength(2);
  expect(seen).toEqual(expect.arrayContaining([
    ['Cần ảnh ngang.', false],
    ['', true],
  ]));
});

it('a reviewer whose profile name is not the server’s writes and resolves comments in it, and keeps syncing', async () => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000907';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Đường ven biển thông xe'));
  open.push(reporter);
  await reporter.settled();
  const reviewer = connect(server.url, id, people.reviewer.token);
  open.push(reviewer);
  await reviewer.settled();

  // The laptop's profile says the full name; the server's config the short one.
  const profile = { name: `${people.reviewer.name} (Sở GTVT)`, role: 'editor' as const };
  const threadId = addThread(reviewer.doc, { anchor: { from: null, to: null }, quote: 'ven biển', piece: 'headline' }, 'Nên ghi rõ km.', profile);
  await reviewer.settled();
  resolveThread(reviewer.doc, threadId, profile);
  await reviewer.settled();

  await waitFor(() => (readThreads(reporter.doc)[0]?.thread.resolved ?? null) !== null, 5000, 'the resolved thread to reach the reporter');
  expect(reviewer.refusals).toEqual([]);
  expect(readThreads(reporter.doc)[0]?.messages.map((m) => [m.by.name, m.text])).toEqual([[profile.name, 'Nên ghi rõ km.']]);
});
