// The sync server (in this process, SQLite in a temp data folder) with real providers over
// real WebSockets: clients converge; the token — never the client — decides who one is and
// what it may do; a refused change reaches neither the store nor anyone else.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaKeys } from '../../../electron/contract/article/articleNames';
import { readMetaValue, writeMetaValue } from '../../../electron/contract/article/metaStore';
import { readArticle } from '../../../electron/contract/article/readArticle';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { decodeRefusal } from '../../../electron/contract/sync';
import { addThread } from '../../../renderer/review/comments/commentStore';
import { connect, newArticle, people, startTestServer, waitFor, type TestClient } from './serverSupport';

const open: TestClient[] = [];
const servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  open.splice(0).forEach((c) => c.destroy());
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function client(...args: Parameters<typeof connect>): TestClient {
  const made = connect(...args);
  open.push(made);
  return made;
}

async function serving(options?: Parameters<typeof startTestServer>[0]) {
  const started = await startTestServer(options);
  servers.push(started.server);
  return started;
}

/** The article as the server has stored it. */
async function stored(server: { store: { read(d: string): Promise<Uint8Array | null> } }, id: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const state = await server.store.read(id);
  if (state) Y.applyUpdate(doc, state);
  return doc;
}

/** The text of block `block` (0 headline, 1 sapo…), made when the block is still empty. */
function textRun(doc: Y.Doc, block: number): Y.XmlText {
  const element = doc.getXmlFragment('article').get(block) as Y.XmlElement;
  if (element.length === 0) element.insert(0, [new Y.XmlText()]);
  return element.get(0) as Y.XmlText;
}

