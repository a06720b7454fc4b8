// Review finding: a review-only token gets text into an article by sending a change that
// Yjs cannot place yet (it builds on the reporter's next keystroke). The guard judges it on
// the shadow, where it waits unseen ("no change"), so it is accepted and stored; when the
// reporter types, the waiting change lands with the reporter's update, which is judged by
// the reporter's rules.
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { metaKeys } from '../../../electron/contract/article/articleNames';
import { readMetaValue, writeMetaValue } from '../../../electron/contract/article/metaStore';
import { decodeRefusal, LIBRARY_ARTICLES_MAP, LIBRARY_DOCUMENT, type LibraryEntry } from '../../../electron/contract/sync';
import { connect, newArticle, people, startTestServer, type TestClient } from '../server/serverSupport';

const open: TestClient[] = [];
const servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  open.splice(0).forEach((c) => c.destroy());
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function headlineText(doc: Y.Doc): Y.XmlText {
  return (doc.getXmlFragment('article').get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

it('a review-only token cannot get text into the article through a change that waits for the reporter', async () => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000901';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Đường ven biển thông xe'));
  open.push(reporter);
  await reporter.settled();

  // What the reporter's next keystroke will be (same client id, next clock): "!" at the end.
  const future = new Y.Doc();
  Y.applyUpdate(future, Y.encodeStateAsUpdate(reporter.doc));
  future.clientID = reporter.doc.clientID; // after the state: Yjs renames a doc that receives its own id
  headlineText(future).insert(headlineText(future).length, '!');
  // The reviewer's text, placed right after that keystroke; only the reviewer's own item is sent.
  const attacker = new Y.Doc();
  Y.applyUpdate(attacker, Y.encodeStateAsUpdate(future));
  const knownFuture = Y.encodeStateVector(attacker);
  headlineText(attacker).insert(headlineText(attacker).length, ' — TIN GIẢ');
  const crafted = Y.encodeStateAsUpdate(attacker, knownFuture);

  const message = (write: (e: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, id);
    write(encoder);
    return encoding.toUint8Array(encoder);
  };
  const socket = new WebSocket(server.url);
  const reasons: string[] = [];
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) === 7) reasons.push(decoding.readVarString(decoder));
  });
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(message((e) => (encoding.writeVarUint(e, 2), encoding.writeVarUint(e, 0), encoding.writeVarString(e, people.reviewer.token))));
  socket.send(message((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, crafted))));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const refusedAtOnce = reasons.map(decodeRefusal);

  // The reporter types the "!".
  headlineText(reporter.doc).insert(headlineText(reporter.doc).length, '!');
  await reporter.settled();
  await new Promise((resolve) => setTimeout(resolve, 500));
  socket.close();

  const stored = new Y.Doc();
  Y.applyUpdate(stored, (await server.store.read(id))!);
  // Whether refused on arrival (refusedAtOnce) or dropped later, it must never reach the article.
  expect(refusedAtOnce.every((r) => r?.code === 'forbidden-text')).toBe(true);
  expect(readArticle(reporter.doc).headline).toBe('Đường ven biển thông xe!');
  expect(readArticle(stored).headline).toBe('Đường ven biển thông xe!');
  // Nothing of it is kept waiting in the store either (it would wait there for the next keystroke).
  expect([stored.store.pendingStructs, stored.store.pendingDs]).toEqual([null, null]);
});

it("a review-only token cannot delete what the reporter types next through a deletion that waits for it", async () => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000906';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Đường ven biển'));
  open.push(reporter);
  await reporter.settled();

  // The reporter's next 40 keystrokes, whatever they are, deleted before they are typed.
  const future = new Y.Doc();
  Y.applyUpdate(future, Y.encodeStateAsUpdate(reporter.doc));
  future.clientID = reporter.doc.clientID;
  headlineText(future).insert(headlineText(future).length, 'x'.repeat(40));
  const attacker = new Y.Doc();
  Y.applyUpdate(attacker, Y.encodeStateAsUpdate(future));
  const knownFuture = Y.encodeStateVector(attacker);
  headlineText(attacker).delete(headlineText(attacker).length - 40, 40);
  const crafted = Y.encodeStateAsUpdate(attacker, knownFuture); // a delete set only

  const message = (write: (e: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, id);
    write(encoder);
    return encoding.toUint8Array(encoder);
  };
  const socket = new WebSocket(server.url);
  const reasons: string[] = [];
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) === 7) reasons.push(decoding.readVarString(decoder));
  });
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(message((e) => (encoding.writeVarUint(e, 2), encoding.writeVarUint(e, 0), encoding.writeVarString(e, people.reviewer.token))));
  socket.send(message((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, crafted))));
  await new Promise((resolve) => setTimeout(resolve, 500));

  headlineText(reporter.doc).insert(headlineText(reporter.doc).length, ' thông xe');
  await reporter.settled();
  await new Promise((resolve) => setTimeout(resolve, 500));
  socket.close();

  const stored = new Y.Doc();
  Y.applyUpdate(stored, (await server.store.read(id))!);
  // Forgotten, not refused: an honest client whose change waits sends it again with what it waits for.
  expect(reasons).toEqual([]);
  expect(readArticle(reporter.doc).headline).toBe('Đường ven biển thông xe');
  expect(readArticle(stored).headline).toBe('Đường ven biển thông xe');
});

