// Which images the stored articles mention, read from a real SQLite store as the server keeps
// it (deleted content kept): a figure's earlier photo and an earlier social image still count;
// something that only looks like part of a name does not; an unreadable article is reported.
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaKeys } from '../../../electron/contract/article/articleNames';
import { writeMetaValue } from '../../../electron/contract/article/metaStore';
import { mediaNamesIn, referencedMedia, UnreadableDocument } from '../../../server/prune/mediaReferences';
import { SqliteUpdateLog } from '../../../server/storage/sqliteUpdateLog';
import { tempFolder } from '../services/support';
import { newArticle } from './serverSupport';

const imageName = (seed: string, ext = 'jpg') => `${createHash('sha256').update(seed).digest('hex')}.${ext}`;
const [first, second, social, replaced] = ['first', 'second', 'social', 'replaced'].map((seed) => imageName(seed));

let store: SqliteUpdateLog;
beforeEach(async () => {
  store = await SqliteUpdateLog.open(await tempFolder('soan-media-refs-'));
  return () => store.close();
});

/** The article as the server holds it: gc off, so deleted items keep their content. */
function serverCopy(id: string): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(newArticle(id)));
  return doc;
}

describe('images the stored articles mention', () => {
  it("a figure's photo, the photo it showed before, and the social image before and after are all mentioned", async () => {
    const doc = serverCopy('art0000000401');
    const figure = new Y.XmlElement('figure');
    figure.setAttribute('src', first);
    figure.insert(0, [new Y.XmlElement('figcaption')]);
    doc.getXmlFragment('article').insert(2, [figure]);
    figure.setAttribute('src', second); // the photo replaced: the first is now only in the past
    writeMetaValue(doc, metaKeys.socialImage, replaced);
    writeMetaValue(doc, metaKeys.socialImage, social);
    expect(figure.getAttribute('src')).toBe(second);
    await store.append('art0000000401', Y.encodeStateAsUpdate(doc));
    await store.append('art0000000402', Y.encodeStateAsUpdate(serverCopy('art0000000402')));

    const found = await referencedMedia(store);
    expect(found.documents).toBe(2);
    expect([...found.names].sort()).toEqual([first, second, social, replaced].sort());
  });

  it('finds a name inside longer text, and nothing that is not a whole name', () => {
    const name = imageName('x', 'webp');
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect([...mediaNamesIn(bytes(`ảnh: media/${name}?v=2`))]).toEqual([name]);
    expect([...mediaNamesIn(bytes(`${name.slice(1)} ${name.toUpperCase()} ${name.replace('.webp', '.bmp')} ${name.replace('.webp', '')}`))]).toEqual([]);
  });

  it('an article whose stored copy cannot be read is reported by name', async () => {
    await store.append('art0000000403', new Uint8Array([255, 255, 255, 1, 2, 3]));
    await store.append('art0000000403', new Uint8Array([0, 0]));
    const error = await referencedMedia(store).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableDocument);
    expect((error as UnreadableDocument).document).toBe('art0000000403');
  });
});
