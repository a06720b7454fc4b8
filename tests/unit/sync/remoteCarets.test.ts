// Carets through the sync server: two workstations (two libraries, their services) and one
// server on 127.0.0.1. Each side's "editor" is a Y.Doc taking the services' pushes, with an
// Awareness mirror taking the carets, as the renderer's cursor plugin reads them. A caret is
// sent as Yjs relative positions and must stay on the same words while both people type.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Push } from '../../../electron/contract/ipc/push';
import type { Caret } from '../../../electron/contract/caret';
import { ARTICLE_FRAGMENT } from '../../../electron/contract/article/articleNames';
import { presenceColor } from '../../../electron/services/sync/presenceColor';
import { EditorDoc, setUpBackend, type TestBackend } from '../services/support';
import { connect, people, startTestServer, waitFor, type SoanServer } from '../server/serverSupport';

interface Side extends TestBackend {
  editor: EditorDoc;
  /** The renderer's Awareness mirror: the others' presence as the cursor plugin sees it. */
  mirror: Awareness;
  /** Every caret of `name` that arrived, and whether this copy could place it right then. */
  arrivals: Array<{ name: string; placeable: boolean }>;
}

type ShownState = { user: { name: string; role?: string; color: string }; cursor: Caret | null };

let server: SoanServer;
const sides: Side[] = [];

beforeAll(async () => {
  ({ server } = await startTestServer());
});

afterAll(async () => {
  for (const side of sides) side.mirror.destroy();
  await server?.close();
});

async function side(name: string): Promise<Side> {
  const test = await setUpBackend({ profileName: name, sync: { roundIntervalMs: 400, articleTimeoutMs: 5000, maxReconnectDelayMs: 1000 } });
  const editor = new EditorDoc();
  const mirror = new Awareness(editor.doc);
  const arrivals: Side['arrivals'] = [];
  test.backend.onPush((push: Push) => {
    if (push.kind === 'article:update') Y.applyUpdate(editor.doc, push.update, 'push');
    if (push.kind === 'article:carets') {
      applyAwarenessUpdate(mirror, push.update, 'push');
      for (const state of mirror.getStates().values() as Iterable<ShownState>) {
        if (state.cursor) arrivals.push({ name: state.user.name, placeable: placeAt(editor.doc, state.cursor) !== null });
      }
    }
  });
  const made = { ...test, editor, mirror, arrivals };
  sides.push(made);
  return made;
}

/** The first paragraph's text (block 2: after headline and sapo). */
const paragraphText = (doc: Y.Doc) => ((doc.getXmlFragment(ARTICLE_FRAGMENT).get(2) as Y.XmlElement).get(0) as Y.XmlText);

/** A caret over characters [from, to) of the first paragraph, as y-prosemirror makes it (assoc -1). */
function caretIn(doc: Y.Doc, from: number, to = from): Caret {
  const text = paragraphText(doc);
  const at = (index: number) => Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, index, -1)) as Caret['anchor'];
  return { anchor: at(from), head: at(to) };
}

/** Where a caret lands in this copy: [anchor, head] as indexes into the first paragraph, or null. */
function placeAt(doc: Y.Doc, caret: Caret): [number, number] | null {
  const resolve = (json: Caret['anchor']) => Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(json), doc);
  const anchor = resolve(caret.anchor);
  const head = resolve(caret.head);
  if (!anchor || !head || anchor.type !== paragraphText(doc) || head.type !== paragraphText(doc)) return null;
  return [anchor.index, head.index];
}

const stateOf = (s: Side, name: string) => [...(s.mirror.getStates().values() as Iterable<ShownState>)].find((state) => state.user?.name === name);

