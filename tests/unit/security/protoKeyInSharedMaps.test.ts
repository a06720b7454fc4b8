// A key "__proto__" in a shared map, or in a value a peer sent, stands for nothing.
// Review finding: the guard compares a reviewer's metadata before and after as
// JSON.stringify(readArticle(doc).metaRecord). readMetaRecord builds that record with Y.Map's
// toJSON, where a key "__proto__" becomes the record's prototype: JSON.stringify does not see
// it, but parseArticleMeta reads every key it does not find on the record from it. A
// review-only token thereby sets any metadata the article has no value for (embargo, SEO
// title, social headline, legal flag…) on every workstation.
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { COMMENT_MESSAGES_MAP } from '../../../electron/contract/review';
import { parseCommentMessage } from '../../../electron/contract/reviewParse';
import { META_MAP } from '../../../electron/contract/article/articleNames';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { connect, newArticle, people, startTestServer, type TestClient } from '../server/serverSupport';

const open: TestClient[] = [];
const servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  open.splice(0).forEach((c) => c.destroy());
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

it('a review-only token cannot set metadata through a "__proto__" key', async () => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000904';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Đường ven biển thông xe'));
  open.push(reporter);
  await reporter.settled();
  const reviewer = connect(server.url, id, people.reviewer.token);
  open.push(reviewer);
  await reviewer.settled();

  reviewer.doc.getMap(META_MAP).set('__proto__', { embargoUntil: '2099-01-01T00:00:00.000Z', seoTitle: 'Tiêu đề người góp ý đặt' });
  await reviewer.settled().catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 500));

  const meta = readArticle(reporter.doc).meta;
  expect({ embargoUntil: meta.embargoUntil, seoTitle: meta.seoTitle }).toEqual({ embargoUntil: undefined, seoTitle: undefined });
});

it('a "__proto__" key in the metadata does not stand for the keys it holds', async () => {
  const doc = newArticle('art0000000905');
  doc.getMap(META_MAP).set('__proto__', { seoTitle: 'X' });
  expect(readArticle(doc).meta.seoTitle).toBeUndefined();
});

it('a comment sent with a "__proto__" key reads as what it says, not as what that key holds', () => {
  // Sent by a peer: JSON.parse keeps "__proto__" as a key, Yjs carries it, and the copy that
  // receives it decodes it by assignment.
  const sender = new Y.Doc();
  sender.getMap(COMMENT_MESSAGES_MAP).set(
    'msg1',
    JSON.parse('{"threadId":"t1","by":{"name":"Thu Hà","role":"reporter"},"at":"2026-12-07T10:00:00.000Z","text":"Chưa kiểm chứng.","__proto__":{"deleted":true,"editedAt":"2026-12-07T11:00:00.000Z"}}'),
  );
  const receiver = new Y.Doc();
  Y.applyUpdate(receiver, Y.encodeStateAsUpdate(sender));
  const message = parseCommentMessage('msg1', receiver.getMap(COMMENT_MESSAGES_MAP).get('msg1'));
  expect(message).toMatchObject({ text: 'Chưa kiểm chứng.' });
  expect(message?.deleted).toBeUndefined();
  expect(message?.editedAt).toBeUndefined();
});

it('a metadata value sent with a "__proto__" key inside reads as what it says', () => {
  const sender = newArticle('art0000000906');
  sender.getMap(META_MAP).set('legal', JSON.parse('{"note":"x","__proto__":{"pending":true}}'));
  const receiver = new Y.Doc();
  Y.applyUpdate(receiver, Y.encodeStateAsUpdate(sender));
  const legal = readArticle(receiver).metaRecord.legal as Record<string, unknown> | undefined;
  expect(legal?.pending).toBeUndefined();
});
