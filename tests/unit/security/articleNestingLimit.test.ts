// A change nesting 20,000 elements inside each other (400 KB) overflowed every reader of the
// article: the services then answered every save, close and open of it with "internal:
// Maximum call stack size exceeded" (the first save never answered at all). Found by a
// security review. The services and packages now refuse a change that nests too deep.
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { setUpBackend } from '../services/support';
import { nestQuotes } from './support/nestedQuotes';


it('the services refuse a change that leaves the article unreadable, and keep saving it', async () => {
  const t = await setUpBackend();
  const summary = await t.call('article:create', { headline: 'Tin sáng' });
  const opened = await t.call('article:open', { id: summary.id });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, opened.state);
  const known = Y.encodeStateVector(doc);
  nestQuotes(doc, 20_000);
  const noAnswer = new Promise((resolve) => setTimeout(() => resolve('no answer in 10 s'), 10_000));
  const answer = await Promise.race([t.backend.dispatch('article:update', { id: summary.id, update: Y.encodeStateAsUpdate(doc, known) }), noAnswer]);
  expect(answer).toMatchObject({ ok: false });
  // The article itself still saves and closes.
  expect(await t.backend.dispatch('article:close', { id: summary.id })).toMatchObject({ ok: true });
}, 30_000);

it('a change nesting sixty levels deep is still taken, and the next one too', async () => {
  const t = await setUpBackend();
  const summary = await t.call('article:create', { headline: 'Tin sáng' });
  const opened = await t.call('article:open', { id: summary.id });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, opened.state);
  let known = Y.encodeStateVector(doc);
  nestQuotes(doc, 60);
  expect(await t.backend.dispatch('article:update', { id: summary.id, update: Y.encodeStateAsUpdate(doc, known) })).toMatchObject({ ok: true });
  known = Y.encodeStateVector(doc);
  nestQuotes(doc, 2);
  expect(await t.backend.dispatch('article:update', { id: summary.id, update: Y.encodeStateAsUpdate(doc, known) })).toMatchObject({ ok: true });
  expect(await t.backend.dispatch('article:close', { id: summary.id })).toMatchObject({ ok: true });
}, 30_000);