describe('carets through the sync server', () => {
  let reporter: Side;
  let editor: Side;
  let id: string;

  it("one person's selection reaches the other in their colour and stays on the same words while both type", async () => {
    reporter = await side(people.reporter.name);
    editor = await side(people.editor.name);
    ({ id } = await reporter.call('article:create', { headline: 'Con trỏ của nhau' }));
    Y.applyUpdate(reporter.editor.doc, (await reporter.call('article:open', { id })).state);
    await reporter.call('article:update', { id, update: reporter.editor.type(2, 'Một hai ba bốn năm.') });

    // No server yet: nobody could see the caret, and the editor is told so (it stops sending).
    expect(await reporter.call('article:caret', { id, caret: caretIn(reporter.editor.doc, 1) })).toEqual({ carets: new Uint8Array([0]), shared: false });

    await reporter.call('settings:update', { sync: { serverUrl: server.url, token: people.reporter.token } });
    await editor.call('settings:update', { sync: { serverUrl: server.url, token: people.editor.token } });
    await waitFor(() => editor.backend.sync()?.status().state === 'online', 20_000, 'the editor online');
    await expect.poll(async () => (await editor.call('library:list', {})).articles.map((a) => a.id), { timeout: 20_000 }).toContain(id);
    Y.applyUpdate(editor.editor.doc, (await editor.call('article:open', { id })).state);
    await waitFor(() => paragraphText(editor.editor.doc)?.toString() === 'Một hai ba bốn năm.', 20_000, 'the paragraph on the editor');

    // The reporter selects "hai"; the call answers with the others' carets (nobody's yet).
    const selected = caretIn(reporter.editor.doc, 4, 7);
    const answer = await reporter.call('article:caret', { id, caret: selected });
    expect(answer.shared).toBe(true);
    expect(answer.carets).toBeInstanceOf(Uint8Array);
    await waitFor(() => !!stateOf(editor, people.reporter.name)?.cursor, 20_000, "the reporter's selection on the editor's side");
    const shown = stateOf(editor, people.reporter.name)!;
    expect(shown.user).toEqual({ name: people.reporter.name, role: 'reporter', color: presenceColor(people.reporter.name) });
    expect(placeAt(editor.editor.doc, shown.cursor!)).toEqual([4, 7]);

    // Both type at once: the editor before the selection, the reporter after it.
    await Promise.all([
      editor.call('article:update', { id, update: editor.editor.change(() => paragraphText(editor.editor.doc).insert(0, 'Không ')) }),
      reporter.call('article:update', { id, update: reporter.editor.type(2, ' Sáu bảy.') }),
    ]);
    const merged = 'Không Một hai ba bốn năm. Sáu bảy.';
    await waitFor(() => paragraphText(editor.editor.doc).toString() === merged && paragraphText(reporter.editor.doc).toString() === merged, 20_000, 'both copies to merge');
    // The same selection, unsent again, now sits six characters on: still "hai".
    const [from, to] = placeAt(editor.editor.doc, stateOf(editor, people.reporter.name)!.cursor!)!;
    expect(merged.slice(from, to)).toBe('hai');
  }, 60_000);

  it('a caret beside words just typed arrives after the words, never before them; the other way round too', async () => {
    // Typed and the caret moved at once, as the editor does: the caret names a character the services do not hold yet.
    const typed = reporter.editor.type(2, ' Tám');
    const end = paragraphText(reporter.editor.doc).length;
    const caret = caretIn(reporter.editor.doc, end);
    editor.arrivals.length = 0;
    await reporter.call('article:caret', { id, caret });
    await new Promise((resolve) => setTimeout(resolve, 150)); // the editor's save comes a moment later
    await reporter.call('article:update', { id, update: typed });
    await waitFor(() => placeAt(editor.editor.doc, stateOf(editor, people.reporter.name)?.cursor ?? caretIn(editor.editor.doc, 0))?.[0] === end, 20_000, 'the caret after " Tám" on the editor');
    expect(editor.arrivals.filter((a) => a.name === people.reporter.name).map((a) => a.placeable)).not.toContain(false);

    // The editor's caret reaches the reporter.
    await editor.call('article:caret', { id, caret: caretIn(editor.editor.doc, 0) });
    await waitFor(() => !!stateOf(reporter, people.editor.name)?.cursor, 20_000, "the editor's caret on the reporter's side");
    expect(stateOf(reporter, people.editor.name)!.user.color).toBe(presenceColor(people.editor.name));
    expect(placeAt(reporter.editor.doc, stateOf(reporter, people.editor.name)!.cursor!)).toEqual([0, 0]);
  }, 60_000);

  it('a caret leaving the text, and a person leaving the article, go away on the other side', async () => {
    await reporter.call('article:caret', { id, caret: null });
    await waitFor(() => stateOf(editor, people.reporter.name)?.cursor === null, 20_000, 'the caret gone');
    expect(stateOf(editor, people.reporter.name)!.user.name).toBe(people.reporter.name); // still on the article

    await reporter.call('article:close', { id });
    await waitFor(() => stateOf(editor, people.reporter.name) === undefined, 20_000, 'the reporter gone from the article');
  }, 60_000);

  it('a malformed caret from the editor is refused in plain words; a forged colour or caret from elsewhere is not shown', async () => {
    const refused = await editor.fail('article:caret', { id, caret: { anchor: { item: { client: -1, clock: 'x' } }, head: {} } });
    expect(refused.code).toBe('invalid-request');
    expect(refused.params.detail).toMatch(/caret/);

    // Someone with the reporter's token, outside Soạn, claims a colour and a caret that is not one.
    const raw = connect(server.url, id, people.reporter.token);
    raw.provider.awareness!.setLocalState({
      user: { name: people.reporter.name, role: 'reporter', color: 'red; background: url(https://evil.example/x)' },
      cursor: { anchor: '<img src=x onerror=alert(1)>', head: 42 },
    });
    await waitFor(() => !!stateOf(editor, people.reporter.name), 20_000, 'the raw client on the editor side');
    expect(stateOf(editor, people.reporter.name)).toEqual({
      user: { name: people.reporter.name, role: 'reporter', color: presenceColor(people.reporter.name) },
      cursor: null,
    });
    raw.destroy();
  }, 60_000);
});
