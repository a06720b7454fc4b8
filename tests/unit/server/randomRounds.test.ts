// 200 rounds of random concurrent edits — text typed and deleted in every piece, comments,
// suggestions — on three copies through the server, with random disconnects and reconnects:
// all three and the server's store end identical. The seed is printed on failure.
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { connect, newArticle, people, startTestServer, waitFor, type TestClient } from './serverSupport';

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = ['Hà Tĩnh', 'đường', 'ven biển', 'khởi công', 'tự soi', 'tự sửa', 'nhân dân', '“trích dẫn”', 'Thạch Hải'];

function textOf(doc: Y.Doc, block: number): Y.XmlText {
  const element = doc.getXmlFragment('article').get(block) as Y.XmlElement;
  if (element.length === 0) element.insert(0, [new Y.XmlText()]);
  return element.get(0) as Y.XmlText;
}

let stop: (() => Promise<void>) | undefined;
// Stopping waits for the last stores to be durable, which takes a while on a loaded machine.
afterAll(() => stop?.(), 60_000);

describe('random rounds through the server', () => {
  it('three copies with random edits and disconnects converge, and the store holds the same', async () => {
    const seed = Number(process.env.SOAN_SEED ?? Date.now() % 1_000_000);
    const pick = random(seed);
    const { server } = await startTestServer();
    stop = () => server.close();
    const id = 'art0000000501';
    const original = newArticle(id, people.reporter.name, 'Bài ngẫu nhiên');
    const tokens = [people.reporter.token, people.editor.token, people.desk.token];
    const copies: TestClient[] = tokens.map((token) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(original));
      return connect(server.url, id, token, doc);
    });
    const online = copies.map(() => true);
    const socketOf = (c: TestClient) => c.provider.configuration.websocketProvider;
    try {
      await Promise.all(copies.map((c) => c.settled()));
      for (let round = 0; round < 200; round++) {
        const i = Math.floor(pick() * copies.length);
        const { doc } = copies[i];
        const block = Math.floor(pick() * 3); // headline, sapo, first paragraph
        const text = textOf(doc, block);
        const action = pick();
        if (action < 0.45) {
          text.insert(Math.floor(pick() * (text.length + 1)), ` ${words[Math.floor(pick() * words.length)]}`);
        } else if (action < 0.6 && text.length > 2) {
          const from = Math.floor(pick() * (text.length - 1));
          text.delete(from, 1 + Math.floor(pick() * Math.min(5, text.length - from - 1)));
        } else if (action < 0.7) {
          doc.getMap('comments').set(`c${round}`, { id: `c${round}`, quote: 'x', piece: 'body', by: { name: 'n', role: 'editor' }, at: '2026-12-07T08:00:00Z', resolved: null, anchor: { from: null, to: null } });
        } else if (action < 0.8) {
          text.insert(text.length, ` đề xuất ${round}`, { insertion: { id: `s${round}`, author: 'n', role: 'editor', at: '2026-12-07T08:00:00Z' } });
        } else if (action < 0.9) {
          // A disconnect (waited for: the provider ignores connect() until the old socket has
          // closed), or coming back.
          const socket = socketOf(copies[i]);
          if (online[i]) {
            socket.disconnect();
            await waitFor(() => socket.status === 'disconnected', 20_000, 'the disconnect');
          } else void socket.connect();
          online[i] = !online[i];
        }
        if (pick() < 0.2) await new Promise((resolve) => setTimeout(resolve, Math.floor(pick() * 10)));
      }
      copies.forEach((c, i) => !online[i] && void socketOf(c).connect());
      await Promise.all(copies.map((c) => c.settled(15_000))).catch((error) => {
        const states = copies.map((c, i) => `copy ${i}: synced ${c.provider.isSynced}, waiting ${c.provider.unsyncedChanges}, socket ${socketOf(c).status}, refused ${JSON.stringify(c.refusals)}`);
        throw new Error(`${(error as Error).message} (seed ${seed})\n${states.join('\n')}`);
      });
      const same = () => copies.every((c) => Buffer.from(Y.encodeStateVector(c.doc)).equals(Buffer.from(Y.encodeStateVector(copies[0].doc))));
      await waitFor(same, 15_000, `the copies to converge (seed ${seed})`).catch((error) => {
        const sv = (d: Y.Doc) => JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(d))].sort());
        const live = server.hocuspocus.documents.get(id);
        const lines = copies.map((c, i) => `copy ${i} (${c.doc.clientID}): ${sv(c.doc)} pending ${!!c.doc.store.pendingStructs} refused ${JSON.stringify(c.refusals)} status ${socketOf(c).status} synced ${c.provider.isSynced} ws ${socketOf(c).webSocket?.readyState} attached ${c.provider.isAttached} auth ${c.provider.isAuthenticated}`);
        if (live) lines.push(`server: ${sv(live)} pending ${!!live.store.pendingStructs}`);
        throw new Error(`${(error as Error).message}\n${lines.join('\n')}`);
      });
      const expected = readArticle(copies[0].doc);
      for (const copy of copies) {
        expect(readArticle(copy.doc).stored, `seed ${seed}`).toEqual(expected.stored);
        expect(copy.doc.getMap('comments').toJSON()).toEqual(copies[0].doc.getMap('comments').toJSON());
      }
      const stored = new Y.Doc();
      Y.applyUpdate(stored, (await server.store.read(id))!);
      expect(readArticle(stored).stored, `seed ${seed}`).toEqual(expected.stored);
    } finally {
      copies.forEach((c) => c.destroy());
    }
  }, 60_000);
});