describe('the sync server', () => {
  it('two clients converge, and each is told who its token says it is', async () => {
    const { server } = await serving();
    const id = 'art0000000001';
    const reporter = client(server.url, id, people.reporter.token, newArticle(id));
    await reporter.settled();
    const editor = client(server.url, id, people.editor.token);
    await editor.settled();
    expect(readArticle(editor.doc).headline).toBe('Tin sáng');
    expect(reporter.identity).toEqual({ soan: 'identity', name: 'Thu Hà', role: 'reporter' });
    expect(editor.identity).toEqual({ soan: 'identity', name: 'Minh Biên', role: 'editor' });

    textRun(editor.doc, 0).insert(8, ' nay');
    textRun(reporter.doc, 1).insert(0, 'Sapo của phóng viên.');
    await waitFor(() => readArticle(reporter.doc).headline === 'Tin sáng nay' && readArticle(editor.doc).sapo !== '', 20_000, 'both edits');
    await Promise.all([reporter.settled(), editor.settled()]);
    expect(Y.encodeStateAsUpdate(reporter.doc)).toEqual(Y.encodeStateAsUpdate(editor.doc));
    expect(readArticle(await stored(server, id)).sapo).toBe('Sapo của phóng viên.');
  });

  it('a wrong, missing or revoked token is refused and learns nothing of the article', async () => {
    const { server, dataFolder, log } = await serving();
    const id = 'art0000000002';
    const reporter = client(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Bí mật tòa soạn'));
    await reporter.settled();

    for (const token of ['not-a-token-at-all-0000000000', '', people.reporter.token.slice(0, -1)]) {
      const stranger = client(server.url, id, token);
      await waitFor(() => stranger.refusals.length > 0, 20_000, 'the refusal');
      expect(stranger.refusals).toEqual([{ code: 'unauthorized' }]);
      expect(stranger.identity).toBeUndefined();
      expect(stranger.doc.getXmlFragment('article').length).toBe(0);
      expect(JSON.stringify(stranger.doc.toJSON())).not.toContain('Bí mật');
    }
    expect(log.lines.join('\n')).not.toContain(people.reporter.token.slice(0, 12));

    // Revoked: the same data folder served again without that user.
    reporter.destroy();
    await server.close();
    const again = await serving({ dataFolder, users: [people.editor] });
    const revoked = client(again.server.url, id, people.reporter.token);
    await waitFor(() => revoked.refusals.length > 0, 20_000, 'the refusal');
    expect(revoked.refusals).toEqual([{ code: 'unauthorized' }]);
    expect(revoked.doc.getXmlFragment('article').length).toBe(0);
    // The article itself is still there for a token that is valid.
    const editor = client(again.server.url, id, people.editor.token);
    await editor.settled();
    expect(readArticle(editor.doc).headline).toBe('Bí mật tòa soạn');
  });

  it('a name that is not an article id is refused', async () => {
    const { server } = await serving();
    const odd = client(server.url, '../../etc/passwd', people.desk.token);
    await waitFor(() => odd.refusals.length > 0, 20_000, 'the refusal');
    expect(odd.refusals).toEqual([{ code: 'unknown-document' }]);
  });

  it('a reporter cannot approve; the move reaches neither the store nor the editor; an editor can', async () => {
    const { server } = await serving();
    const id = 'art0000000003';
    const reporter = client(server.url, id, people.reporter.token, newArticle(id));
    await reporter.settled();
    writeMetaValue(reporter.doc, metaKeys.status, 'submitted');
    await reporter.settled();
    const editor = client(server.url, id, people.editor.token);
    await editor.settled();
    expect(readMetaValue(editor.doc, metaKeys.status)).toBe('submitted');

    writeMetaValue(reporter.doc, metaKeys.status, 'approved');
    await waitFor(() => reporter.refusals.length > 0, 20_000, 'the refusal');
    expect(reporter.refusals).toEqual([{ code: 'forbidden-move', from: 'submitted', to: 'approved' }]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readMetaValue(editor.doc, metaKeys.status)).toBe('submitted');
    expect(readMetaValue(await stored(server, id), metaKeys.status)).toBe('submitted');

    writeMetaValue(editor.doc, metaKeys.status, 'editing');
    writeMetaValue(editor.doc, metaKeys.status, 'approved');
    await editor.settled();
    expect(editor.refusals).toEqual([]);
    expect(readMetaValue(await stored(server, id), metaKeys.status)).toBe('approved');
  });

  it('a review-only token may comment and suggest, but not change the text', async () => {
    const { server } = await serving();
    const id = 'art0000000004';
    const reporter = client(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Đường ven biển thông xe'));
    await reporter.settled();
    const reviewer = client(server.url, id, people.reviewer.token);
    await reviewer.settled();

    const headline = textRun(reviewer.doc, 0);
    const suggestion = { id: 's1', author: people.reviewer.name, role: 'editor', at: '2026-12-07T09:00:00Z' };
    addThread(reviewer.doc, { anchor: { from: null, to: null }, quote: 'ven biển', piece: 'headline' }, 'Nguồn?', { name: people.reviewer.name, role: 'editor' });
    headline.insert(headline.length, ' sớm', { insertion: suggestion });
    headline.format(0, 5, { deletion: { ...suggestion, id: 's2' } });
    await reviewer.settled();
    expect(reviewer.refusals).toEqual([]);
    await waitFor(() => readArticle(reporter.doc).suggestions.length === 2, 20_000, 'the suggestions to reach the reporter');
    expect(reporter.doc.getMap('comments').size).toBe(1);
    expect(readArticle(reporter.doc).headline).toBe('Đường ven biển thông xe');

    headline.insert(0, 'Tin nóng: ');
    await waitFor(() => reviewer.refusals.length > 0, 20_000, 'the refusal');
    expect(reviewer.refusals).toEqual([{ code: 'forbidden-text' }]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readArticle(reporter.doc).headline).toBe('Đường ven biển thông xe');
    expect(readArticle(await stored(server, id)).headline).toBe('Đường ven biển thông xe');
    expect(readArticle(await stored(server, id)).suggestions.map((s) => s.id).sort()).toEqual(['s1', 's2']);
  });

  it('presence that claims to be someone else is refused', async () => {
    const { server } = await serving();
    const id = 'art0000000005';
    const honest = client(server.url, id, people.editor.token, newArticle(id));
    honest.provider.setAwarenessField('user', { name: people.editor.name, color: '#c33' });
    await honest.settled();
    const impostor = client(server.url, id, people.reporter.token);
    await impostor.settled();
    impostor.provider.setAwarenessField('user', { name: people.desk.name, color: '#33c' });
    await waitFor(() => impostor.refusals.length > 0, 20_000, 'the refusal');
    expect(impostor.refusals).toEqual([{ code: 'forbidden-presence' }]);
    const names = () => [...honest.provider.awareness!.getStates().values()].map((s) => (s.user as { name?: string } | undefined)?.name);
    expect(names()).not.toContain(people.desk.name);
  });

  it('a change is in the store by the time the client is told it is saved', async () => {
    const { server } = await serving({ compactDelayMs: 60_000 });
    const id = 'art0000000006';
    const reporter = client(server.url, id, people.reporter.token, newArticle(id));
    await reporter.settled();
    for (let i = 0; i < 20; i++) {
      textRun(reporter.doc, 0).insert(textRun(reporter.doc, 0).length, ` ${i}`);
      await reporter.settled();
      // Compaction is minutes away: what the store holds now was appended before the acknowledgement.
      expect(readArticle(await stored(server, id)).headline).toBe(readArticle(reporter.doc).headline);
    }
  });

  it('a change that does not decode is refused in words, and the stored article is unharmed', async () => {
    const { server } = await serving();
    const id = 'art0000000007';
    const reporter = client(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Nguyên vẹn'));
    await reporter.settled();

    // A hand-made client: the token, then a "Yjs update" that is not one.
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
      if (decoding.readVarUint(decoder) === 7) reasons.push(decoding.readVarString(decoder)); // CLOSE, with its reason
    });
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(message((e) => (encoding.writeVarUint(e, 2), encoding.writeVarUint(e, 0), encoding.writeVarString(e, people.editor.token))));
    socket.send(message((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, new Uint8Array([255, 255, 255, 1, 2, 3])))));
    await waitFor(() => reasons.length > 0, 20_000, 'the refusal');
    socket.close();
    expect(reasons.map(decodeRefusal)).toEqual([{ code: 'invalid-update' }]);
    expect(readArticle(await stored(server, id)).headline).toBe('Nguyên vẹn');
    textRun(reporter.doc, 0).insert(0, 'Vẫn ');
    await reporter.settled();
    expect(readArticle(await stored(server, id)).headline).toBe('Vẫn Nguyên vẹn');
  });
});
