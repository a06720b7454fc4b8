// Live typing through the real server while the guard refuses changes that wait for changes it
// does not have (articleGuard.ts): two people typing at once into one paragraph are never
// refused and lose nothing, and a copy that comes back with offline edits and types on before
// it has sent them (its keystrokes then wait for those edits on the server) is not refused
// either, and ends with everything on the server.
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { connect, newArticle, people, startTestServer, waitFor, type TestClient } from './serverSupport';

const open: TestClient[] = [];
const servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  open.splice(0).forEach((c) => c.destroy());
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function headlineText(doc: Y.Doc): Y.XmlText {
  return (doc.getXmlFragment('article').get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

const count = (text: string, letter: string) => [...text].filter((c) => c === letter).length;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types `letter` `times` times at random places of the headline, a keystroke every 0–3 ms. */
async function typeInto(doc: Y.Doc, letter: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const text = headlineText(doc);
    text.insert(Math.floor(Math.random() * (text.length + 1)), letter);
    await pause(Math.floor(Math.random() * 4));
  }
}

it('two people typing into one headline at once are never refused, and every keystroke is kept', async () => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000920';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id, people.reporter.name, 'Tin'));
  open.push(reporter);
  await reporter.settled();
  const editor = connect(server.url, id, people.editor.token);
  open.push(editor);
  await editor.settled();

  await Promise.all([typeInto(reporter.doc, 'r', 150), typeInto(editor.doc, 'e', 150)]);
  await Promise.all([reporter.settled(20_000), editor.settled(20_000)]);
  await waitFor(() => readArticle(reporter.doc).headline === readArticle(editor.doc).headline, 20_000, 'both copies to agree');

  const stored = new Y.Doc();
  Y.applyUpdate(stored, (await server.store.read(id))!);
  expect([...reporter.refusals, ...editor.refusals]).toEqual([]);
  for (const doc of [reporter.doc, editor.doc, stored]) {
    const headline = readArticle(doc).headline;
    expect([count(headline, 'r'), count(headline, 'e')]).toEqual([150, 150]);
  }
}, 60_000);

it('a copy that comes back with offline edits and types on at once ends with everything on the server', async () => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000921';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id, people.reporter.name, 'Tin'));
  open.push(reporter);
  await reporter.settled();
  const editor = connect(server.url, id, people.editor.token);
  open.push(editor);
  await editor.settled();

  const socket = editor.provider.configuration.websocketProvider;
  socket.disconnect();
  await waitFor(() => socket.status === 'disconnected', 10_000, 'the disconnect');
  await typeInto(editor.doc, 'o', 20); // offline
  void socket.connect();
  await typeInto(editor.doc, 'k', 40); // typing on while it reconnects
  await typeInto(reporter.doc, 'r', 10);

  const storedHeadline = async () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await server.store.read(id))!);
    return readArticle(doc).headline;
  };
  const start = Date.now();
  while (Date.now() - start < 20_000) {
    const headline = await storedHeadline();
    if (count(headline, 'o') === 20 && count(headline, 'k') === 40 && count(headline, 'r') === 10) break;
    await pause(50);
  }
  const headline = await storedHeadline();
  expect([count(headline, 'o'), count(headline, 'k'), count(headline, 'r')]).toEqual([20, 40, 10]);
  expect([...editor.refusals, ...reporter.refusals]).toEqual([]);
  await Promise.all([editor.settled(20_000), reporter.settled(20_000)]);
  expect(readArticle(editor.doc).headline).toBe(headline);
  expect(readArticle(reporter.doc).headline).toBe(headline);
}, 60_000);
