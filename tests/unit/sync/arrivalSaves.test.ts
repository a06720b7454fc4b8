// While someone else types, their changes arrive from the sync server one keystroke at a time.
// The watching workstation saves them within a second, not once per keystroke (a long article
// would otherwise be rewritten all the time), and its own typing is still saved at once.
import { watch } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { EditorDoc, projectFolderOf, sleep } from '../services/support';
import { startTestServer, waitFor, type SoanServer } from '../server/serverSupport';
import { openOnTwoWorkstations } from './sharedArticle';

let server: SoanServer;

beforeAll(async () => {
  ({ server } = await startTestServer());
});

afterAll(async () => {
  await server?.close();
});

describe("someone else's typing, saved here", () => {
  it('is on disk within about a second, in a few saves for forty keystrokes; typing here meanwhile is saved at once', async () => {
    const { reporter, editor, id, typing, watching } = await openOnTwoWorkstations(server, 'Lưu khi người khác gõ');
    const folder = await projectFolderOf(editor.libraryPath, id);
    await sleep(300);

    let writes = 0;
    const watcher = watch(folder, (_event, name) => {
      if (name === 'article.ydoc') writes++;
    });
    const text = 'Bốn mươi phím gõ liền nhau, mỗi phím một lần';
    for (const char of text) {
      await reporter.call('article:live', { id, update: typing.type(2, char) });
      await sleep(25);
    }
    await waitFor(() => readArticle(watching.doc).text.includes(text), 20_000, 'the typing on the editor side');
    const readable = async () => fs.readFile(path.join(folder, 'article.json'), 'utf8');
    await expect.poll(readable, { timeout: 5000 }).toContain(text);
    watcher.close();
    // Each save writes article.ydoc through a temporary file and a rename (a few events);
    // one save per keystroke would be well over forty.
    expect(writes).toBeLessThanOrEqual(12);

    // The editor's own typing, while the reporter's keeps arriving, is answered once it is on disk, without the second's wait.
    const mine = new EditorDoc(Y.encodeStateAsUpdate(watching.doc));
    void reporter.call('article:live', { id, update: typing.type(2, ' Thêm.') });
    const started = Date.now();
    await editor.call('article:update', { id, update: mine.type(0, ' (sửa)') });
    expect(Date.now() - started).toBeLessThan(900);
    expect(await readable()).toContain('Lưu khi người khác gõ (sửa)');
  }, 60_000);
});
