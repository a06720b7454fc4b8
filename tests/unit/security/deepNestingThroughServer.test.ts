// Review finding: the guard reads the whole article only for review-only tokens; for the
// others it reads the status alone. Any other token can therefore send 20 000 nested elements
// (400 KB): the server keeps it, and on every workstation that syncs the article reading it
// overflows the stack — the services then answer every save, close and open of that article
// with "internal: Maximum call stack size exceeded" (the first save never answers at all).
// The server half: it refuses such a change from any token (server/guard/documentDepth.ts).
// (The services' half — article:update and sync refusing it before applying — is the lead's.)
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { connect, newArticle, people, startTestServer, waitFor, type TestClient } from '../server/serverSupport';
import { nestQuotes } from './support/nestedQuotes';

const open: TestClient[] = [];
const servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  open.splice(0).forEach((c) => c.destroy());
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

it('the server refuses a change that leaves the article unreadable, whoever sends it', async () => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000908';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Đường ven biển thông xe'));
  open.push(reporter);
  await reporter.settled();
  nestQuotes(reporter.doc, 20_000);
  await reporter.settled().catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 500));

  const stored = new Y.Doc();
  Y.applyUpdate(stored, (await server.store.read(id))!);
  expect(() => readArticle(stored)).not.toThrow();
  expect(reporter.refusals.map((r) => r.code)).toEqual(['invalid-update']);
});

it.each(['editor', 'desk', 'reviewer'] as const)('a %s token is refused too, and so is a deep nest of maps in the metadata', async (who) => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000909';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Đường ven biển thông xe'));
  open.push(reporter);
  await reporter.settled();
  const other = connect(server.url, id, people[who].token);
  open.push(other);
  await other.settled();
  nestQuotes(other.doc, 500);
  await waitFor(() => other.refusals.length > 0, 10_000, 'the refusal');
  expect(other.refusals.map((r) => r.code)).toEqual(['invalid-update']);

  const mapper = connect(server.url, id, people[who].token);
  open.push(mapper);
  await mapper.settled();
  mapper.doc.transact(() => {
    let parent = mapper.doc.getMap('meta');
    for (let i = 0; i < 500; i++) parent.set('x', (parent = new Y.Map()));
  });
  await waitFor(() => mapper.refusals.length > 0, 10_000, 'the refusal');
  expect(mapper.refusals.map((r) => r.code)).toEqual(['invalid-update']);

  const stored = new Y.Doc();
  Y.applyUpdate(stored, (await server.store.read(id))!);
  expect(readArticle(stored).headline).toBe('Đường ven biển thông xe');
  expect(stored.getMap('meta').has('x')).toBe(false);
});

it('the deepest article a workstation takes — 100 elements, its text inside — is taken; one element deeper is refused', async () => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000916';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Đường ven biển thông xe'));
  open.push(reporter);
  await reporter.settled();
  const deepest = () => {
    let element = reporter.doc.getXmlFragment('article').get(2) as Y.XmlElement;
    while (element.length > 0 && element.get(0) instanceof Y.XmlElement) element = element.get(0) as Y.XmlElement;
    return element;
  };
  reporter.doc.transact(() => {
    const top = new Y.XmlElement('blockquote');
    reporter.doc.getXmlFragment('article').insert(2, [top]);
    let parent = top;
    for (let level = 2; level <= 100; level++) {
      const child = new Y.XmlElement(level === 100 ? 'paragraph' : 'blockquote');
      parent.insert(0, [child]);
      parent = child;
    }
    parent.insert(0, [new Y.XmlText('Ý sâu nhất')]);
  });
  await reporter.settled();
  expect(reporter.refusals).toEqual([]);
  const stored = new Y.Doc();
  Y.applyUpdate(stored, (await server.store.read(id))!);
  expect(readArticle(stored).text).toContain('Ý sâu nhất');

  const paragraph = deepest();
  paragraph.insert(0, [new Y.XmlElement('paragraph')]); // the 101st
  await waitFor(() => reporter.refusals.length > 0, 10_000, 'the refusal');
  expect(reporter.refusals.map((r) => r.code)).toEqual(['invalid-update']);
});

it('the deepest article the editor makes — lists six deep in a quote — is taken as it is', async () => {
  const { server } = await startTestServer();
  servers.push(server);
  const id = 'art0000000911';
  const reporter = connect(server.url, id, people.reporter.token, newArticle(id, 'Thu Hà', 'Đường ven biển thông xe'));
  open.push(reporter);
  await reporter.settled();
  reporter.doc.transact(() => {
    const quote = new Y.XmlElement('blockquote');
    reporter.doc.getXmlFragment('article').insert(2, [quote]);
    let parent: Y.XmlElement = quote;
    for (let level = 0; level < 6; level++) {
      const list = new Y.XmlElement('bulletList');
      const item = new Y.XmlElement('listItem');
      parent.insert(parent.length, [list]);
      list.insert(0, [item]);
      parent = item;
    }
    const paragraph = new Y.XmlElement('paragraph');
    parent.insert(0, [paragraph]);
    paragraph.insert(0, [new Y.XmlText('Ý sâu nhất')]);
  });
  await reporter.settled();
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(reporter.refusals).toEqual([]);
  const stored = new Y.Doc();
  Y.applyUpdate(stored, (await server.store.read(id))!);
  expect(readArticle(stored).text).toContain('Ý sâu nhất');
});