/** Sends `update` as one sync update with `token` over a bare socket; resolves with the refusals the server answered. */
async function sendAlone(url: string, id: string, token: string, update: Uint8Array): Promise<string[]> {
  const message = (write: (e: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, id);
    write(encoder);
    return encoding.toUint8Array(encoder);
  };
  const socket = new WebSocket(url);
  const codes: string[] = [];
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) === 7) codes.push(decodeRefusal(decoding.readVarString(decoder))?.code ?? 'unknown');
  });
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(message((e) => (encoding.writeVarUint(e, 2), encoding.writeVarUint(e, 0), encoding.writeVarString(e, token))));
  socket.send(message((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, update))));
  await new Promise((resolve) => setTimeout(resolve, 500));
  socket.close();
  return codes;
}

// A move or a trash mark that waits is forgotten the same way (set aside, not refused).

/**
 * A change made right after what `victim` will do next (`next`, same client id and clock):
 * only the attacker's own part (`attack`) is returned, so it waits on the server for `next`.
 */
function craftAfter(victim: Y.Doc, next: (doc: Y.Doc) => void, attack: (doc: Y.Doc) => void): Uint8Array {
  const future = new Y.Doc();
  Y.applyUpdate(future, Y.encodeStateAsUpdate(victim));
  future.clientID = victim.clientID;
  next(future);
  const attacker = new Y.Doc();
  Y.applyUpdate(attacker, Y.encodeStateAsUpdate(future));
  const known = Y.encodeStateVector(attacker);
  attack(attacker);
  return Y.encodeStateAsUpdate(attacker, known);
}

it("a reporter's token cannot approve through a move that waits for the editor's next move", async () => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000910';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id));
  open.push(reporter);
  await reporter.settled();
  writeMetaValue(reporter.doc, metaKeys.status, 'submitted');
  await reporter.settled();
  const editor = connect(server.url, id, people.editor.token);
  open.push(editor);
  await editor.settled();

  const toEditing = (doc: Y.Doc) => writeMetaValue(doc, metaKeys.status, 'editing');
  const crafted = craftAfter(editor.doc, toEditing, (doc) => writeMetaValue(doc, metaKeys.status, 'approved'));
  // What of it applies at once is a move the reporter may not make; the rest waits, and is forgotten.
  expect((await sendAlone(server.url, id, people.reporter.token, crafted)).every((code) => code === 'forbidden-move')).toBe(true);

  toEditing(editor.doc);
  await editor.settled();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const stored = new Y.Doc();
  Y.applyUpdate(stored, (await server.store.read(id))!);
  expect(editor.refusals).toEqual([]);
  expect(readMetaValue(stored, metaKeys.status)).toBe('editing');
  expect(readMetaValue(reporter.doc, metaKeys.status)).toBe('editing');
});

it("a reporter's token cannot trash an article in the editor's name through a mark that waits for the editor", async () => {
  const { server } = await startTestServer();
  servers.push(server);
  const entries = (doc: Y.Doc) => doc.getMap<LibraryEntry>(LIBRARY_ARTICLES_MAP);
  const article = '01JEXAMPLE0000000000000001';
  const editor = connect(server.url, LIBRARY_DOCUMENT, people.editor.token);
  open.push(editor);
  await editor.settled();
  entries(editor.doc).set(article, { headline: 'Bài của toà soạn' });
  await editor.settled();

  const retitle = (doc: Y.Doc) => entries(doc).set(article, { headline: 'Bài của toà soạn (sửa)' });
  const vector = Buffer.from(Y.encodeStateVector(new Y.Doc())).toString('base64');
  const trashed = { at: '2026-12-07T09:00:00.000Z', by: people.editor.name, vector };
  const crafted = craftAfter(editor.doc, retitle, (doc) => entries(doc).set(article, { headline: 'Bài của toà soạn (sửa)', trashed }));
  expect(await sendAlone(server.url, LIBRARY_DOCUMENT, people.reporter.token, crafted)).toEqual([]);

  retitle(editor.doc);
  await editor.settled();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const stored = new Y.Doc();
  Y.applyUpdate(stored, (await server.store.read(LIBRARY_DOCUMENT))!);
  expect(editor.refusals).toEqual([]);
  expect(entries(stored).get(article)).toEqual({ headline: 'Bài của toà soạn (sửa)' });
  expect(entries(editor.doc).get(article)).toEqual({ headline: 'Bài của toà soạn (sửa)' });
});

it('a change kept waiting in a store written before this check is forgotten when the article loads', async () => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000915';
  const article = newArticle(id, 'Thu Hà', 'Đường ven biển thông xe');
  await server.store.append(id, Y.encodeStateAsUpdate(article));
  const crafted = craftAfter(
    article,
    (doc) => headlineText(doc).insert(headlineText(doc).length, '!'),
    (doc) => headlineText(doc).insert(headlineText(doc).length, ' — TIN GIẢ'),
  );
  await server.store.append(id, crafted); // as an older server would have kept it

  const reporter = connect(server.url, id, people.reporter.token, article);
  open.push(reporter);
  await reporter.settled();
  headlineText(reporter.doc).insert(headlineText(reporter.doc).length, '!');
  await reporter.settled();
  const editor = connect(server.url, id, people.editor.token);
  open.push(editor);
  await editor.settled();
  expect(readArticle(reporter.doc).headline).toBe('Đường ven biển thông xe!');
  expect(readArticle(editor.doc).headline).toBe('Đường ven biển thông xe!');
  expect([reporter.doc.store.pendingStructs, editor.doc.store.pendingStructs]).toEqual([null, null]);
});
