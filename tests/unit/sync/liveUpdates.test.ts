// While someone else is on an article, the editor hands each change to the services at once
// (article:live) as well as through its save queue (article:update, answered once on disk).
// The live path alone must carry a change to the other workstation, and save it here too;
// a change that is not one is refused in plain words and changes nothing.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { projectFolderOf } from '../services/support';
import { startTestServer, waitFor, type SoanServer } from '../server/serverSupport';
import { openOnTwoWorkstations } from './sharedArticle';

let server: SoanServer;

beforeAll(async () => {
  ({ server } = await startTestServer());
});

afterAll(async () => {
  await server?.close();
});

describe('live changes while others are on the article', () => {
  it('reach the other workstation without waiting for the save, are saved all the same, and garbage is refused', async () => {
    const { reporter, id, typing, watching } = await openOnTwoWorkstations(server, 'Gõ trực tiếp');

    expect(await reporter.call('article:live', { id, update: typing.type(2, 'Từng chữ một.') })).toBeNull();
    await waitFor(() => readArticle(watching.doc).text.includes('Từng chữ một.'), 20_000, 'the live change on the other workstation');
    // Never sent through article:update, and on disk here all the same.
    const readable = async () => fs.readFile(path.join(await projectFolderOf(reporter.libraryPath, id), 'article.json'), 'utf8');
    await expect.poll(readable, { timeout: 10_000 }).toContain('Từng chữ một.');
    // The save queue's copy of the same change is harmless.
    const again = Y.encodeStateAsUpdate(typing.doc);
    expect((await reporter.call('article:update', { id, update: again })).wordCount).toBeGreaterThan(0);

    const refused = await reporter.fail('article:live', { id, update: new Uint8Array([1, 2, 3, 4, 5]) });
    expect(refused).toEqual({ code: 'invalid-request', params: { detail: 'the update is not a valid document change' } });
    expect(await readable()).toContain('Từng chữ một.');
  }, 60_000);
});
